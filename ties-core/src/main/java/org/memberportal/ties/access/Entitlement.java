/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.ties.TiesRefusals;

/**
 * T1: who may hold TIES access: an active account, with an approved affiliation to a member organisation, on
 * which the access rests.
 *
 * @param accounts the account directory
 * @param affiliations the affiliation service
 * @param organisations the organisations directory
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public record Entitlement(AccountDirectory accounts, Affiliations affiliations, Organisations organisations) {

  /**
   * The account, when it is active.
   *
   * @param account the account
   * @return its summary
   * @throws NotFound {@code ties.account-not-found}
   * @throws PreconditionFailed {@code ties.account-not-active}
   */
  public AccountSummary activeAccount(AccountId account) {
    AccountSummary summary = accounts.find(account)
        .orElseThrow(() -> new NotFound(TiesRefusals.ACCOUNT_NOT_FOUND, "no such account"));
    if (!summary.active()) {
      throw new PreconditionFailed(TiesRefusals.ACCOUNT_NOT_ACTIVE, "TIES access is for active accounts only");
    }
    return summary;
  }

  /**
   * The affiliation TIES access rests on: the account's current one, approved, with a member organisation.
   *
   * @param account the account
   * @return the affiliation
   * @throws PreconditionFailed {@code ties.no-approved-affiliation} or {@code ties.organisation-not-a-member}
   */
  public Affiliation memberAffiliation(AccountId account) {
    Optional<Affiliation> current = affiliations.historyOf(account, Actor.system("ties"))
        .stream().filter(a -> a.state().current()).findFirst();
    if (current.isEmpty()) {
      throw new PreconditionFailed(TiesRefusals.NO_APPROVED_AFFILIATION,
          "TIES access needs an approved affiliation to a member organisation");
    }
    Affiliation a = current.get();
    if (!a.memberRights() || !organisations.get(a.organisation()).membershipType().member()) {
      throw new PreconditionFailed(TiesRefusals.ORGANISATION_NOT_A_MEMBER, "the organisation is not a member");
    }
    return a;
  }
}
