/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.Recruiter;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.StaffId;

/**
 * Stores an {@link Actor} as three columns (kind, reference, locale) and reads it back, for the histories that
 * the stores must return as they were written (an application's moves, the event log).
 */
final class Actors {

  private Actors() {}

  static String kind(Actor actor) {
    return actor.getClass().getSimpleName();
  }

  static @Nullable String reference(Actor actor) {
    if (actor instanceof Actor.AccountHolder a) {
      return a.account().value().toString();
    } else if (actor instanceof Candidate a) {
      return a.candidate().value().toString();
    } else if (actor instanceof Actor.Operator a) {
      return a.staff().value().toString();
    } else if (actor instanceof Recruiter a) {
      return a.staff().value().toString();
    } else if (actor instanceof Actor.System a) {
      return a.process();
    }
    return null;
  }

  static Actor read(String kind, @Nullable String reference, String locale) {
    Locale language = Locale.forLanguageTag(locale);
    String ref = reference == null ? "" : reference;
    return switch (kind) {
      case "AccountHolder" -> new Actor.AccountHolder(new AccountId(UUID.fromString(ref)), language);
      case "Candidate" -> new Candidate(new CandidateId(UUID.fromString(ref)), language);
      case "Operator" -> new Actor.Operator(new StaffId(UUID.fromString(ref)), language);
      case "Recruiter" -> new Recruiter(new StaffId(UUID.fromString(ref)), language);
      case "System" -> new Actor.System(ref, language);
      default -> new Actor.Anonymous(language);
    };
  }
}
