/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.inmemory;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.port.StaffDirectory;
import org.memberportal.kernel.EmailAddress;

/**
 * A staff directory held in memory, filled by the host or a test; unknown addresses have no relation.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class InMemoryStaffDirectory implements StaffDirectory {

  private final Map<String, StaffRelation> byEmail = new ConcurrentHashMap<>();

  /**
   * Records a person's relation to the organisation.
   *
   * @param email their address
   * @param relation their relation
   * @return this directory
   */
  public InMemoryStaffDirectory register(EmailAddress email, StaffRelation relation) {
    byEmail.put(email.key(), relation);
    return this;
  }

  @Override
  public StaffRelation relationOf(EmailAddress email) {
    return byEmail.getOrDefault(email.key(), StaffRelation.NONE);
  }
}
