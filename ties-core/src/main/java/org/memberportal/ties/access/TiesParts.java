/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import org.apiguardian.api.API;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.Host;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * The parts every TIES use case works with: the host, the focal points (read afresh), the accounts' TIES access,
 * who may hold it, and the letters. Built once by the façade and by the policy wiring.
 *
 * @param host the shared host
 * @param focalPoints the focal points, read afresh
 * @param register the accounts' TIES access
 * @param entitlement who may hold TIES access
 * @param letters the letters about TIES access
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public record TiesParts(Host host, FocalPoints focalPoints, TiesAccountRegister register, Entitlement entitlement,
    TiesLetters letters) {

  /**
   * Builds the parts of a module.
   *
   * @param host the shared host
   * @param accounts the account directory
   * @param affiliations the affiliation service
   * @param organisations the organisations directory
   * @param focalPoints the focal point service
   * @param register the accounts' TIES access
   * @return the parts
   */
  public static TiesParts of(Host host, AccountDirectory accounts, Affiliations affiliations,
      Organisations organisations, FocalPoints focalPoints, TiesAccountRegister register) {
    return new TiesParts(host, focalPoints, register, new Entitlement(accounts, affiliations, organisations),
        new TiesLetters(host, accounts, organisations));
  }

  /** The actor's roles on a TIES account, from the seats as they are now. */
  TiesRoles roles() {
    return new TiesRoles(focalPoints);
  }
}
