/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.DomainEvent;

/**
 * A candidate's personal data was erased. Policies of other parts of Careers (applications, job alerts,
 * accounts) subscribe to it, in the same transaction, to withdraw open applications and anonymise what they
 * hold; only anonymous statistics remain.
 *
 * @param occurredAt when
 * @param actor the candidate, or the library running the retention rule
 * @param candidate whose data
 * @param reason why
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CandidateErased(Instant occurredAt, Actor actor, CandidateId candidate, ErasureReason reason)
    implements DomainEvent {

  /**
   * The subject of the candidate's account events and erasure, and the data subject of every notification about
   * them, by which erasure forgets those notifications.
   *
   * @param candidate the candidate
   * @return {@code "candidate:<id>"}
   */
  public static String subjectOf(CandidateId candidate) {
    return "candidate:" + candidate;
  }

  @Override
  public String subject() {
    return subjectOf(candidate);
  }

  /** Why the data was erased. */
  @Override
  public String detail() {
    return reason.name();
  }
}
