/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.candidate.CandidateAccountStatus;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.testkit.MutableClock;

/**
 * Contract of the {@link CandidateAccounts} port: extend it with a host's implementation and its transactions.
 */
public abstract class CandidateAccountsContract {

  /**
   * The implementation under test, empty.
   *
   * @return the store
   */
  protected abstract CandidateAccounts accounts();

  /**
   * The transactions the store writes in.
   *
   * @return the transactions
   */
  protected abstract Transactions transactions();

  private static CandidateAccount account(CandidateId id, String email, long version, CandidateAccountStatus status) {
    return CandidateAccount.builder().id(id).email(EmailAddress.of(email)).firstName("Ana").lastName("Silva")
        .language(Locale.ENGLISH).relation(StaffRelation.NONE).status(status)
        .password(PasswordHash.of("$argon2id$v=19$m=16,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo"))
        .createdAt(MutableClock.START).version(version).build();
  }

  private void run(Runnable r) {
    transactions().inTransaction(() -> {
      r.run();
      return null;
    });
  }

  @Test
  void addedAccountIsFoundByIdAndByNormalisedAddress() {
    CandidateId id = CandidateId.random();
    CandidateAccount a = account(id, "Ana.Silva@Example.org", 1, CandidateAccountStatus.AWAITING_VERIFICATION);
    run(() -> accounts().add(a));
    assertThat(accounts().find(id)).contains(a);
    assertThat(accounts().findByEmail(EmailAddress.of("ana.silva@example.org"))).contains(a);
  }

  @Test
  void secondAccountWithTheSameAddressIsAConflict() {
    run(() -> accounts().add(account(CandidateId.random(), "ana@example.org", 1,
        CandidateAccountStatus.AWAITING_VERIFICATION)));
    assertThatThrownBy(() -> run(() -> accounts().add(account(CandidateId.random(), "ANA@example.org", 1,
        CandidateAccountStatus.AWAITING_VERIFICATION))))
        .isInstanceOf(Conflict.class).extracting("reason").isEqualTo("candidate.email-taken");
  }

  @Test
  void updateBasedOnAStaleVersionIsAConflict() {
    CandidateId id = CandidateId.random();
    run(() -> accounts().add(account(id, "ana@example.org", 1, CandidateAccountStatus.AWAITING_VERIFICATION)));
    run(() -> accounts().update(account(id, "ana@example.org", 2, CandidateAccountStatus.ACTIVE)));
    assertThatThrownBy(() -> run(() -> accounts().update(
        account(id, "ana@example.org", 2, CandidateAccountStatus.AWAITING_VERIFICATION))))
        .isInstanceOf(Conflict.class).extracting("reason").isEqualTo("candidate.stale-version");
    assertThat(accounts().find(id).orElseThrow().status()).isEqualTo(CandidateAccountStatus.ACTIVE);
  }

  @Test
  void deletedAccountIsGoneByIdAndAddress() {
    CandidateId id = CandidateId.random();
    run(() -> accounts().add(account(id, "ana@example.org", 1, CandidateAccountStatus.ACTIVE)));
    assertThat(transactions().inTransaction(() -> accounts().delete(id))).isTrue();
    assertThat(accounts().find(id)).isEmpty();
    assertThat(accounts().findByEmail(EmailAddress.of("ana@example.org"))).isEmpty();
  }

  @Test
  void inactiveSinceListsOnlyAccountsLastActiveBeforeTheCutoff() {
    CandidateId old = CandidateId.random();
    CandidateId recent = CandidateId.random();
    run(() -> accounts().add(account(old, "old@example.org", 1, CandidateAccountStatus.ACTIVE)));
    run(() -> accounts().add(account(recent, "recent@example.org", 1, CandidateAccountStatus.ACTIVE)));
    CandidateAccount touched = CandidateAccount.builder().id(recent).email(EmailAddress.of("recent@example.org"))
        .firstName("Ana").lastName("Silva").language(Locale.ENGLISH).relation(StaffRelation.NONE)
        .status(CandidateAccountStatus.ACTIVE).createdAt(MutableClock.START)
        .lastActivity(MutableClock.START.plusSeconds(100)).version(2).build();
    run(() -> accounts().update(touched));

    assertThat(accounts().inactiveSince(MutableClock.START.plusSeconds(100))).contains(old).doesNotContain(recent);
  }

  @Test
  void rolledBackWritesLeaveNoTrace() {
    CandidateId id = CandidateId.random();
    run(() -> accounts().add(account(id, "ana@example.org", 1, CandidateAccountStatus.AWAITING_VERIFICATION)));
    assertThatThrownBy(() -> run(() -> {
      accounts().update(account(id, "ana@example.org", 2, CandidateAccountStatus.ACTIVE));
      accounts().add(account(CandidateId.random(), "other@example.org", 1, CandidateAccountStatus.ACTIVE));
      throw new IllegalStateException("simulated failure");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(accounts().find(id).orElseThrow().status()).isEqualTo(CandidateAccountStatus.AWAITING_VERIFICATION);
    assertThat(accounts().findByEmail(EmailAddress.of("other@example.org"))).isEmpty();
  }
}
