/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.time.Instant;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.organisation.OrganisationId;

/**
 * One episode of an account's TIES access, from its request (or assignment) to where it stands now: a line of
 * "My Requests" (T6).
 *
 * @param organisation the organisation the access rests on
 * @param affiliation the approved affiliation it rests on
 * @param origin how it came about
 * @param requestedAt when requested or assigned
 * @param state where it stands
 * @param decidedAt when a focal point approved, rejected or assigned it
 * @param endedAt when it was cancelled, removed or lapsed
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record TiesRequest(
    OrganisationId organisation,
    AffiliationId affiliation,
    TiesOrigin origin,
    Instant requestedAt,
    TiesState state,
    Optional<Instant> decidedAt,
    Optional<Instant> endedAt) {

  /**
   * The same episode in another state.
   *
   * @param next the state
   * @param decided when decided, if this step is a decision
   * @param ended when ended, if this step ends it
   * @return the copy
   */
  public TiesRequest moveTo(TiesState next, Optional<Instant> decided, Optional<Instant> ended) {
    return new TiesRequest(organisation, affiliation, origin, requestedAt, next, decided.or(() -> decidedAt),
        ended.or(() -> endedAt));
  }

  /**
   * The same episode resting on another organisation, after a merge moved its affiliation.
   *
   * @param into the organisation
   * @return the copy
   */
  public TiesRequest movedTo(OrganisationId into) {
    return new TiesRequest(into, affiliation, origin, requestedAt, state, decidedAt, endedAt);
  }
}
