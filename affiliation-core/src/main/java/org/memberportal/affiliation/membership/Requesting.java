/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An account holder asks to be affiliated (F3): with a member organisation, a request its focal points decide,
 * sent to them at once when the email is verified ({@link Submitting}), otherwise when it is; with a non-member
 * organisation, a link at once, without member rights, which replaces the current affiliation.
 */
record Requesting(AffiliationParts parts, Submitting submitting, Ending ending) {

  private static final Logger LOG = LoggerFactory.getLogger(Requesting.class);

  Outcome<Affiliation> request(RequestAffiliation command, Actor actor) {
    Validation.check(command, actor);
    AccountId account = command.account();
    OrganisationId organisationId = command.organisation();
    if (!actor.holds(account)) {
      throw new NotAllowed(AffiliationRefusals.NOT_THE_ACCOUNT_HOLDER,
          "only the account holder asks for an affiliation");
    }
    return parts.host().command(() -> {
      AccountSummary requester = parts.lookups().account(account);
      if (requester.status() == AccountStatus.SUSPENDED || requester.status() == AccountStatus.CLOSED) {
        throw new PreconditionFailed(AffiliationRefusals.ACCOUNT_NOT_USABLE, "the account is suspended or closed");
      }
      Organisation organisation = parts.lookups().organisation(organisationId);
      if (!organisation.status().open()) {
        throw new PreconditionFailed(AffiliationRefusals.ORGANISATION_CLOSED,
            "the organisation was merged or rejected");
      }
      Optional<Affiliation> current = parts.lookups().current(account);
      if (current.filter(a -> a.organisation().equals(organisationId) && !a.mayAskApprovalOf(organisation))
          .isPresent()) {
        throw new Conflict(AffiliationRefusals.ALREADY_AFFILIATED, "already affiliated with this organisation");
      }
      if (parts.affiliations().ofAccount(account).stream().anyMatch(a -> a.state().open())) {
        throw new Conflict(AffiliationRefusals.REQUEST_ALREADY_OPEN, "the account has an open request");
      }
      Instant now = parts.host().clock().instant();
      Affiliation.Builder draft = Affiliation.builder();
      draft.id(AffiliationId.random()).account(account).organisation(organisationId)
          .membershipType(organisation.membershipType()).wantsTiesAccess(command.wantsTiesAccess()).requestedAt(now);
      return organisation.membershipType().member()
          ? ask(draft, now, current, requester, organisation, actor)
          : link(draft, current, organisation, actor);
    });
  }

  private Outcome<Affiliation> link(Affiliation.Builder draft, Optional<Affiliation> current,
      Organisation organisation, Actor actor) {
    List<DomainEvent> events = new ArrayList<>();
    Affiliation link = draft.state(AffiliationState.LINKED).build();
    current.ifPresent(c -> events.add(ending.replace(c, link.id())));
    Affiliation saved = parts.affiliations().add(link);
    events.add(new AffiliationEvent.Linked(saved.requestedAt(), actor, saved.id(), saved.account(), saved.organisation(),
        organisation.membershipType()));
    LOG.info("affiliation {} linked account {} to non-member {}", saved.id(), saved.account(), saved.organisation());
    return new Outcome<>(saved, events);
  }

  private Outcome<Affiliation> ask(Affiliation.Builder draft, Instant now, Optional<Affiliation> current,
      AccountSummary requester, Organisation organisation, Actor actor) {
    current.ifPresent(ending::requireNotSittingTiesFocalPoint);
    boolean verified = requester.status().emailVerified();
    Affiliation request = verified
        ? draft.state(AffiliationState.PENDING).submittedAt(now).build()
        : draft.state(AffiliationState.REQUESTED).build();
    Affiliation saved = parts.affiliations().add(request);
    List<DomainEvent> events = new ArrayList<>();
    events.add(new AffiliationEvent.Requested(saved.requestedAt(), actor, saved.id(), saved.account(), saved.organisation(),
        saved.wantsTiesAccess(), !verified));
    if (verified) {
      events.add(submitting.submit(saved, actor, organisation, requester));
    }
    LOG.info("affiliation {} requested by account {} for {} ({})", saved.id(), saved.account(), saved.organisation(),
        saved.state());
    return new Outcome<>(saved, events);
  }
}
