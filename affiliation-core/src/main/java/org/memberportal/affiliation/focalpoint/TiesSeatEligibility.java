/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import org.apiguardian.api.API;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;

/**
 * The one rule for who may take the TIES Focal Point seat by a hand-over (T4), beyond what every focal point
 * needs here (an active account and an approved affiliation with the organisation). The module that runs TIES
 * access supplies it when it takes the {@link ConfirmedHandOver} hook (ties-core: "the new TIES Focal Point must
 * already have TIES access in the organisation"), and {@link FocalPoints} applies it to every hand-over, the
 * operator's and the confirmed one, before the seat changes. Until a module supplies one,
 * {@link #affiliationSuffices()} applies.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@FunctionalInterface
public interface TiesSeatEligibility {

  /**
   * Refuses an account that may not take the organisation's TIES seat. Called inside the hand-over's command.
   *
   * @param organisation the organisation
   * @param successor the account that would take the seat
   * @throws org.memberportal.kernel.PortalException with the rule's own reason when it may not
   */
  void requireEligible(OrganisationId organisation, AccountId successor);

  /**
   * The rule when no module adds one: an approved affiliation and an active account suffice.
   *
   * @return a rule that refuses nobody
   */
  static TiesSeatEligibility affiliationSuffices() {
    return (organisation, successor) -> { };
  }
}
