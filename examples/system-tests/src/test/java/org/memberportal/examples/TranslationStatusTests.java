/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Languages;

/**
 * Every text in every language (issue 23): each bundle family of the repository is translated into every
 * language of {@link Languages#OFFICIAL}, with every key of its English file and no other (no silent fall-back),
 * the same placeholders, and every plural form the language's CLDR rules need; and {@code docs/translations.tsv}
 * has a row for each translated file with its number of keys, so that a host's translators know what to review.
 */
class TranslationStatusTests {

  /**
   * The bundle families translated into the official languages: a path from the repository's root without the
   * language suffix and {@code .properties}. The English file is the one without a suffix, or {@code _en}.
   */
  private static final List<String> FAMILIES = List.of(
      "account-core/src/main/resources/ValidationMessages",
      "affiliation-core/src/main/resources/ValidationMessages",
      "ties-core/src/main/resources/ValidationMessages",
      "careers-core/src/main/resources/ValidationMessages",
      "account-core/src/main/resources/org/memberportal/account/reference/Labels",
      "affiliation-core/src/main/resources/org/memberportal/affiliation/organisation/Labels",
      "careers-core/src/main/resources/org/memberportal/careers/Labels",
      "examples/mail/src/main/resources/org/memberportal/mail/templates/messages",
      "examples/demo/src/main/resources/org/memberportal/examples/journey/mails",
      "examples/portal/src/main/resources/messages");

  private static final String HEADER = "bundle\tlanguage\tkeys\tstatus\tnote";
  private static final Set<String> STATUSES = Set.of("drafted", "reviewed");
  private static final Pattern SUFFIXED = Pattern.compile("(.+)_([a-z]{2,3})\\.properties");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$?\\{([^{},\\s]+)");
  private static final Pattern ICU_ARGUMENT = Pattern.compile("\\{\\s*\\w+\\s*,\\s*(?:plural|selectordinal|select)\\b");

  private static final Path ROOT = Repository.root();

  private static List<Locale> translations() {
    return Languages.OFFICIAL.all().stream().filter(l -> !l.getLanguage().equals("en")).toList();
  }

  private static Path file(String family, String language) {
    return ROOT.resolve(family + "_" + language + ".properties");
  }

  private static Path english(String family) {
    Path base = ROOT.resolve(family + ".properties");
    return Files.exists(base) ? base : file(family, "en");
  }

  private static Properties read(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }

  /** The names a message fills in: ICU arguments for an ICU pattern, else its {@code {name}} placeholders. */
  private static Set<String> arguments(String message) {
    Set<String> names = new TreeSet<>();
    if (ICU_ARGUMENT.matcher(message).find()) {
      MessagePattern pattern = new MessagePattern(message);
      for (int i = 0; i < pattern.countParts(); i++) {
        if (pattern.getPartType(i) == MessagePattern.Part.Type.ARG_NAME) {
          names.add(pattern.getSubstring(pattern.getPart(i)));
        }
      }
    } else {
      Matcher m = PLACEHOLDER.matcher(message);
      while (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  /** The plural forms a message lacks for its language: those CLDR gives to some count from 0 to 1000. */
  private static Set<String> missingPluralForms(String message, Locale language) {
    Set<String> missing = new TreeSet<>();
    if (!ICU_ARGUMENT.matcher(message).find()) {
      return missing;
    }
    PluralRules rules = PluralRules.forLocale(ULocale.forLocale(language));
    Set<String> needed = new HashSet<>();
    for (int n = 0; n <= 1000; n++) {
      needed.add(rules.select(n));
    }
    MessagePattern pattern = new MessagePattern(message);
    for (int i = 0; i < pattern.countParts(); i++) {
      MessagePattern.Part part = pattern.getPart(i);
      if (part.getType() != MessagePattern.Part.Type.ARG_START
          || part.getArgType() != MessagePattern.ArgType.PLURAL) {
        continue;
      }
      Set<String> given = new HashSet<>();
      int limit = pattern.getLimitPartIndex(i);
      for (int j = i + 1; j < limit; j++) {
        MessagePattern.Part inner = pattern.getPart(j);
        if (inner.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
          given.add(pattern.getSubstring(inner));
        } else if (inner.getType() == MessagePattern.Part.Type.MSG_START) {
          j = pattern.getLimitPartIndex(j);
        }
      }
      needed.stream().filter(form -> !given.contains(form)).forEach(form -> missing.add(form));
    }
    return missing;
  }

  /** Every family in the repository: each properties file with a language suffix of the official set. */
  private static Set<String> familiesInTheRepository() throws IOException {
    Set<String> found = new TreeSet<>();
    Set<String> languages = new HashSet<>();
    Languages.OFFICIAL.all().forEach(l -> languages.add(l.getLanguage()));
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
        String relative = ROOT.relativize(f).toString().replace('\\', '/');
        Matcher m = SUFFIXED.matcher(relative);
        if (relative.contains("/src/main/resources/") && !relative.contains("/target/") && m.matches()
            && languages.contains(m.group(2))) {
          found.add(m.group(1));
        }
      }
    }
    return found;
  }

  @Test
  void everyBundleFamilyOfTheRepositoryIsListed() throws IOException {
    assertThat(familiesInTheRepository()).isEqualTo(new TreeSet<>(FAMILIES));
  }

  @Test
  void everyFamilyHasEveryKeyInEveryLanguageAndNoOther() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String family : FAMILIES) {
      Properties english = read(english(family));
      for (Locale language : translations()) {
        Path path = file(family, language.getLanguage());
        if (!Files.exists(path)) {
          problems.add(ROOT.relativize(path) + ": missing");
          continue;
        }
        Properties translated = read(path);
        for (String key : english.stringPropertyNames()) {
          String message = translated.getProperty(key);
          if (message == null || message.isBlank()) {
            problems.add(ROOT.relativize(path) + ": no " + key);
          }
        }
        translated.stringPropertyNames().stream().filter(key -> !english.containsKey(key))
            .forEach(key -> problems.add(ROOT.relativize(path) + ": " + key + " is not in the English file"));
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void translationsKeepThePlaceholdersAndHaveEveryPluralFormOfTheirLanguage() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String family : FAMILIES) {
      Properties english = read(english(family));
      List<Locale> all = new ArrayList<>(translations());
      all.add(Locale.ENGLISH);
      for (Locale language : all) {
        Path path = language.equals(Locale.ENGLISH) ? english(family) : file(family, language.getLanguage());
        Properties translated = read(path);
        for (String key : english.stringPropertyNames()) {
          String message = translated.getProperty(key, "");
          if (!arguments(message).equals(arguments(english.getProperty(key)))) {
            problems.add(ROOT.relativize(path) + ": " + key + " has " + arguments(message) + ", English has "
                + arguments(english.getProperty(key)));
          }
          Set<String> missing = missingPluralForms(message, language);
          if (!missing.isEmpty()) {
            problems.add(ROOT.relativize(path) + ": " + key + " lacks the plural forms " + missing);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void theStatusFileHasARowForEveryTranslatedFileWithItsKeyCount() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("docs/translations.tsv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo(HEADER);
    Set<String> rows = new HashSet<>();
    List<String> problems = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      if (cells.length != 5 || !STATUSES.contains(cells[3]) || cells[4].isBlank()) {
        problems.add("malformed row: " + line);
        continue;
      }
      if (!rows.add(cells[0] + "\t" + cells[1])) {
        problems.add("repeated row: " + line);
      }
      if (FAMILIES.contains(cells[0])) {
        Path path = file(cells[0], cells[1]);
        if (!Files.exists(path)) {
          problems.add("no file for the row: " + line);
        } else if (read(path).size() != Integer.parseInt(cells[2])) {
          problems.add(line + ": the file has " + read(path).size() + " keys");
        }
      } else {
        problems.add("not a bundle family of the repository: " + line);
      }
    }
    for (String family : FAMILIES) {
      List<String> languages = new ArrayList<>(List.of("fr"));
      translations().forEach(l -> languages.add(l.getLanguage()));
      languages.stream().distinct().filter(l -> !rows.contains(family + "\t" + l))
          .forEach(l -> problems.add("no row for " + family + " " + l));
    }
    assertThat(problems).isEmpty();
  }
}
