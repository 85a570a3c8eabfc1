/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import java.util.Locale;
import org.memberportal.kernel.Languages;

/**
 * The demo's command-line options, as {@link Journey#USAGE} shows them.
 *
 * @param language everyone's language (so the mails')
 * @param step the one journey to tell, or 0 for all
 * @param database where the portal keeps its data
 */
record Options(Locale language, int step, Portal.Database database) {

  /**
   * Reads the command line.
   *
   * @param args {@code [--lang ar|zh|en|fr|ru|es] [--step N] [--db memory|postgres]}
   * @return the options
   * @throws IllegalArgumentException when an option is unknown or malformed
   */
  static Options parse(String... args) {
    Locale language = Locale.ENGLISH;
    int step = 0;
    Portal.Database database = Portal.Database.MEMORY;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--lang" -> {
          language = Locale.forLanguageTag(value);
          if (!Languages.current().speaks(language)) {
            throw new IllegalArgumentException("--lang takes one of " + Languages.current().all() + ", not " + value);
          }
          language = Languages.current().resolve(language);
        }
        case "--step" -> {
          try {
            step = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--step takes a journey number, not " + value);
          }
          if (!Journey.TITLES.containsKey(step)) {
            throw new IllegalArgumentException("no journey " + value + "; journeys are " + Journey.steps());
          }
        }
        case "--db" -> database = switch (value) {
          case "memory" -> Portal.Database.MEMORY;
          case "postgres" -> Portal.Database.POSTGRES;
          default -> throw new IllegalArgumentException("--db takes memory or postgres, not " + value);
        };
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    return new Options(language, step, database);
  }
}
