/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.account.factor.FactorSteps.reason;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignInResult;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.account.testkit.FakeCeremony;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Assurance;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.ValidationFailed;

/**
 * Passkeys as the library rules them: several per account, named and removable, each ceremony answering a fresh
 * challenge once, the counter moving forward. The signatures are the ceremony port's (FakeCeremony here; the
 * webauthn4j adapter's tests check real ones).
 */
class PasskeyTests {

  private static final String ADA = "ada@example.org";

  private final AccountWorld world = new AccountWorld(b -> b.passkeyCeremony(new FakeCeremony()));
  private final AccountId ada = world.activeAccount(ADA);
  private final Actor.AccountHolder holder = Actor.account(ada);
  private final SecondFactors factors = world.accounts.secondFactors();

  private void reauthenticate() {
    FactorSteps.reauthenticate(factors, ada);
  }

  private PasskeyAttestation attestation(PasskeyOptions options, String name, String credential) {
    return PasskeyAttestation.builder().account(ada).challengeId(options.challengeId()).name(name)
        .clientDataJson(options.challenge()).attestationObject(credential).build();
  }

  private Enrolled register(String name, String credential) {
    reauthenticate();
    return factors.finishPasskeyRegistration(attestation(factors.startPasskeyRegistration(ada, holder).value(), name,
        credential), holder).value();
  }

  private PasskeyAssertion assertion(PasskeyOptions options, String credential, long counter) {
    return PasskeyAssertion.builder().account(ada).challengeId(options.challengeId()).credentialId(credential)
        .clientDataJson(options.challenge()).authenticatorData("data").signature(Long.toString(counter)).build();
  }

  @Test
  void aFirstPasskeyIsAFactorWithRecoveryCodesAndASecondOneComesWithNone() {
    Enrolled laptop = register("laptop", "cred-1");
    Enrolled phone = register("phone", "cred-2");

    assertThat(laptop.recoveryCodes()).hasSize(10);
    assertThat(phone.recoveryCodes()).isEmpty();
    assertThat(factors.status(ada, holder).passkeys()).extracting(FactorStatus.PasskeySummary::name)
        .containsExactly("laptop", "phone");
    assertThat(world.mails(ADA, AccountNotifications.FACTOR_ADDED)).hasSize(2)
        .allMatch(n -> "passkey".equals(n.parameters().get(AccountNotifications.FACTOR)));
    assertThat(factors.startPasskeyRegistration(ada, holder).value().credentials())
        .containsExactly("cred-1", "cred-2");
  }

  @Test
  void aNameIsUniqueAmongTheHoldersPasskeys() {
    register("laptop", "cred-1");

    assertThatThrownBy(() -> register("Laptop", "cred-2")).isInstanceOfSatisfying(Conflict.class,
        e -> assertThat(e.reason()).isEqualTo(AccountRefusals.PASSKEY_TAKEN));
  }

  @Test
  void signingInWithAPasskeyUpgradesTheActorAndTheCounterMustMoveForward() {
    register("laptop", "cred-1");

    assertThat(world.accounts.signIn(SignIn.builder().email(ADA).password(Secret.of(AccountFixtures.PASSWORD))
        .build(), Actor.anonymous()).value())
        .isEqualTo(new SignInResult.SecondFactorRequired(ada, Set.of(FactorKind.PASSKEY, FactorKind.RECOVERY_CODE)));
    PasskeyOptions options = factors.startPasskeySignIn(ada, holder).value();
    assertThat(options.credentials()).containsExactly("cred-1");
    assertThat(factors.finishPasskeySignIn(assertion(options, "cred-1", 5), holder).value().assurance())
        .isEqualTo(Assurance.SECOND_FACTOR);
    PasskeyOptions again = factors.startPasskeySignIn(ada, holder).value();
    assertThat(reason(() -> factors.finishPasskeySignIn(assertion(again, "cred-1", 5), holder)))
        .as("a counter that did not move: a cloned authenticator").isEqualTo(AccountRefusals.PASSKEY_REJECTED);
  }

  @Test
  void aChallengeAnswersOnceOneCeremonyAndOnlyBeforeItExpires() {
    register("laptop", "cred-1");
    PasskeyOptions options = factors.startPasskeySignIn(ada, holder).value();
    factors.finishPasskeySignIn(assertion(options, "cred-1", 1), holder);

    assertThat(reason(() -> factors.finishPasskeySignIn(assertion(options, "cred-1", 2), holder)))
        .isEqualTo(AccountRefusals.PASSKEY_REJECTED);
    PasskeyOptions late = factors.startPasskeySignIn(ada, holder).value();
    world.clock.advance(Duration.ofMinutes(6));
    assertThat(reason(() -> factors.finishPasskeySignIn(assertion(late, "cred-1", 3), holder)))
        .isEqualTo(AccountRefusals.PASSKEY_REJECTED);
    reauthenticate();
    PasskeyOptions registration = factors.startPasskeyRegistration(ada, holder).value();
    assertThat(reason(() -> factors.finishPasskeySignIn(assertion(registration, "cred-1", 4), holder)))
        .as("a registration's challenge").isEqualTo(AccountRefusals.PASSKEY_REJECTED);
  }

  @Test
  void anotherHoldersAnswerNamingTheChallengeIsRefusedAndLeavesItToItsHolder() {
    reauthenticate();
    PasskeyOptions options = factors.startPasskeyRegistration(ada, holder).value();
    AccountId bob = world.activeAccount("bob@example.org");
    Actor.AccountHolder bobHolder = Actor.account(bob);
    FactorSteps.reauthenticate(factors, bob);
    PasskeyAttestation bobs = PasskeyAttestation.builder().account(bob).challengeId(options.challengeId())
        .name("laptop").clientDataJson(options.challenge()).attestationObject("cred-9").build();

    assertThat(reason(() -> factors.finishPasskeyRegistration(bobs, bobHolder)))
        .isEqualTo(AccountRefusals.PASSKEY_REJECTED);
    factors.finishPasskeyRegistration(attestation(options, "laptop", "cred-1"), holder);
    assertThat(factors.status(ada, holder).passkeys()).extracting(FactorStatus.PasskeySummary::name)
        .containsExactly("laptop");
    assertThat(factors.status(bob, bobHolder).enrolled()).isFalse();
  }

  @Test
  void anAnswerThatDoesNotVerifyIsRefusedAndSpendsTheChallenge() {
    reauthenticate();
    PasskeyOptions options = factors.startPasskeyRegistration(ada, holder).value();
    PasskeyAttestation forged = PasskeyAttestation.builder().account(ada).challengeId(options.challengeId())
        .name("laptop").clientDataJson("another challenge").attestationObject("cred-1").build();

    assertThat(reason(() -> factors.finishPasskeyRegistration(forged, holder)))
        .isEqualTo(AccountRefusals.PASSKEY_REJECTED);
    assertThat(reason(() -> factors.finishPasskeyRegistration(attestation(options, "laptop", "cred-1"), holder)))
        .isEqualTo(AccountRefusals.PASSKEY_REJECTED);
    assertThat(factors.status(ada, holder).enrolled()).isFalse();
  }

  @Test
  void removingAPasskeyNeedsAReauthenticationAndTheLastFactorTakesTheRecoveryCodes() {
    register("laptop", "cred-1");
    PasskeyId laptop = factors.status(ada, holder).passkeys().get(0).id();
    world.clock.advance(Duration.ofMinutes(11));
    PasskeyRemoval removal = PasskeyRemoval.builder().account(ada).passkey(laptop).build();

    assertThat(reason(() -> factors.removePasskey(removal, holder)))
        .isEqualTo(AccountRefusals.REAUTHENTICATION_REQUIRED);
    reauthenticate();
    assertThat(factors.removePasskey(removal, holder).value()).isEqualTo(new FactorStatus(false, 0, List.of()));
    assertThat(world.mails(ADA, AccountNotifications.FACTOR_REMOVED)).hasSize(1);
    assertThat(factors.factorsOf(ada)).isEmpty();
  }

  private PasskeyRename rename(PasskeyId passkey, String name) {
    return PasskeyRename.builder().account(ada).passkey(passkey).name(name).build();
  }

  private PasskeyId passkey(int index) {
    return factors.status(ada, holder).passkeys().get(index).id();
  }

  @Test
  void aRenameNeedsNoReauthenticationIsAuditedAndMailsNothing() {
    register("laptop", "cred-1");
    world.clock.advance(Duration.ofMinutes(11));

    FactorStatus status = factors.renamePasskey(rename(passkey(0), "  work laptop "), holder).value();

    assertThat(status.passkeys()).extracting(FactorStatus.PasskeySummary::name).containsExactly("work laptop");
    assertThat(world.events()).last().isInstanceOfSatisfying(FactorEvent.PasskeyRenamed.class,
        e -> assertThat(e.passkey()).isEqualTo(passkey(0)));
    assertThat(world.mails(ADA, AccountNotifications.FACTOR_ADDED)).hasSize(1);
    assertThat(world.mails(ADA, AccountNotifications.FACTOR_REMOVED)).isEmpty();
    assertThat(factors.startPasskeySignIn(ada, holder).value().credentials()).containsExactly("cred-1");
  }

  @Test
  void aNewNameIsUniqueAmongTheHoldersPasskeysWhateverTheCaseButMayBeItsOwn() {
    register("laptop", "cred-1");
    register("phone", "cred-2");

    assertThatThrownBy(() -> factors.renamePasskey(rename(passkey(1), "LAPTOP"), holder))
        .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.reason()).isEqualTo(AccountRefusals.PASSKEY_TAKEN));
    assertThat(factors.renamePasskey(rename(passkey(0), "Laptop"), holder).value().passkeys())
        .extracting(FactorStatus.PasskeySummary::name).containsExactly("Laptop", "phone");
    assertThat(factors.renamePasskey(rename(passkey(0), "Laptop"), holder).value().passkeys())
        .extracting(FactorStatus.PasskeySummary::name).containsExactly("Laptop", "phone");
  }

  @Test
  void aNewNameHasTheRulesAndCodesOfTheNameGivenAtRegistration() {
    register("laptop", "cred-1");
    reauthenticate();
    PasskeyOptions options = factors.startPasskeyRegistration(ada, holder).value();

    for (String bad : List.of(" ", "x".repeat(61), "lap\u0000top")) {
      ValidationFailed atRegistration = catchThrowableOfType(ValidationFailed.class,
          () -> factors.finishPasskeyRegistration(attestation(options, bad, "cred-2"), holder));
      assertThat(catchThrowableOfType(ValidationFailed.class,
          () -> factors.renamePasskey(rename(passkey(0), bad), holder)).violations())
          .as(bad).isNotEmpty().isEqualTo(atRegistration.violations());
    }
    assertThat(factors.status(ada, holder).passkeys()).extracting(FactorStatus.PasskeySummary::name)
        .containsExactly("laptop");
  }

  @Test
  void onlyTheHolderRenamesAndOnlyTheirOwnPasskeys() {
    register("laptop", "cred-1");
    AccountId bob = world.activeAccount("bob@example.org");
    Actor.AccountHolder bobHolder = Actor.account(bob);
    PasskeyRename adasOwn = rename(passkey(0), "mine now");

    assertThat(reason(() -> factors.renamePasskey(adasOwn, bobHolder))).isEqualTo(AccountRefusals.NOT_ALLOWED);
    assertThat(reason(() -> factors.renamePasskey(adasOwn, Actor.anonymous())))
        .isEqualTo(AccountRefusals.NOT_ALLOWED);
    assertThat(reason(() -> factors.renamePasskey(PasskeyRename.builder().account(bob).passkey(passkey(0))
        .name("mine now").build(), bobHolder))).isEqualTo(AccountRefusals.PASSKEY_NOT_FOUND);
    assertThat(reason(() -> factors.renamePasskey(rename(PasskeyId.random(), "mine now"), holder)))
        .isEqualTo(AccountRefusals.PASSKEY_NOT_FOUND);
    assertThat(factors.status(ada, holder).passkeys()).extracting(FactorStatus.PasskeySummary::name)
        .containsExactly("laptop");
  }

  @Test
  void withoutAWebAuthnAdapterEveryPasskeyIsRefused() {
    AccountWorld plain = new AccountWorld();
    AccountId grace = plain.activeAccount("grace@example.org");
    SecondFactors theirs = plain.accounts.secondFactors();
    theirs.reauthenticate(PasswordProof.builder().account(grace).password(Secret.of(AccountFixtures.PASSWORD))
        .build(), Actor.account(grace));
    PasskeyOptions options = theirs.startPasskeyRegistration(grace, Actor.account(grace)).value();

    assertThat(reason(() -> theirs.finishPasskeyRegistration(PasskeyAttestation.builder().account(grace)
        .challengeId(options.challengeId()).name("laptop").clientDataJson(options.challenge())
        .attestationObject("cred").build(), Actor.account(grace)))).isEqualTo(AccountRefusals.PASSKEY_REJECTED);
  }
}
