/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.DomainEvent;

/**
 * Something that happened to a candidate's profile; its subject is {@code "profile:<id>"}. Ids and the kind of
 * change only, never the content (personal data).
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@DomainEvent.Subject(kind = "profile", typePrefix = "Profile")
public sealed interface ProfileEvent extends DomainEvent {

  /**
   * The subject of every profile event.
   *
   * @param candidate the candidate
   * @return {@code "profile:<id>"}
   */
  static String subjectOf(CandidateId candidate) {
    return DomainEvent.subjectOf(ProfileEvent.class, candidate);
  }

  /**
   * Whose profile.
   *
   * @return the candidate
   */
  CandidateId candidate();

  /**
   * A profile section was edited.
   *
   * @param occurredAt when
   * @param actor who edited (the candidate)
   * @param candidate whose profile
   * @param section which section
   * @param change what was done
   * @param entry the entry concerned, for multi-valued sections
   * @param version the profile's new version
   */
  record Edited(Instant occurredAt, Actor actor, CandidateId candidate, Section section, EntryChange change,
      Optional<EntryId> entry, long version) implements ProfileEvent {

    /** The section's code and the change, e.g. {@code personal-information ADDED}. */
    @Override
    public String detail() {
      return section.code() + " " + change;
    }
  }
}
