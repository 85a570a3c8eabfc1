/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.DomainEvent;

/**
 * Something that happened to a candidate's personal data (consents, erasure); its subject is
 * {@code "candidate:<id>"}. Codes only, never the data itself.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@DomainEvent.Subject(kind = "candidate")
public sealed interface PrivacyEvent extends DomainEvent {

  /**
   * The subject of the candidate's account events, consents and erasure, and the data subject of every
   * notification about them, by which erasure forgets those notifications.
   *
   * @param candidate the candidate
   * @return {@code "candidate:<id>"}
   */
  static String subjectOf(CandidateId candidate) {
    return DomainEvent.subjectOf(PrivacyEvent.class, candidate);
  }

  /**
   * Whose data.
   *
   * @return the candidate
   */
  CandidateId candidate();

  /**
   * A candidate gave a consent.
   *
   * @param occurredAt when
   * @param actor the candidate
   * @param candidate who
   * @param scope to what
   */
  record ConsentGiven(Instant occurredAt, Actor actor, CandidateId candidate, ConsentScope scope)
      implements PrivacyEvent {

    /** The consent's scope. */
    @Override
    public String detail() {
      return scope.name();
    }
  }

  /**
   * A candidate withdrew a consent.
   *
   * @param occurredAt when
   * @param actor the candidate
   * @param candidate who
   * @param scope what they no longer consent to
   */
  record ConsentWithdrawn(Instant occurredAt, Actor actor, CandidateId candidate, ConsentScope scope)
      implements PrivacyEvent {

    /** The consent's scope. */
    @Override
    public String detail() {
      return scope.name();
    }
  }

  /**
   * A candidate's personal data was erased. Policies of other parts of Careers (applications, job alerts,
   * accounts) react to it, in the same transaction, to withdraw open applications and anonymise what they hold;
   * only anonymous statistics remain.
   *
   * @param occurredAt when
   * @param actor the candidate, or the library running the retention rule
   * @param candidate whose data
   * @param reason why
   */
  record CandidateErased(Instant occurredAt, Actor actor, CandidateId candidate, ErasureReason reason)
      implements PrivacyEvent {

    /** Why the data was erased. */
    @Override
    public String detail() {
      return reason.name();
    }
  }
}
