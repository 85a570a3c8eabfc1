/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.port;

import org.apiguardian.api.API;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.kernel.EmailAddress;

/**
 * Port: the organisation's staff directory, which the host supplies, answering what relation a person with an
 * email address has to the organisation (C2).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface StaffDirectory {

  /**
   * The relation of the person with this address to the organisation.
   *
   * @param email the address
   * @return {@link StaffRelation#CURRENT_STAFF} for current staff members; {@link StaffRelation#CONSULTANT},
   *     {@link StaffRelation#INTERN} or {@link StaffRelation#LOANED_STAFF} for those; {@link StaffRelation#NONE}
   *     when the directory does not know the address
   */
  StaffRelation relationOf(EmailAddress email);
}
