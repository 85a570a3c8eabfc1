/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Validation;
import org.memberportal.ties.TiesRefusals;
import org.memberportal.ties.port.TiesAccountRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A TIES request is filed (T1, T2): by the account holder, or by the sign-up tick of an approved affiliation. The
 * focal point {@link org.memberportal.affiliation.focalpoint.FocalPointSeats#toldOfNewRequestBy told of new
 * requests} (the TIES Focal Point, else the ITU Focal Point, never the requester) gets {@code ties.requested};
 * when no focal point may decide it, the operator does.
 *
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class Requesting {

  private static final Logger LOG = LoggerFactory.getLogger(Requesting.class);

  private final TiesParts parts;

  /**
   * Creates the use case.
   *
   * @param parts the module's parts
   */
  public Requesting(TiesParts parts) {
    this.parts = parts;
  }

  Outcome<TiesAccount> request(RequestTiesAccess command, Actor actor) {
    Validation.check(command, actor);
    AccountId account = command.account();
    if (!actor.holds(account)) {
      throw new NotAllowed(TiesRefusals.NOT_THE_ACCOUNT_HOLDER, "only the account holder asks for TIES access");
    }
    return parts.host().command(() -> {
      AccountSummary user = parts.entitlement().activeAccount(account);
      Affiliation affiliation = parts.entitlement().memberAffiliation(account);
      Optional<TiesAccount> existing = parts.register().find(account);
      TiesWorkflow.TABLE.next(TiesAccount.stateOf(existing), TiesAction.REQUEST, EnumSet.of(AffiliationRole.OWNER));
      return file(existing, affiliation.organisation(), affiliation.id(), user, TiesOrigin.USER_REQUEST, actor,
          Optional.empty());
    });
  }

  /**
   * Files a request, inside the caller's command, which checked the workflow allows it.
   *
   * @param existing the account's TIES access, if any
   * @param organisation the organisation it will rest on
   * @param affiliation the approved affiliation it will rest on
   * @param user the account
   * @param origin how it came about
   * @param actor who filed it
   * @param tick the affiliation whose sign-up tick this files, if it does
   * @return the TIES access, requested, and a {@link TiesAccessEvent.Requested}
   */
  public Outcome<TiesAccount> file(Optional<TiesAccount> existing, OrganisationId organisation,
      AffiliationId affiliation, AccountSummary user, TiesOrigin origin, Actor actor, Optional<AffiliationId> tick) {
    Instant now = parts.host().clock().instant();
    TiesRequest episode = new TiesRequest(organisation, affiliation, origin, now, TiesState.REQUESTED,
        Optional.empty(), Optional.empty());
    TiesAccount saved =
        store(parts.register(), existing, append(existing, user.id(), episode, tick, Optional.empty(), now));
    Optional<AccountId> recipient = parts.focalPoints().seatsOf(organisation).toldOfNewRequestBy(user.id());
    recipient.ifPresent(to -> parts.letters().toFocalPoint(to, saved, user));
    if (recipient.isEmpty()) {
      LOG.warn("TIES request of account {}: organisation {} has no focal point who may decide it: the operator does",
          user.id(), organisation);
    }
    LOG.info("TIES access of account {} requested for {} ({})", user.id(), organisation, origin);
    return Outcome.of(saved, new TiesAccessEvent.Requested(now, actor, user.id(), organisation, affiliation, origin));
  }

  /** Adds the account's first TIES access, or updates the one that was read. */
  static TiesAccount store(TiesAccountRegister register, Optional<TiesAccount> read, TiesAccount next) {
    return read.isPresent() ? register.update(next) : register.add(next);
  }

  /** A new episode on the account's TIES access, which is started if it never had any. */
  static TiesAccount append(Optional<TiesAccount> existing, AccountId account, TiesRequest episode,
      Optional<AffiliationId> tick, Optional<AccountId> decider, Instant now) {
    if (existing.isPresent()) {
      return existing.get().withEpisode(episode, tick, decider, now);
    }
    TiesAccount.Builder b = TiesAccount.builder();
    b.account(account).addRequests(episode).decidedBy(decider).changedAt(now);
    tick.ifPresent(b::addTicksFiled);
    return b.build();
  }
}
