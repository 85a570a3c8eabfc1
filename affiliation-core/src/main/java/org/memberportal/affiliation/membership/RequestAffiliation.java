/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.affiliation.organisation.NamedOrganisation;

/**
 * Command: an account holder asks to be affiliated with an organisation (at sign-up or later). The
 * {@link #account()} to affiliate is the actor's own.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class RequestAffiliation implements NamedAccount, NamedOrganisation {

  /**
   * The sign-up form's "I want to request TIES access" tick; kept on the request and put on the approval
   * event, so the TIES module files the TIES request then.
   *
   * @return the tick
   */
  @Value.Default
  public boolean wantsTiesAccess() {
    return false;
  }

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RequestAffiliation}. */
  public static final class Builder extends ImmutableRequestAffiliation.Builder {}
}
