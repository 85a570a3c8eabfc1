/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.membership.AffiliationParts;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationAction;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.AffiliationWorkflow;
import org.memberportal.affiliation.membership.Submitting;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationEvent;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The merged record's affiliations follow the surviving record. Into a member organisation, whose affiliation
 * needs its focal points' approval (F3), a link becomes a request with no step by the user: sent to the focal
 * points at once (TIES focal point first, F6) when the account's email is verified, once it is otherwise. An
 * account that already has an open request, or that is suspended or closed, keeps the link, and may ask the
 * member organisation's approval itself ({@link Affiliation#mayAskApprovalOf}).
 */
record FollowMergedOrganisation(AffiliationParts parts, Submitting submitting) {

  private static final Logger LOG = LoggerFactory.getLogger(FollowMergedOrganisation.class);

  void on(OrganisationEvent.Merged merged) {
    Organisation into = parts.lookups().organisation(merged.into());
    List<Affiliation> moving =
        parts.affiliations().ofOrganisation(merged.organisation(), EnumSet.allOf(AffiliationState.class));
    for (Affiliation a : moving) {
      parts.host().command(() -> {
        Instant now = parts.host().clock().instant();
        List<DomainEvent> events = new ArrayList<>(2);
        events.add(new AffiliationEvent.Moved(now, merged.actor(), a.id(), a.account(), merged.into(),
            merged.organisation()));
        Affiliation moved = a.withOrganisation(merged.into());
        Optional<AccountSummary> requester = parts.accounts().find(a.account())
            .filter(u -> u.status() != AccountStatus.SUSPENDED && u.status() != AccountStatus.CLOSED);
        boolean openRequest = parts.affiliations().ofAccount(a.account()).stream().anyMatch(o -> o.state().open());
        if (!a.mayAskApprovalOf(into) || requester.isEmpty() || openRequest) {
          return new Outcome<>(parts.affiliations().update(moved), events);
        }
        Set<AffiliationRole> system = Set.of(AffiliationRole.SYSTEM);
        AffiliationState next = AffiliationWorkflow.TABLE.next(a.state(), AffiliationAction.MERGE, system);
        boolean verified = requester.get().status().emailVerified();
        moved = moved.withMembershipType(into.membershipType());
        if (verified) {
          moved = moved.withSubmittedAt(now);
          next = AffiliationWorkflow.TABLE.next(next, AffiliationAction.SUBMIT, system);
        }
        Affiliation saved = parts.affiliations().update(moved.withState(next));
        if (verified) {
          events.add(submitting.submit(saved, merged.actor(), into, requester.get()));
        }
        LOG.info("affiliation {}: link merged into member {} became a request ({})", a.id(), into.id(), next);
        return new Outcome<>(saved, events);
      });
    }
  }
}
