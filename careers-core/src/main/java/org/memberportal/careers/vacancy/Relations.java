/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Role;

/**
 * The roles an actor holds towards Careers subjects that belong to nobody in particular (vacancies): a
 * recruiter is {@link Role#RECRUITER}, the library is {@link Role#SYSTEM}, anybody else is only
 * {@link Role#ANONYMOUS}.
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
  public static Set<Role> towardsVacancy(Actor actor) {
    if (actor instanceof Actor.Recruiter) {
      return Set.of(Role.RECRUITER);
    }
    if (actor instanceof Actor.System) {
      return Set.of(Role.SYSTEM);
    }
    return Set.of(Role.ANONYMOUS);
  }
}
