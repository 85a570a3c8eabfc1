/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * Event: an account asked to be affiliated with a member organisation; it waits for the email verification when {@code awaitingVerification}.
 *
 * @param occurredAt when
 * @param actor who
 * @param affiliation which affiliation
 * @param account the affiliated (or requesting) account
 * @param organisation the organisation
 * @param wantsTiesAccess the "I want to request TIES access" tick
 * @param awaitingVerification true when the request waits for the account's email verification
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record AffiliationRequested(Instant occurredAt, Actor actor, AffiliationId affiliation, AccountId account, OrganisationId organisation, boolean wantsTiesAccess, boolean awaitingVerification)
    implements DomainEvent {

  @Override
  public String subject() {
    return "affiliation:" + affiliation;
  }
}
