/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.handover;

import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.focalpoint.TiesSeatEligibility;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.ties.TiesRefusals;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * T4: the new TIES Focal Point must already have TIES access: an active account with active TIES access in the
 * same organisation. The one rule for the TIES seat, which {@link TiesFocalPoints} applies when a hand-over is
 * prepared and confirmed, and gives affiliation-core with the hand-over hook, so that every hand-over, the
 * operator's included, refuses such a successor before the seat changes.
 *
 * @param accounts the account directory
 * @param register the accounts' TIES access
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public record SeatNeedsTiesAccess(AccountDirectory accounts, TiesAccountRegister register)
    implements TiesSeatEligibility {

  /**
   * Refuses a successor without an active account or without active TIES access in the organisation.
   *
   * @throws NotFound {@code ties.account-not-found}
   * @throws PreconditionFailed {@code ties.account-not-active}, {@code ties.successor-without-ties-access}
   */
  @Override
  public void requireEligible(OrganisationId organisation, AccountId successor) {
    AccountSummary summary = accounts.find(successor)
        .orElseThrow(() -> new NotFound(TiesRefusals.ACCOUNT_NOT_FOUND, "no such account"));
    if (!summary.active()) {
      throw new PreconditionFailed(TiesRefusals.ACCOUNT_NOT_ACTIVE, "the successor's account is not active");
    }
    if (register.find(successor).filter(t -> t.activeIn(organisation)).isEmpty()) {
      throw new PreconditionFailed(TiesRefusals.SUCCESSOR_WITHOUT_TIES_ACCESS,
          "the successor must hold active TIES access in the organisation");
    }
  }
}
