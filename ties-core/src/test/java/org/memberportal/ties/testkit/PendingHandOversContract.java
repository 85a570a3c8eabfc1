/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Transactions;
import org.memberportal.ties.handover.PendingHandOver;
import org.memberportal.ties.port.PendingHandOvers;

/**
 * Contract of {@link PendingHandOvers}: found by token hash once, one per organisation, rollback leaving
 * nothing. Every adapter's test class extends it.
 */
public abstract class PendingHandOversContract {

  /**
   * The store under test, empty.
   *
   * @return the implementation
   */
  protected abstract PendingHandOvers pending();

  /**
   * The transactions the store joins.
   *
   * @return the transactions
   */
  protected abstract Transactions transactions();

  private static PendingHandOver handOver(OrganisationId org, String hash) {
    return PendingHandOver.builder().tokenHash(hash).organisation(org).former(AccountId.random())
        .successor(AccountId.random()).preparedBy(AccountId.random())
        .expiresAt(Instant.parse("2026-01-05T09:15:00Z")).build();
  }

  private void save(PendingHandOver p) {
    transactions().inTransaction(() -> {
      pending().add(p);
      return p;
    });
  }

  @Test
  void aHandOverIsRemovedOnceByItsHash() {
    PendingHandOver p = handOver(OrganisationId.random(), "hash-1");
    save(p);

    assertThat(transactions().inTransaction(() -> pending().remove("hash-1"))).contains(p);
    assertThat(transactions().inTransaction(() -> pending().remove("hash-1"))).isEmpty();
    assertThat(transactions().inTransaction(() -> pending().remove("unknown"))).isEmpty();
  }

  @Test
  void preparingAgainReplacesTheOrganisationsEarlierHandOver() {
    OrganisationId org = OrganisationId.random();
    save(handOver(org, "first"));
    PendingHandOver second = handOver(org, "second");
    save(second);

    assertThat(transactions().inTransaction(() -> pending().remove("first"))).isEmpty();
    assertThat(transactions().inTransaction(() -> pending().remove("second"))).contains(second);
  }

  @Test
  void rolledBackRemoveLeavesTheHandOver() {
    PendingHandOver p = handOver(OrganisationId.random(), "kept");
    save(p);

    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      pending().remove("kept");
      throw new IllegalStateException("the confirmation fails after the remove");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(transactions().inTransaction(() -> pending().remove("kept"))).contains(p);
  }
}
