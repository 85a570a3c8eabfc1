/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.DomainEvent;

/**
 * A profile section was edited. Carries ids and the kind of change only, never the content (personal data).
 *
 * @param occurredAt when
 * @param actor who edited (the candidate)
 * @param candidate whose profile
 * @param section which section
 * @param change what was done
 * @param entry the entry concerned, for multi-valued sections
 * @param version the profile's new version
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ProfileEdited(
    Instant occurredAt, Actor actor, CandidateId candidate, Section section, EntryChange change,
    Optional<EntryId> entry, long version) implements DomainEvent {

  /**
   * The subject of every profile event.
   *
   * @param candidate the candidate
   * @return {@code "profile:<id>"}
   */
  public static String subjectOf(CandidateId candidate) {
    return "profile:" + candidate;
  }

  @Override
  public String subject() {
    return subjectOf(candidate);
  }

  /** The section's code and the change, e.g. {@code personal-information ADDED}. */
  @Override
  public String detail() {
    return section.code() + " " + change;
  }
}
