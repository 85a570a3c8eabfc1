/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.OrganisationStatus;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.PreconditionFailed;

/**
 * What a seat and its holder need (F8): a verified member organisation, an active account and, for the TIES
 * seat, an approved affiliation with the organisation.
 */
record SeatRules(AccountDirectory accounts, OrganisationRegister organisations, AffiliationRegister affiliations) {

  Organisation organisation(OrganisationId org) {
    return organisations.find(org)
        .orElseThrow(() -> new NotFound(AffiliationRefusals.ORGANISATION_NOT_FOUND, "no such organisation"));
  }

  /** Only a verified member organisation has focal points. */
  Organisation memberOrganisation(OrganisationId org) {
    Organisation organisation = organisation(org);
    if (organisation.status() != OrganisationStatus.VERIFIED || !organisation.membershipType().member()) {
      throw new PreconditionFailed(AffiliationRefusals.ORGANISATION_NOT_A_MEMBER,
          "only member organisations have focal points");
    }
    return organisation;
  }

  /** A focal point's account is active. */
  AccountSummary activeAccount(AccountId account) {
    AccountSummary summary = accounts.find(account)
        .orElseThrow(() -> new NotFound(AffiliationRefusals.ACCOUNT_NOT_FOUND, "no such account"));
    if (!summary.active()) {
      throw new PreconditionFailed(AffiliationRefusals.FOCAL_POINT_ACCOUNT_NOT_ACTIVE,
          "a focal point's account is active");
    }
    return summary;
  }

  /** A TIES Focal Point holds an approved affiliation with the organisation. */
  void requireApprovedAffiliation(AccountId account, OrganisationId org) {
    boolean affiliated = affiliations.ofAccount(account).stream()
        .anyMatch(a -> a.organisation().equals(org) && a.state() == AffiliationState.APPROVED);
    if (!affiliated) {
      throw new PreconditionFailed(AffiliationRefusals.FOCAL_POINT_NOT_AFFILIATED,
          "a TIES focal point holds an approved affiliation with the organisation");
    }
  }
}
