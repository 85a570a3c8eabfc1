/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.privacy.CandidateDataExport;
import org.memberportal.careers.profile.Address;
import org.memberportal.careers.profile.ComputerSkill;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.profile.Employment;
import org.memberportal.careers.profile.Expertise;
import org.memberportal.careers.profile.PersonalInformation;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileEntry;
import org.memberportal.careers.profile.Publication;
import org.memberportal.careers.profile.Qualification;
import org.memberportal.careers.profile.Reference;
import org.memberportal.careers.profile.Relative;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outbox;

/**
 * Scans what the in-memory adapters of a {@link CareersWorld} hold (profiles, applications, job alerts, consents, careers accounts, event log, outbox)
 * for text, and lists a profile's personal values, so that tests can prove an erased candidate's values are
 * gone.
 */
public final class HeldValues {

  private HeldValues() {}

  /**
   * The personal values of a profile: names, contact details, addresses and every free text of its entries.
   *
   * @param profile the profile
   * @return the non-empty values
   */
  public static Set<String> personal(Profile profile) {
    List<String> v = new ArrayList<>();
    profile.personalInformation().ifPresent((PersonalInformation p) ->
        v.addAll(List.of(p.firstName(), p.lastName(), p.email(), p.phone())));
    profile.address().ifPresent((Address a) -> v.addAll(List.of(a.street(), a.postalCode(), a.city())));
    for (ProfileEntry e : profile.entries()) {
      if (e instanceof Relative r) {
        v.addAll(List.of(r.name(), r.relationship(), r.organisation()));
      } else if (e instanceof Education d) {
        v.addAll(List.of(d.institution(), d.degree(), d.field()));
      } else if (e instanceof Employment j) {
        v.addAll(List.of(j.employer(), j.title(), j.duties()));
      } else if (e instanceof Qualification q) {
        v.addAll(List.of(q.title(), q.issuer()));
      } else if (e instanceof Expertise x) {
        v.add(x.area());
      } else if (e instanceof ComputerSkill c) {
        v.add(c.skill());
      } else if (e instanceof Publication p) {
        v.addAll(List.of(p.title(), p.venue()));
      } else if (e instanceof Reference r) {
        v.addAll(List.of(r.name(), r.position(), r.email(), r.phone()));
      }
    }
    Set<String> out = new LinkedHashSet<>();
    v.stream().filter(s -> !s.isEmpty()).forEach(out::add);
    return out;
  }

  /**
   * Every string the world's in-memory adapters hold: the full export tree of each stored profile and of each
   * application's profile snapshot, the address and cover letter of applications, the address of job alerts,
   * the names and address of careers accounts, the string components of consents and events (walked through
   * records, optionals, collections and map values), and the recipient and every parameter of every outbox
   * entry, delivered or not.
   *
   * @param world the world
   * @return the strings held
   */
  public static List<String> scan(CareersWorld world) {
    List<String> held = new ArrayList<>();
    for (Profile p : world.profiles.all()) {
      walk(CandidateDataExport.builder().candidate(p.candidate()).exportedAt(p.lastActivity()).profile(p).build()
          .toDocument(), held);
    }
    for (Application a : world.applications.all()) {
      a.profile().ifPresent(snap -> walk(CandidateDataExport.builder().candidate(a.candidate())
          .exportedAt(snap.takenAt()).profile(snap.profile()).build().toDocument(), held));
      a.email().ifPresent(e -> held.add(e.display()));
      a.coverLetter().ifPresent(held::add);
    }
    world.subscriptions.all().forEach(j -> held.add(j.email().display()));
    world.consents.all().forEach(c -> walk(c, held));
    world.accounts.all().forEach(a -> held.addAll(List.of(a.email().display(), a.firstName(), a.lastName())));
    world.kernel.eventLog().all().forEach(e -> walk(e, held));
    for (Outbox.Entry e : world.kernel.outbox().entries()) {
      Notification n = e.notification();
      held.add(n.recipient().display());
      held.addAll(n.parameters().values());
    }
    return held;
  }

  /**
   * The personal values of a profile that the world still holds somewhere.
   *
   * @param world the world
   * @param values the values to look for
   * @return those found, empty when none is held
   */
  public static Set<String> found(CareersWorld world, Set<String> values) {
    List<String> held = scan(world);
    Set<String> found = new LinkedHashSet<>();
    for (String v : values) {
      if (held.stream().anyMatch(h -> h.contains(v))) {
        found.add(v);
      }
    }
    return found;
  }

  private static void walk(@Nullable Object o, List<String> held) {
    if (o == null) {
      return;
    }
    if (o instanceof String s) {
      held.add(s);
    } else if (o instanceof Optional<?> opt) {
      opt.ifPresent(x -> walk(x, held));
    } else if (o instanceof Collection<?> c) {
      c.forEach(x -> walk(x, held));
    } else if (o instanceof Map<?, ?> m) {
      m.values().forEach(x -> walk(x, held));
    } else if (o instanceof Record r) {
      for (RecordComponent rc : r.getClass().getRecordComponents()) {
        try {
          rc.getAccessor().setAccessible(true);
          walk(rc.getAccessor().invoke(r), held);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + rc, e);
        }
      }
    }
    // ids, instants, enums and locales carry no personal text: their text forms would only match by chance
  }
}
