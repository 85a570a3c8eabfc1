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
 * A candidate withdrew a consent.
 *
 * @param occurredAt when
 * @param actor the candidate
 * @param candidate who
 * @param scope what they no longer consent to
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ConsentWithdrawn(Instant occurredAt, Actor actor, CandidateId candidate, ConsentScope scope)
    implements DomainEvent {

  @Override
  public String subject() {
    return "candidate:" + candidate;
  }

  /** The consent's scope. */
  @Override
  public String detail() {
    return scope.name();
  }
}
