/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
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
   * Whether the sign-up tick of an approved affiliation was filed already (or handled: it files nothing twice).
   *
   * @param affiliation the approved affiliation
   * @return true when filed
   * @since 0.2.0
   */
  public boolean tickFiled(AffiliationId affiliation) {
    return ticksFiled().contains(affiliation);
  }

  /**
   * A copy with the current episode moved on in the workflow.
   *
   * @param next the state
   * @param decided when decided, if this step is a decision
   * @param ended when ended, if this step ends the episode
   * @param decider who took the step, if a person did
   * @param now when
   * @return the copy
   * @since 0.2.0
   */
  public TiesAccount moveTo(TiesState next, Optional<Instant> decided, Optional<Instant> ended,
      Optional<AccountId> decider, Instant now) {
    return withCurrent(current().moveTo(next, decided, ended)).withDecidedBy(decider).withChangedAt(now);
  }

  /**
   * A copy whose current episode rests on another organisation, after a merge moved its affiliation.
   *
   * @param into the surviving organisation
   * @return the copy
   * @since 0.2.0
   */
  public TiesAccount movedTo(OrganisationId into) {
    return withCurrent(current().movedTo(into));
  }

  /**
   * A copy with a new episode, which becomes the current one.
   *
   * @param episode the episode
   * @param tick the approved affiliation whose sign-up tick it files, if any
   * @param decider who took the step, if a person did
   * @param now when
   * @return the copy
   * @since 0.2.0
   */
  public TiesAccount withEpisode(TiesRequest episode, Optional<AffiliationId> tick, Optional<AccountId> decider,
      Instant now) {
    List<TiesRequest> episodes = new ArrayList<>(requests());
    episodes.add(episode);
    TiesAccount next = withRequests(episodes).withDecidedBy(decider).withChangedAt(now);
    return tick.map(next::withTickFiled).orElse(next);
  }

  /**
   * A copy that remembers an approved affiliation's sign-up tick as filed.
   *
   * @param affiliation the approved affiliation
   * @return the copy
   * @since 0.2.0
   */
  public TiesAccount withTickFiled(AffiliationId affiliation) {
    Set<AffiliationId> ticks = new LinkedHashSet<>(ticksFiled());
    ticks.add(affiliation);
    return withTicksFiled(ticks);
  }

  /**
   * Where an account's TIES access stands, {@link TiesState#NONE} when it never had any.
   *
   * @param access the account's TIES access, if any
   * @return its state
   * @since 0.2.0
   */
  public static TiesState stateOf(Optional<TiesAccount> access) {
    return access.map(TiesAccount::state).orElse(TiesState.NONE);
  }

  private TiesAccount withCurrent(TiesRequest episode) {
    List<TiesRequest> episodes = new ArrayList<>(requests());
    episodes.set(episodes.size() - 1, episode);
    return withRequests(episodes);
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
