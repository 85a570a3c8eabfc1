/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;

/**
 * A principal that knows its library actor: the application's principal (its {@code UserDetails}, say)
 * implements it, and {@link PrincipalActors} takes the actor as it is, any kind (account holder, operator, or a
 * module's own such as careers' candidate and recruiter), in the request's language.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@FunctionalInterface
public interface ActorPrincipal {

  /**
   * The actor this principal acts as.
   *
   * @return the actor (its locale is replaced by the request's)
   */
  Actor actor();
}
