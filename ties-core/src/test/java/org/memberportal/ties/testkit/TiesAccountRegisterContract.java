/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.Transactions;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesOrigin;
import org.memberportal.ties.access.TiesRequest;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * Contract of {@link TiesAccountRegister}: versioned saves, the active index following every save, the
 * organisation listing, and rollback leaving nothing. Every adapter's test class extends it.
 */
public abstract class TiesAccountRegisterContract {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  /**
   * The register under test, empty.
   *
   * @return the implementation
   */
  protected abstract TiesAccountRegister register();

  /**
   * The transactions the register joins.
   *
   * @return the transactions
   */
  protected abstract Transactions transactions();

  /**
   * TIES access in a state, new (version 0).
   *
   * @param account the account
   * @param org the organisation
   * @param state its state
   * @return it
   */
  protected static TiesAccount access(AccountId account, OrganisationId org, TiesState state) {
    return TiesAccount.builder().account(account).changedAt(T0)
        .addRequests(new TiesRequest(org, AffiliationId.random(), TiesOrigin.USER_REQUEST, T0, state,
            Optional.empty(), Optional.empty()))
        .build();
  }

  private TiesAccount save(TiesAccount t) {
    return transactions().inTransaction(() -> register().add(t));
  }

  private TiesAccount update(TiesAccount t) {
    return transactions().inTransaction(() -> register().update(t));
  }

  private static TiesAccount moved(TiesAccount t, TiesState state) {
    return t.withRequests(List.of(t.current().moveTo(state, Optional.of(T0), Optional.empty())));
  }

  @Test
  void addedAccessIsFoundAtVersionOne() {
    AccountId account = AccountId.random();
    TiesAccount saved = save(access(account, OrganisationId.random(), TiesState.REQUESTED));

    assertThat(saved.version()).isEqualTo(1);
    assertThat(register().find(account)).contains(saved);
    assertThat(register().find(AccountId.random())).isEmpty();
  }

  @Test
  void updateIsStoredAtTheNextVersion() {
    TiesAccount saved = save(access(AccountId.random(), OrganisationId.random(), TiesState.REQUESTED));
    TiesAccount updated = update(moved(saved, TiesState.ACTIVE));

    assertThat(updated.version()).isEqualTo(2);
    assertThat(register().find(saved.account())).contains(updated);
  }

  @Test
  void staleUpdateIsAConflictAndChangesNothing() {
    TiesAccount saved = save(access(AccountId.random(), OrganisationId.random(), TiesState.REQUESTED));
    TiesAccount current = update(moved(saved, TiesState.ACTIVE));

    assertThatThrownBy(() -> update(moved(saved, TiesState.REJECTED)))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", KernelRefusals.STALE_VERSION);
    assertThat(register().find(saved.account())).contains(current);
  }

  @Test
  void addingAccessTheAccountHasIsAConflictAndChangesNothing() {
    TiesAccount saved = save(access(AccountId.random(), OrganisationId.random(), TiesState.REQUESTED));

    assertThatThrownBy(() -> save(access(saved.account(), OrganisationId.random(), TiesState.ACTIVE)))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", KernelRefusals.STALE_VERSION);
    assertThat(register().find(saved.account())).contains(saved);
  }

  @Test
  void activeIndexFollowsEveryWrite() {
    AccountId account = AccountId.random();
    TiesAccount requested = save(access(account, OrganisationId.random(), TiesState.REQUESTED));
    assertThat(register().isActive(account)).isFalse();

    TiesAccount active = update(moved(requested, TiesState.ACTIVE));
    assertThat(register().isActive(account)).isTrue();

    update(moved(active, TiesState.REMOVED));
    assertThat(register().isActive(account)).isFalse();
    assertThat(register().isActive(AccountId.random())).isFalse();
  }

  @Test
  void organisationListingFiltersByState() {
    OrganisationId org = OrganisationId.random();
    TiesAccount active = save(moved(access(AccountId.random(), org, TiesState.REQUESTED), TiesState.ACTIVE));
    TiesAccount requested = save(access(AccountId.random(), org, TiesState.REQUESTED));
    save(access(AccountId.random(), OrganisationId.random(), TiesState.ACTIVE));

    assertThat(register().inOrganisation(org, EnumSet.of(TiesState.ACTIVE))).containsExactly(active);
    assertThat(register().inOrganisation(org, EnumSet.allOf(TiesState.class)))
        .containsExactlyInAnyOrder(active, requested);
  }

  @Test
  void rolledBackAddLeavesNothing() {
    AccountId account = AccountId.random();
    TiesAccount active = moved(access(account, OrganisationId.random(), TiesState.REQUESTED), TiesState.ACTIVE);

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      register().add(active);
      throw new IllegalStateException("the command fails after the add");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(register().find(account)).isEmpty();
    assertThat(register().isActive(account)).isFalse();
  }
}
