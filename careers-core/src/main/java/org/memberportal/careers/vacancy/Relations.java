/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.careers.CareersRole;
import org.memberportal.careers.Recruiter;
import org.memberportal.kernel.Actor;

/**
 * The roles an actor holds towards Careers subjects that belong to nobody in particular (vacancies): a
 * recruiter is {@link CareersRole#RECRUITER}, the library is {@link CareersRole#SYSTEM}, anybody else is only
 * {@link CareersRole#ANONYMOUS}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Relations {

  private Relations() {}

  /**
   * The actor's roles towards a vacancy.
   *
   * @param actor who acts
   * @return the roles
   */
  public static Set<CareersRole> towardsVacancy(Actor actor) {
    if (actor instanceof Recruiter) {
      return Set.of(CareersRole.RECRUITER);
    }
    if (actor instanceof Actor.System) {
      return Set.of(CareersRole.SYSTEM);
    }
    return Set.of(CareersRole.ANONYMOUS);
  }
}
