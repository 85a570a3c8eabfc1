/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;

/**
 * An account's TIES access (aggregate): its state in {@link TiesWorkflow#TABLE}, the organisation and affiliation
 * it rests on, and every episode so far (newest last). One per account; an account without one is in
 * {@link TiesState#NONE}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class TiesAccount {

  /**
   * The account.
   *
   * @return its id
   */
  public abstract AccountId account();

  /**
   * The episodes, oldest first; the last one is the current one.
   *
   * @return the episodes
   */
  public abstract List<TiesRequest> requests();

  /**
   * The approved affiliations whose sign-up tick was already filed, so a redelivered event files nothing twice.
   *
   * @return their ids
   */
  public abstract Set<AffiliationId> ticksFiled();

  /**
   * Who took the last decision (approve, reject, assign, remove), if a person did.
   *
   * @return the focal point's account
   */
  public abstract Optional<AccountId> decidedBy();

  /**
   * When the access last changed.
   *
   * @return the instant
   */
  public abstract Instant changedAt();

  /**
   * The optimistic-concurrency version, bumped by every save.
   *
   * @return the version
   */
  @Value.Default
  public long version() {
    return 0;
  }

  /** An account's TIES access always has a current episode. */
  @Value.Check
  protected void check() {
    if (requests().isEmpty()) {
      throw new IllegalArgumentException("a TIES account has at least one episode");
    }
  }

  /**
   * The current episode.
   *
   * @return the last episode
   */
  public TiesRequest current() {
    return requests().get(requests().size() - 1);
  }

  /**
   * Where the access stands.
   *
   * @return the current episode's state
   */
  public TiesState state() {
    return current().state();
  }

  /**
   * The organisation the current episode rests on.
   *
   * @return its id
   */
  public OrganisationId organisation() {
    return current().organisation();
  }

  /**
   * Whether TIES access is active in this organisation.
   *
   * @param organisation the organisation
   * @return true when active there
   */
  public boolean activeIn(OrganisationId organisation) {
    return state().active() && organisation().equals(organisation);
  }

  /**
   * A copy with a new version (for stores).
   *
   * @param version the version
   * @return the copy
   */
  public abstract TiesAccount withVersion(long version);

  /**
   * A copy with the episodes replaced.
   *
   * @param requests the episodes
   * @return the copy
   */
  public abstract TiesAccount withRequests(Iterable<? extends TiesRequest> requests);

  /**
   * A copy with the filed ticks replaced.
   *
   * @param ticks the affiliations
   * @return the copy
   */
  public abstract TiesAccount withTicksFiled(Iterable<? extends AffiliationId> ticks);

  /**
   * A copy with the decider replaced.
   *
   * @param decidedBy the focal point
   * @return the copy
   */
  public abstract TiesAccount withDecidedBy(Optional<? extends AccountId> decidedBy);

  /**
   * A copy with the change time replaced.
   *
   * @param at the instant
   * @return the copy
   */
  public abstract TiesAccount withChangedAt(Instant at);

  /**
   * Starts a TIES account.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Ids and state only. */
  @Override
  public String toString() {
    return "TiesAccount{" + account() + ", " + organisation() + ", " + state() + ", v" + version() + "}";
  }

  /** Builds a {@link TiesAccount}. */
  public static final class Builder extends ImmutableTiesAccount.Builder {}
}
