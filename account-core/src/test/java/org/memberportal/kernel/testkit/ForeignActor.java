/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.testkit;

import java.util.Locale;
import org.memberportal.kernel.Actor;

/**
 * An actor of a kind the module under test does not know, such as another module's candidate or recruiter: a
 * module's rules must treat it as a stranger and refuse whatever is not open to everybody.
 *
 * @param kind what the actor stands for in a test's report (e.g. {@code "recruiter"})
 * @param locale the actor's language
 */
public record ForeignActor(String kind, Locale locale) implements Actor {

  /**
   * An actor of another module, reading English.
   *
   * @param kind what it stands for
   * @return the actor
   */
  public static ForeignActor of(String kind) {
    return new ForeignActor(kind, Locale.ENGLISH);
  }

  @Override
  public ForeignActor in(Locale locale) {
    return new ForeignActor(kind, locale);
  }
}
