/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.candidate.CandidateAccountStatus;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.KernelRefusals;
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

  private <T> T run(Supplier<T> work) {
    return transactions().inTransaction(work);
  }

  private CandidateAccount added(CandidateId id, String email, CandidateAccountStatus status) {
    return run(() -> accounts().add(account(id, email, 0, status)));
  }

  @Test
  void addedAccountIsStoredAtVersionOneAndFoundByIdAndByNormalisedAddress() {
    CandidateId id = CandidateId.random();
    CandidateAccount a = account(id, "Ana.Silva@Example.org", 0, CandidateAccountStatus.AWAITING_VERIFICATION);
    CandidateAccount stored = run(() -> accounts().add(a));
    assertThat(stored).isEqualTo(a.withVersion(1));
    assertThat(accounts().find(id)).contains(stored);
    assertThat(accounts().findByEmail(EmailAddress.of("ana.silva@example.org"))).contains(stored);
  }

  @Test
  void secondAccountWithTheSameAddressIsAConflict() {
    added(CandidateId.random(), "ana@example.org", CandidateAccountStatus.AWAITING_VERIFICATION);
    assertThatThrownBy(() -> added(CandidateId.random(), "ANA@example.org",
        CandidateAccountStatus.AWAITING_VERIFICATION))
        .isInstanceOf(Conflict.class).extracting("reason").isEqualTo("candidate.email-taken");
  }

  @Test
  void updateMovesTheVersionOnAndOneBasedOnAStaleVersionIsAConflictThatChangesNothing() {
    CandidateId id = CandidateId.random();
    CandidateAccount read = added(id, "ana@example.org", CandidateAccountStatus.AWAITING_VERIFICATION);
    CandidateAccount active = run(() -> accounts().update(account(id, "ana@example.org", read.version(),
        CandidateAccountStatus.ACTIVE)));
    assertThat(active.version()).isEqualTo(2);
    assertThat(accounts().find(id)).contains(active);
    assertThatThrownBy(() -> run(() -> accounts().update(
        account(id, "ana@example.org", read.version(), CandidateAccountStatus.AWAITING_VERIFICATION))))
        .isInstanceOf(Conflict.class).extracting("reason").isEqualTo(KernelRefusals.STALE_VERSION);
    assertThat(accounts().find(id)).contains(active);
  }

  @Test
  void removedAccountIsGoneByIdAndAddress() {
    CandidateId id = CandidateId.random();
    added(id, "ana@example.org", CandidateAccountStatus.ACTIVE);
    assertThat(run(() -> accounts().remove(id))).isTrue();
    assertThat(accounts().find(id)).isEmpty();
    assertThat(accounts().findByEmail(EmailAddress.of("ana@example.org"))).isEmpty();
  }

  @Test
  void inactiveSinceListsOnlyAccountsLastActiveBeforeTheCutoff() {
    CandidateId old = CandidateId.random();
    CandidateId recent = CandidateId.random();
    added(old, "old@example.org", CandidateAccountStatus.ACTIVE);
    added(recent, "recent@example.org", CandidateAccountStatus.ACTIVE);
    CandidateAccount touched = CandidateAccount.builder().id(recent).email(EmailAddress.of("recent@example.org"))
        .firstName("Ana").lastName("Silva").language(Locale.ENGLISH).relation(StaffRelation.NONE)
        .status(CandidateAccountStatus.ACTIVE).createdAt(MutableClock.START)
        .lastActivity(MutableClock.START.plusSeconds(100)).version(1).build();
    run(() -> accounts().update(touched));

    assertThat(accounts().inactiveSince(MutableClock.START.plusSeconds(100))).contains(old).doesNotContain(recent);
  }

  @Test
  void rolledBackWritesLeaveNoTrace() {
    CandidateId id = CandidateId.random();
    added(id, "ana@example.org", CandidateAccountStatus.AWAITING_VERIFICATION);
    assertThatThrownBy(() -> run(() -> {
      accounts().update(account(id, "ana@example.org", 1, CandidateAccountStatus.ACTIVE));
      accounts().add(account(CandidateId.random(), "other@example.org", 0, CandidateAccountStatus.ACTIVE));
      throw new IllegalStateException("simulated failure");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(accounts().find(id).orElseThrow().status()).isEqualTo(CandidateAccountStatus.AWAITING_VERIFICATION);
    assertThat(accounts().findByEmail(EmailAddress.of("other@example.org"))).isEmpty();
  }
}
