/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.handover;

import java.time.Instant;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;

/**
 * A prepared TIES focal point hand-over waiting for confirmation: what will change, who prepared it, until when
 * it may be confirmed, and the SHA-256 hash of its single-use token.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class PendingHandOver {

  /**
   * The hex SHA-256 hash of the confirmation token.
   *
   * @return the hash
   */
  public abstract String tokenHash();

  /**
   * The organisation.
   *
   * @return its id
   */
  public abstract OrganisationId organisation();

  /**
   * The sitting TIES focal point when prepared; confirmation fails if it changed meanwhile.
   *
   * @return the account
   */
  public abstract AccountId former();

  /**
   * The account that will take the seat.
   *
   * @return the account
   */
  public abstract AccountId successor();

  /**
   * The focal point who prepared it, the only one who may confirm it.
   *
   * @return the account
   */
  public abstract AccountId preparedBy();

  /**
   * Until when it may be confirmed.
   *
   * @return the instant
   */
  public abstract Instant expiresAt();

  /**
   * Starts a pending hand-over.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Ids and expiry only, never the hash. */
  @Override
  public String toString() {
    return "PendingHandOver{" + organisation() + ", " + former() + " -> " + successor() + ", until " + expiresAt()
        + "}";
  }

  /** Builds a {@link PendingHandOver}. */
  public static final class Builder extends ImmutablePendingHandOver.Builder {}
}
