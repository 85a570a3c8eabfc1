/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import java.util.Locale;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.StaffId;

/**
 * A member of the recruitment staff, the actor of the recruiter's desk.
 *
 * @param staff the staff member
 * @param locale their language
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record Recruiter(StaffId staff, Locale locale) implements Actor {

  /**
   * A recruiter reading English.
   *
   * @param staff the staff member
   * @return the actor
   */
  public static Recruiter of(StaffId staff) {
    return new Recruiter(staff, Locale.ENGLISH);
  }

  @Override
  public Recruiter in(Locale locale) {
    return new Recruiter(staff, locale);
  }
}
