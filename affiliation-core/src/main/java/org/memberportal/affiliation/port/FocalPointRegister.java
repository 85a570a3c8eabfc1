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
   * Stores the first seats of an organisation: the stored copy is at version 1.
   *
   * @param seats the new seats (version 0, as built)
   * @return the stored seats, at version 1
   * @throws org.memberportal.kernel.Conflict {@code stale-version} ({@link
   *     org.memberportal.kernel.KernelRefusals#STALE_VERSION}) when the organisation has seats: they were stored
   *     since they were found missing; nothing is changed
   */
  FocalPointSeats add(FocalPointSeats seats);

  /**
   * Writes a change of stored seats made on the version that was read: the store checks that version and returns
   * the stored copy at the next one (the caller never bumps it).
   *
   * @param seats the changed seats, with the version they were read at
   * @return the stored seats, at version + 1
   * @throws org.memberportal.kernel.Conflict {@code stale-version} when the stored version is another (they
   *     changed since they were read); nothing is changed
   */
  FocalPointSeats update(FocalPointSeats seats);

  /**
   * The organisations where an account sits in a seat.
   *
   * @param account the account
   * @return their seats
   */
  List<FocalPointSeats> heldBy(AccountId account);
}
