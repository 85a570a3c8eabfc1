/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.testkit.MutableClock;

/**
 * Contract of the {@link Profiles} port: extend it with a host's implementation and its transactions.
 */
public abstract class ProfilesContract {

  /**
   * The implementation under test, empty.
   *
   * @return the store
   */
  protected abstract Profiles profiles();

  /**
   * The transactions the store writes in.
   *
   * @return the transactions
   */
  protected abstract Transactions transactions();

  private static Profile at(CandidateId candidate, long version, Instant lastActivity) {
    Profile content = ProfileFixtures.complete(candidate);
    return Profile.builder().candidate(candidate).version(version).createdAt(MutableClock.START)
        .lastActivity(lastActivity).personalInformation(content.personalInformation())
        .address(content.address()).contractInformation(content.contractInformation())
        .addAllEntries(content.entries()).build();
  }

  private <T> T run(Supplier<T> work) {
    return transactions().inTransaction(work);
  }

  /** Stores a first profile (version 0), or one read at a version, as the profile commands do. */
  private Profile store(Profile p) {
    return run(() -> p.version() == 0 ? profiles().add(p) : profiles().update(p));
  }

  @Test
  void addedProfileIsStoredAtVersionOneWithItsContent() {
    CandidateId c = CandidateId.random();
    Profile p = at(c, 0, MutableClock.START);
    Profile stored = store(p);
    assertThat(stored).isEqualTo(p.withVersion(1));
    assertThat(profiles().find(c)).contains(stored);
  }

  @Test
  void unknownCandidateHasNoProfile() {
    assertThat(profiles().find(CandidateId.random())).isEmpty();
  }

  @Test
  void updateMovesTheVersionOnAndOneBasedOnAStaleVersionIsAConflictThatChangesNothing() {
    CandidateId c = CandidateId.random();
    store(at(c, 0, MutableClock.START));
    assertThat(store(at(c, 1, MutableClock.START)).version()).isEqualTo(2);
    assertThatThrownBy(() -> store(at(c, 1, MutableClock.START))).isInstanceOf(Conflict.class)
        .extracting("reason").isEqualTo(KernelRefusals.STALE_VERSION);
    assertThatThrownBy(() -> store(at(c, 0, MutableClock.START))).isInstanceOf(Conflict.class)
        .extracting("reason").isEqualTo(KernelRefusals.STALE_VERSION);
    assertThatThrownBy(() -> store(at(CandidateId.random(), 1, MutableClock.START))).isInstanceOf(Conflict.class)
        .extracting("reason").isEqualTo(KernelRefusals.STALE_VERSION);
    assertThat(profiles().find(c).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void removeRemovesTheProfile() {
    CandidateId c = CandidateId.random();
    store(at(c, 0, MutableClock.START));
    assertThat(run(() -> profiles().remove(c))).isTrue();
    assertThat(profiles().find(c)).isEmpty();
    assertThat(run(() -> profiles().remove(c))).isFalse();
  }

  @Test
  void inactiveSinceListsOnlyProfilesLastActiveBeforeTheCutoff() {
    CandidateId old = CandidateId.random();
    CandidateId recent = CandidateId.random();
    Instant cutoff = MutableClock.START.plus(Duration.ofDays(10));
    store(at(old, 0, cutoff.minusSeconds(1)));
    store(at(recent, 0, cutoff));
    assertThat(profiles().inactiveSince(cutoff)).contains(old).doesNotContain(recent);
  }

  @Test
  void rolledBackWritesLeaveNoTrace() {
    CandidateId c = CandidateId.random();
    store(at(c, 0, MutableClock.START));
    assertThatThrownBy(() -> run(() -> {
      profiles().update(at(c, 1, MutableClock.START));
      profiles().remove(c);
      throw new IllegalStateException("simulated failure");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(profiles().find(c).orElseThrow().version()).isEqualTo(1);
  }

  private static Profile interestedIn(CandidateId candidate, long version, ContractInterest... interests) {
    return Profile.builder().candidate(candidate).version(version).createdAt(MutableClock.START)
        .lastActivity(MutableClock.START)
        .contractInformation(ContractInformation.builder().addInterests(interests).build()).build();
  }

  @Test
  void interestedInListsTheCandidatesWhoDeclaredTheInterest() {
    CandidateId consultant = CandidateId.random();
    CandidateId intern = CandidateId.random();
    store(interestedIn(consultant, 0, ContractInterest.CONSULTANT, ContractInterest.SHORT_TERM));
    store(interestedIn(intern, 0, ContractInterest.INTERNSHIP));

    assertThat(profiles().interestedIn(ContractInterest.CONSULTANT)).contains(consultant).doesNotContain(intern);
    assertThat(profiles().interestedIn(ContractInterest.SHORT_TERM)).contains(consultant).doesNotContain(intern);
    assertThat(profiles().interestedIn(ContractInterest.INTERNSHIP)).contains(intern).doesNotContain(consultant);
  }

  @Test
  void interestIndexFollowsEditsDeletionsAndRollbacks() {
    CandidateId c = CandidateId.random();
    store(interestedIn(c, 0, ContractInterest.CONSULTANT));
    store(interestedIn(c, 1, ContractInterest.INTERNSHIP));
    assertThat(profiles().interestedIn(ContractInterest.CONSULTANT)).doesNotContain(c);
    assertThat(profiles().interestedIn(ContractInterest.INTERNSHIP)).contains(c);

    assertThatThrownBy(() -> run(() -> {
      profiles().remove(c);
      throw new IllegalStateException("simulated failure");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(profiles().interestedIn(ContractInterest.INTERNSHIP)).contains(c);

    run(() -> profiles().remove(c));
    assertThat(profiles().interestedIn(ContractInterest.INTERNSHIP)).doesNotContain(c);
  }
}
