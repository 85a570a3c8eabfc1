/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import org.apiguardian.api.API;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.Host;

/**
 * The parts every affiliation use case and policy works with: the host, the account directory, the affiliations,
 * the focal points (read afresh), the reads that refuse what is missing, and the letters. Built once by the
 * façade and by the policy wiring.
 *
 * @param host the shared host
 * @param accounts the account directory
 * @param affiliations the affiliations
 * @param focalPoints the focal point service
 * @param lookups the reads
 * @param letters the letters about requests
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public record AffiliationParts(Host host, AccountDirectory accounts, AffiliationRegister affiliations,
    FocalPoints focalPoints, Lookups lookups, RequestLetters letters) {

  /**
   * Builds the parts of a module.
   *
   * @param host the shared host
   * @param accounts the account directory
   * @param organisations the organisations
   * @param affiliations the affiliations
   * @param focalPoints the focal point service
   * @return the parts
   */
  public static AffiliationParts of(Host host, AccountDirectory accounts, OrganisationRegister organisations,
      AffiliationRegister affiliations, FocalPoints focalPoints) {
    return new AffiliationParts(host, accounts, affiliations, focalPoints,
        new Lookups(accounts, organisations, affiliations, focalPoints), new RequestLetters(host, accounts));
  }
}
