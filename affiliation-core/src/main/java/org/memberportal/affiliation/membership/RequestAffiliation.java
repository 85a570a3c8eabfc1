/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;

/**
 * Command: an account holder asks to be affiliated with an organisation (at sign-up or later).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class RequestAffiliation {

  /**
   * The account to affiliate: the actor's own.
   *
   * @return the account
   */
  @NotNull(message = "{affiliation.account.required}")
  public abstract @Nullable AccountId account();

  /**
   * The organisation.
   *
   * @return its id
   */
  @NotNull(message = "{affiliation.organisation.required}")
  public abstract @Nullable OrganisationId organisation();

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
