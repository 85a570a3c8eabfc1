/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.port;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;

/**
 * Port: the focal point seats of each organisation, read afresh by every command that authorises a focal
 * point. Writes join the current transaction.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface FocalPointRegister {

  /**
   * The seats of an organisation.
   *
   * @param organisation the organisation
   * @return its seats, or empty when none was ever filled
   */
  Optional<FocalPointSeats> find(OrganisationId organisation);

  /**
   * Stores new seats (version 0) or a change of seats loaded at their current version.
   *
   * @param seats the seats, with the version they were loaded at
   * @return the stored seats, with the version incremented
   * @throws org.memberportal.kernel.Conflict {@code affiliation.version-conflict} when they changed since
   */
  FocalPointSeats save(FocalPointSeats seats);

  /**
   * The organisations where an account sits in a seat.
   *
   * @param account the account
   * @return their seats
   */
  List<FocalPointSeats> heldBy(AccountId account);
}
