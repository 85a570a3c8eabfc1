/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.memberportal.account.Acknowledgement;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Secret;

/**
 * Two visitors signing up with one address at the same moment: the loser's store refuses the second account
 * ({@code candidate.email-taken}, a unique constraint on a database), and the loser must still get the uniform
 * answer, or the refusal would tell a visitor that the address has an account. Found by the examples' race suite
 * on PostgreSQL.
 */
class SignUpRaceTests {

  private static final String PASSWORD = "Blue-Heron-42-Lake";
  private static final String EMAIL = "lena.petrova@example.org";

  private static CreateCandidateAccount form() {
    return CreateCandidateAccount.builder().email(EMAIL).firstName("Lena").lastName("Petrova")
        .language(Locale.ENGLISH).relation(StaffRelation.NONE).password(Secret.of(PASSWORD))
        .passwordConfirmation(Secret.of(PASSWORD)).build();
  }

  /** The store as a racing sign-up sees it: its first look-up misses the rival that commits just after. */
  private static CandidateAccounts lookingTooEarly(CandidateAccounts store) {
    AtomicBoolean missed = new AtomicBoolean();
    return new CandidateAccounts() {
      @Override
      public Optional<CandidateAccount> find(CandidateId id) {
        return store.find(id);
      }

      @Override
      public Optional<CandidateAccount> findByEmail(EmailAddress email) {
        return missed.compareAndSet(false, true) ? Optional.empty() : store.findByEmail(email);
      }

      @Override
      public CandidateAccount add(CandidateAccount account) {
        return store.add(account);
      }

      @Override
      public CandidateAccount update(CandidateAccount account) {
        return store.update(account);
      }

      @Override
      public List<CandidateId> inactiveSince(Instant cutoff) {
        return store.inactiveSince(cutoff);
      }

      @Override
      public boolean remove(CandidateId id) {
        return store.remove(id);
      }
    };
  }

  @Test
  void aSignUpThatLosesTheRaceForItsAddressStillGetsTheUniformAnswer() {
    CareersWorld world = new CareersWorld();
    world.careersAccounts.createAccount(form(), Actor.anonymous());
    CareersAccounts racing = CareersAccounts.builder().host(world.kernel.host())
        .accounts(lookingTooEarly(world.accounts)).codes(world.codes).secrets(new RandomSecrets())
        .staff(world.staff).hasher(TestHashing.fast()).build();

    Outcome<Acknowledgement> answer = racing.createAccount(form(), Actor.anonymous());

    assertThat(answer.value()).isInstanceOf(Acknowledgement.class);
    assertThat(answer.events()).singleElement().isInstanceOf(CandidateAccountEvent.DuplicateSignUp.class);
    assertThat(world.accounts.findByEmail(EmailAddress.of(EMAIL))).isPresent();
  }
}
