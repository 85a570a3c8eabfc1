/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.testkit.MutableClock;

/**
 * Contract of {@link AffiliationRegister}: versioned saves, one open request and one current affiliation per
 * account, the indexes by account, organisation and state, and rollback. Extend it with a fresh, empty register
 * per test.
 */
public abstract class AffiliationRegisterContract {

  private static final Instant T0 = MutableClock.START;

  /**
   * The register under test, empty.
   *
   * @return the implementation
   */
  protected abstract AffiliationRegister register();

  /**
   * The transactions the register writes in.
   *
   * @return the transactions
   */
  protected abstract Transactions transactions();

  /**
   * An affiliation, not yet saved.
   *
   * @param account the account
   * @param org the organisation
   * @param state its state
   * @param requestedAt when requested (and submitted)
   * @return it
   */
  protected static Affiliation affiliation(AccountId account, OrganisationId org, AffiliationState state,
      Instant requestedAt) {
    return Affiliation.builder().id(AffiliationId.random()).account(account).organisation(org)
        .membershipType(MembershipType.SECTOR_MEMBER).state(state).wantsTiesAccess(false).requestedAt(requestedAt)
        .submittedAt(requestedAt).build();
  }

  private Affiliation save(Affiliation a) {
    return transactions().inTransaction(() -> register().add(a));
  }

  private Affiliation update(Affiliation a) {
    return transactions().inTransaction(() -> register().update(a));
  }

  @Test
  void addedAffiliationIsFoundAtVersionOne() {
    Affiliation saved = save(affiliation(AccountId.random(), OrganisationId.random(), AffiliationState.PENDING, T0));

    assertThat(saved.version()).isEqualTo(1);
    assertThat(register().find(saved.id())).contains(saved);
  }

  @Test
  void updateIsStoredAtTheNextVersion() {
    Affiliation saved = save(affiliation(AccountId.random(), OrganisationId.random(), AffiliationState.PENDING, T0));
    Affiliation updated = update(saved.withState(AffiliationState.APPROVED));

    assertThat(updated.version()).isEqualTo(2);
    assertThat(register().find(saved.id())).contains(updated);
  }

  @Test
  void staleUpdateIsAConflictAndChangesNothing() {
    Affiliation saved = save(affiliation(AccountId.random(), OrganisationId.random(), AffiliationState.PENDING, T0));
    update(saved.withState(AffiliationState.APPROVED));

    assertThatThrownBy(() -> update(saved.withState(AffiliationState.REJECTED)))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", KernelRefusals.STALE_VERSION);
    assertThat(register().find(saved.id()).orElseThrow().state()).isEqualTo(AffiliationState.APPROVED);
  }

  @Test
  void addingATakenIdIsAConflictAndChangesNothing() {
    Affiliation saved = save(affiliation(AccountId.random(), OrganisationId.random(), AffiliationState.PENDING, T0));

    Affiliation other = Affiliation.builder().id(saved.id()).account(AccountId.random())
        .organisation(OrganisationId.random()).membershipType(MembershipType.SECTOR_MEMBER)
        .state(AffiliationState.PENDING).wantsTiesAccess(false).requestedAt(T0).submittedAt(T0).build();

    assertThatThrownBy(() -> save(other))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", KernelRefusals.STALE_VERSION);
    assertThat(register().find(saved.id())).contains(saved);
  }

  @Test
  void anAccountHasAtMostOneOpenRequest() {
    AccountId account = AccountId.random();
    save(affiliation(account, OrganisationId.random(), AffiliationState.REQUESTED, T0));

    assertThatThrownBy(() -> save(affiliation(account, OrganisationId.random(), AffiliationState.PENDING, T0)))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", "affiliation.request-already-open");
    assertThat(register().ofAccount(account)).hasSize(1);
  }

  @Test
  void anAccountHasAtMostOneCurrentAffiliation() {
    AccountId account = AccountId.random();
    save(affiliation(account, OrganisationId.random(), AffiliationState.APPROVED, T0));

    assertThatThrownBy(() -> save(affiliation(account, OrganisationId.random(), AffiliationState.LINKED, T0)))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", "affiliation.already-affiliated");
  }

  @Test
  void organisationIndexFollowsStateChanges() {
    OrganisationId org = OrganisationId.random();
    Affiliation a = save(affiliation(AccountId.random(), org, AffiliationState.PENDING, T0));
    save(affiliation(AccountId.random(), OrganisationId.random(), AffiliationState.PENDING, T0));

    assertThat(register().ofOrganisation(org, Set.of(AffiliationState.PENDING))).containsExactly(a);
    Affiliation approved = update(a.withState(AffiliationState.APPROVED));
    assertThat(register().ofOrganisation(org, Set.of(AffiliationState.PENDING))).isEmpty();
    assertThat(register().ofOrganisation(org, EnumSet.allOf(AffiliationState.class))).containsExactly(approved);
  }

  @Test
  void accountsAffiliationsComeNewestFirst() {
    AccountId account = AccountId.random();
    Affiliation old = save(affiliation(account, OrganisationId.random(), AffiliationState.REJECTED, T0));
    Affiliation recent = save(affiliation(account, OrganisationId.random(), AffiliationState.PENDING,
        T0.plus(Duration.ofDays(1))));

    assertThat(register().ofAccount(account)).containsExactly(recent, old);
  }

  @Test
  void pendingSinceListsOnlyRequestsSubmittedByThen() {
    Affiliation early = save(affiliation(AccountId.random(), OrganisationId.random(), AffiliationState.PENDING, T0));
    save(affiliation(AccountId.random(), OrganisationId.random(), AffiliationState.PENDING, T0.plusSeconds(10)));
    save(affiliation(AccountId.random(), OrganisationId.random(), AffiliationState.APPROVED, T0));

    assertThat(register().pendingSince(T0.plusSeconds(5))).containsExactly(early);
  }

  @Test
  void rolledBackAddLeavesNothing() {
    AccountId account = AccountId.random();
    Affiliation a = affiliation(account, OrganisationId.random(), AffiliationState.PENDING, T0);
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      register().add(a);
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(register().find(a.id())).isEmpty();
    assertThat(register().ofAccount(account)).isEmpty();
    assertThat(register().ofOrganisation(a.organisation(), Set.of(AffiliationState.PENDING))).isEmpty();
  }
}
