/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TIES access is granted without a request (T3): a focal point assigns it to a user of their organisation (never
 * to themselves), or re-activates it; an account the operator appoints TIES Focal Point is given it. A pending
 * request is granted rather than left open beside active access. The user is told ({@code ties.assigned}).
 *
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class Granting {

  private static final Logger LOG = LoggerFactory.getLogger(Granting.class);

  private final TiesParts parts;

  /**
   * Creates the use case.
   *
   * @param parts the module's parts
   */
  public Granting(TiesParts parts) {
    this.parts = parts;
  }

  Outcome<TiesAccount> assign(AssignTiesAccess command, Actor actor) {
    Validation.check(command, actor);
    TiesRoles.requireMayEver(TiesAction.ASSIGN, actor);
    return parts.host().command(() -> {
      AccountId account = command.account();
      Affiliation affiliation = parts.entitlement().memberAffiliation(account);
      Set<AffiliationRole> held = parts.roles().of(actor, account, affiliation.organisation());
      if (held.contains(AffiliationRole.OWNER)) {
        // nobody grants themselves TIES access, even a focal point
        held.removeAll(TiesRoles.FOCAL_POINT);
      }
      Optional<TiesAccount> existing = parts.register().find(account);
      TiesWorkflow.TABLE.next(TiesAccount.stateOf(existing), TiesAction.ASSIGN, held);
      AffiliationRole.checkAssurance(parts.entitlement().accounts().factorPolicy(), actor, held);
      AccountSummary user = parts.entitlement().activeAccount(account);
      return grant(existing, affiliation.organisation(), affiliation.id(), user, TiesOrigin.FOCAL_POINT_ASSIGNMENT,
          actor, actor instanceof Actor.AccountHolder holder ? Optional.of(holder.account()) : Optional.empty());
    });
  }

  /**
   * Grants TIES access, inside the caller's command, which checked the workflow allows it.
   *
   * @param existing the account's TIES access, if any
   * @param organisation the organisation it will rest on
   * @param affiliation the approved affiliation it will rest on
   * @param user the account
   * @param origin how it came about
   * @param actor who granted it
   * @param decider the focal point who granted it, if one did
   * @return the TIES access, active, and a {@link TiesAccessEvent.Assigned}
   */
  public Outcome<TiesAccount> grant(Optional<TiesAccount> existing, OrganisationId organisation,
      AffiliationId affiliation, AccountSummary user, TiesOrigin origin, Actor actor, Optional<AccountId> decider) {
    Instant now = parts.host().clock().instant();
    TiesAccount saved;
    if (existing.filter(t -> t.state() == TiesState.REQUESTED).isPresent()) {
      // a pending request is granted by the appointment rather than left open beside active access
      saved = parts.register()
          .update(existing.get().moveTo(TiesState.ACTIVE, Optional.of(now), Optional.empty(), decider, now));
    } else {
      TiesRequest episode = new TiesRequest(organisation, affiliation, origin, now, TiesState.ACTIVE,
          Optional.of(now), Optional.empty());
      saved = Requesting.store(parts.register(), existing,
          Requesting.append(existing, user.id(), episode, Optional.empty(), decider, now));
    }
    parts.letters().toUser(saved, "ties.assigned", Optional.empty());
    LOG.info("TIES access assigned to account {} in {} ({})", user.id(), organisation, origin);
    return Outcome.of(saved, new TiesAccessEvent.Assigned(now, actor, user.id(), organisation, origin));
  }
}
