/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.Transactions;

/**
 * Contract of {@link FocalPointRegister}: versioned saves, the index by holder, rollback. Extend it with a
 * fresh, empty register per test.
 */
public abstract class FocalPointRegisterContract {

  /**
   * The register under test, empty.
   *
   * @return the implementation
   */
  protected abstract FocalPointRegister register();

  /**
   * The transactions the register writes in.
   *
   * @return the transactions
   */
  protected abstract Transactions transactions();

  private FocalPointSeats save(FocalPointSeats s) {
    return transactions().inTransaction(() -> register().add(s));
  }

  private FocalPointSeats update(FocalPointSeats s) {
    return transactions().inTransaction(() -> register().update(s));
  }

  @Test
  void seatsAreFoundAndIndexedByHolder() {
    AccountId itu = AccountId.random();
    FocalPointSeats saved = save(FocalPointSeats.vacant(OrganisationId.random()).withItu(Optional.of(itu)));

    assertThat(saved.version()).isEqualTo(1);
    assertThat(register().find(saved.organisation())).contains(saved);
    assertThat(register().heldBy(itu)).containsExactly(saved);
  }

  @Test
  void formerHolderNoLongerHoldsTheSeat() {
    AccountId first = AccountId.random();
    AccountId second = AccountId.random();
    FocalPointSeats saved = save(FocalPointSeats.vacant(OrganisationId.random()).withTies(Optional.of(first)));
    FocalPointSeats next = update(saved.with(FocalPointRole.TIES, Optional.of(second)));

    assertThat(next.version()).isEqualTo(2);
    assertThat(register().heldBy(first)).isEmpty();
    assertThat(register().heldBy(second)).containsExactly(next);
  }

  @Test
  void staleUpdateIsAConflictAndChangesNothing() {
    FocalPointSeats saved = save(FocalPointSeats.vacant(OrganisationId.random()));
    FocalPointSeats current = update(saved.withItu(Optional.of(AccountId.random())));

    assertThatThrownBy(() -> update(saved.withTies(Optional.of(AccountId.random()))))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", KernelRefusals.STALE_VERSION);
    assertThat(register().find(saved.organisation())).contains(current);
  }

  @Test
  void addingSeatsTheOrganisationHasIsAConflictAndChangesNothing() {
    FocalPointSeats saved = save(FocalPointSeats.vacant(OrganisationId.random()));

    assertThatThrownBy(() -> save(FocalPointSeats.vacant(saved.organisation()).withItu(Optional.of(AccountId.random()))))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", KernelRefusals.STALE_VERSION);
    assertThat(register().find(saved.organisation())).contains(saved);
  }

  @Test
  void rolledBackAddLeavesNothing() {
    AccountId holder = AccountId.random();
    FocalPointSeats seats = FocalPointSeats.vacant(OrganisationId.random()).withItu(Optional.of(holder));
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      register().add(seats);
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(register().find(seats.organisation())).isEmpty();
    assertThat(register().heldBy(holder)).isEmpty();
  }
}
