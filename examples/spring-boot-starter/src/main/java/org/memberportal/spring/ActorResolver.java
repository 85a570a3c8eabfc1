/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;

/**
 * Who performs the current request's commands, and the language they read: the {@link Actor} every library
 * command takes. The starter's default reads Spring Security's authentication and Spring's locale
 * ({@link PrincipalActors}); an application bean of this type replaces it (its own sign-in, a single sign-on).
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
@FunctionalInterface
public interface ActorResolver {

  /**
   * The actor of the current request (or thread).
   *
   * @return the actor, in the request's language; anonymous when nobody is signed in
   */
  Actor current();
}
