/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A request goes to the organisation's focal points (F6): the one {@link FocalPointSeats#toldOfNewRequestBy told
 * of new requests} (the TIES Focal Point, else the ITU Focal Point, never the requester) gets
 * {@code affiliation.requested}; when no focal point may decide it, the operator does.
 *
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class Submitting {

  private static final Logger LOG = LoggerFactory.getLogger(Submitting.class);

  private final AffiliationParts parts;

  /**
   * Creates the use case.
   *
   * @param parts the module's parts
   */
  public Submitting(AffiliationParts parts) {
    this.parts = parts;
  }

  /**
   * Tells the focal point of a request just saved as pending; inside the caller's command.
   *
   * @param a the pending request
   * @param actor who submitted it (the requester, or the system for a policy)
   * @param organisation its organisation
   * @param requester the requester's account
   * @return the event
   */
  public AffiliationEvent.Submitted submit(Affiliation a, Actor actor, Organisation organisation,
      AccountSummary requester) {
    Optional<AccountId> recipient = parts.focalPoints().seatsOf(a.organisation()).toldOfNewRequestBy(a.account());
    recipient.flatMap(parts.accounts()::find)
        .ifPresent(to -> parts.letters().toFocalPoint(to, "affiliation.requested", a, organisation, requester));
    if (recipient.isEmpty()) {
      LOG.warn("affiliation {}: organisation {} has no focal point who may decide it: the operator decides",
          a.id(), a.organisation());
    }
    return new AffiliationEvent.Submitted(parts.host().clock().instant(), actor, a.id(), a.account(), a.organisation());
  }
}
