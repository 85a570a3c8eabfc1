/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.Profile;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.Conflict;
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

  private void save(Profile p, long expected) {
    transactions().inTransaction(() -> {
      profiles().save(p, expected);
      return null;
    });
  }

  @Test
  void savedProfileIsFoundWithItsContent() {
    CandidateId c = CandidateId.random();
    Profile p = at(c, 1, MutableClock.START);
    save(p, 0);
    assertThat(profiles().find(c)).contains(p);
  }

  @Test
  void unknownCandidateHasNoProfile() {
    assertThat(profiles().find(CandidateId.random())).isEmpty();
  }

  @Test
  void saveBasedOnAStaleVersionIsAConflict() {
    CandidateId c = CandidateId.random();
    save(at(c, 1, MutableClock.START), 0);
    save(at(c, 2, MutableClock.START), 1);
    assertThatThrownBy(() -> save(at(c, 2, MutableClock.START), 1)).isInstanceOf(Conflict.class)
        .extracting("reason").isEqualTo("profile.stale-version");
    assertThatThrownBy(() -> save(at(c, 1, MutableClock.START), 0)).isInstanceOf(Conflict.class);
    assertThat(profiles().find(c).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void deleteRemovesTheProfile() {
    CandidateId c = CandidateId.random();
    save(at(c, 1, MutableClock.START), 0);
    assertThat(transactions().inTransaction(() -> profiles().delete(c))).isTrue();
    assertThat(profiles().find(c)).isEmpty();
    assertThat(transactions().inTransaction(() -> profiles().delete(c))).isFalse();
  }

  @Test
  void inactiveSinceListsOnlyProfilesLastActiveBeforeTheCutoff() {
    CandidateId old = CandidateId.random();
    CandidateId recent = CandidateId.random();
    Instant cutoff = MutableClock.START.plus(Duration.ofDays(10));
    save(at(old, 1, cutoff.minusSeconds(1)), 0);
    save(at(recent, 1, cutoff), 0);
    assertThat(profiles().inactiveSince(cutoff)).contains(old).doesNotContain(recent);
  }

  @Test
  void rolledBackWritesLeaveNoTrace() {
    CandidateId c = CandidateId.random();
    save(at(c, 1, MutableClock.START), 0);
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      profiles().save(at(c, 2, MutableClock.START), 1);
      profiles().delete(c);
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
    save(interestedIn(consultant, 1, ContractInterest.CONSULTANT, ContractInterest.SHORT_TERM), 0);
    save(interestedIn(intern, 1, ContractInterest.INTERNSHIP), 0);

    assertThat(profiles().interestedIn(ContractInterest.CONSULTANT)).contains(consultant).doesNotContain(intern);
    assertThat(profiles().interestedIn(ContractInterest.SHORT_TERM)).contains(consultant).doesNotContain(intern);
    assertThat(profiles().interestedIn(ContractInterest.INTERNSHIP)).contains(intern).doesNotContain(consultant);
  }

  @Test
  void interestIndexFollowsEditsDeletionsAndRollbacks() {
    CandidateId c = CandidateId.random();
    save(interestedIn(c, 1, ContractInterest.CONSULTANT), 0);
    save(interestedIn(c, 2, ContractInterest.INTERNSHIP), 1);
    assertThat(profiles().interestedIn(ContractInterest.CONSULTANT)).doesNotContain(c);
    assertThat(profiles().interestedIn(ContractInterest.INTERNSHIP)).contains(c);

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      profiles().delete(c);
      throw new IllegalStateException("simulated failure");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(profiles().interestedIn(ContractInterest.INTERNSHIP)).contains(c);

    transactions().inTransaction(() -> profiles().delete(c));
    assertThat(profiles().interestedIn(ContractInterest.INTERNSHIP)).doesNotContain(c);
  }
}
