/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.factor.AuthenticatorKey;
import org.memberportal.account.factor.FactorCode;
import org.memberportal.account.factor.PasswordProof;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.account.factor.Totp;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;

/**
 * The second factor's figures (issue 24, ASVS V6.5): a day of guessing against the throttle, replays of every code
 * accepted, the clock-skew window, and recovery codes used twice. Each figure is a rule checked, not a sample.
 */
class SecondFactorFiguresTests {

  private static final long SEED = 24;
  private static final Duration DAY = Duration.ofHours(24);

  private static final List<String> ROWS = new ArrayList<>();
  private static String guessing = "";

  /** An account with an authenticator app set up, and the app's key. */
  private record Enrolled(AccountWorld world, AccountId account, Actor.AccountHolder holder, SecondFactors factors,
      AuthenticatorKey key, List<Secret> recoveryCodes) {

    static Enrolled fresh() {
      AccountWorld world = new AccountWorld();
      AccountId account = world.activeAccount("ada@example.org");
      Actor.AccountHolder holder = Actor.account(account);
      SecondFactors factors = world.accounts.secondFactors();
      factors.reauthenticate(PasswordProof.builder().account(account).password(Secret.of(AccountFixtures.PASSWORD))
          .build(), holder);
      AuthenticatorKey key = factors.startTotp(account, holder).value();
      List<Secret> codes = factors.confirmTotp(FactorCode.builder().account(account)
          .code(Totp.codeAt(key.key(), world.clock.instant())).build(), holder).value().recoveryCodes();
      world.clock.advance(Duration.ofSeconds(Totp.PERIOD_SECONDS));
      return new Enrolled(world, account, holder, factors, key, codes);
    }

    String code(Duration offset) {
      return Totp.codeAt(key.key(), world.clock.instant().plus(offset)).reveal();
    }

    /** The refusal's reason, or "accepted". */
    String totp(String code) {
      return answer(() -> factors.verifyTotp(FactorCode.builder().account(account).code(Secret.of(code)).build(),
          holder));
    }

    String recovery(Secret code) {
      return answer(() -> factors.useRecoveryCode(FactorCode.builder().account(account).code(code).build(), holder));
    }

    private static String answer(Runnable command) {
      try {
        command.run();
        return "accepted";
      } catch (PortalException e) {
        return e.reason();
      }
    }
  }

  @Test
  void aDayOfGuessingIsThrottledAndOnlyAValidCodeIsEverAccepted() {
    Enrolled e = Enrolled.fresh();
    Random random = new Random(SEED);
    Instant end = e.world().clock.instant().plus(DAY);
    int judged = 0;
    int lockedOut = 0;
    int accepted = 0;
    int valid = 0;
    int rightCodeWhileLocked = 0;
    while (e.world().clock.instant().isBefore(end)) {
      String guess = String.format(Locale.ROOT, "%06d", random.nextInt(1_000_000));
      Set<String> window = Set.of(e.code(Duration.ofSeconds(-30)), e.code(Duration.ZERO), e.code(Duration.ofSeconds(30)));
      String answer = e.totp(guess);
      if (answer.equals(AccountRefusals.FACTOR_LOCKED)) {
        lockedOut++;
        if (lockedOut % 50 == 1) {
          assertThat(e.totp(e.code(Duration.ZERO))).as("the right code while locked")
              .isEqualTo(AccountRefusals.FACTOR_LOCKED);
          rightCodeWhileLocked++;
        }
        e.world().clock.advance(Duration.ofSeconds(20));
        continue;
      }
      judged++;
      valid += window.contains(guess) ? 1 : 0;
      accepted += answer.equals("accepted") ? 1 : 0;
      assertThat(answer).as("a guess is accepted exactly when it is a code of the window")
          .isEqualTo(window.contains(guess) ? "accepted" : AccountRefusals.FACTOR_CODE_REJECTED);
      e.world().clock.advance(Duration.ofSeconds(1));
    }
    assertThat(judged).as("codes judged in a day under the throttle").isBetween(100, 130);
    guessing = String.format(Locale.ROOT, "**A day of guessing** against one account (a random 6-digit code every "
        + "second, every 20 s while locked): **%,d codes judged**, %,d attempts refused unjudged by the lockout "
        + "(the right code among them %d times: refused too), **%d accepted** (%d of the guesses were codes of the "
        + "window). At %d judged codes a day and 3 codes valid at a time, a guesser's chance is about **%.3f %%** a "
        + "day (%d × 3 / 10^6), where one guess a second without a throttle would find a code within 4 days.%n%n", judged,
        lockedOut, rightCodeWhileLocked, accepted, valid, judged, 100.0 * judged * 3 / 1_000_000, judged);
  }

  @Test
  void everyAcceptedCodeIsRefusedWhenReplayedAndOnlyOneStepOfSkewIsAccepted() {
    Enrolled e = Enrolled.fresh();
    int rounds = 200;
    int replays = 0;
    int refused = 0;
    for (int i = 0; i < rounds; i++) {
      String code = e.code(Duration.ZERO);
      String older = e.code(Duration.ofSeconds(-30));
      assertThat(e.totp(code)).isEqualTo("accepted");
      for (String replay : List.of(code, older)) {
        replays++;
        refused += e.totp(replay).equals(AccountRefusals.FACTOR_CODE_REJECTED) ? 1 : 0;
      }
      e.world().clock.advance(Duration.ofSeconds(Totp.PERIOD_SECONDS));
      replays++;
      refused += e.totp(code).equals(AccountRefusals.FACTOR_CODE_REJECTED) ? 1 : 0;
      e.world().clock.advance(Duration.ofSeconds(Totp.PERIOD_SECONDS));
    }
    assertThat(refused).isEqualTo(replays);
    ROWS.add(String.format(Locale.ROOT, "| a code accepted, replayed at once, the step before it, and the same code "
        + "30 s later (%d rounds) | refused | **%d of %d replays refused** |", rounds, refused, replays));

    int skewRounds = 50;
    int[] accepted = new int[5];
    for (int i = 0; i < skewRounds; i++) {
      for (int step = -2; step <= 2; step++) {
        Enrolled f = Enrolled.fresh();
        f.world().clock.advance(Duration.ofMinutes(5));
        accepted[step + 2] += f.totp(f.code(Duration.ofSeconds(30L * step))).equals("accepted") ? 1 : 0;
      }
    }
    assertThat(accepted).containsExactly(0, skewRounds, skewRounds, skewRounds, 0);
    ROWS.add(String.format(Locale.ROOT, "| the code of the step 2 before, 1 before, the current, 1 after, 2 after "
        + "(%d fresh accounts each) | accepted within one step | accepted %d, %d, %d, %d, %d |", skewRounds,
        accepted[0], accepted[1], accepted[2], accepted[3], accepted[4]));
  }

  @Test
  void eachRecoveryCodeOpensOnceAndANewSetRevokesTheOld() {
    Enrolled e = Enrolled.fresh();
    int first = 0;
    int again = 0;
    for (Secret code : e.recoveryCodes()) {
      first += e.recovery(code).equals("accepted") ? 1 : 0;
      again += e.recovery(code).equals(AccountRefusals.FACTOR_CODE_REJECTED) ? 1 : 0;
      e.world().clock.advance(Duration.ofMinutes(1));
    }
    Enrolled f = Enrolled.fresh();
    f.factors().renewRecoveryCodes(f.account(), f.holder());
    int revoked = 0;
    for (Secret code : f.recoveryCodes()) {
      revoked += f.recovery(code).equals(AccountRefusals.FACTOR_CODE_REJECTED) ? 1 : 0;
      f.world().clock.advance(Duration.ofMinutes(30));
    }
    assertThat(first).isEqualTo(10);
    assertThat(again).isEqualTo(10);
    assertThat(revoked).isEqualTo(10);
    ROWS.add(String.format(Locale.ROOT, "| each of the 10 recovery codes used, then used again | opens once | "
        + "**%d accepted, %d of 10 refused the second time**; %d mails `account.recovery-code-used` |", first,
        again, e.world().mails("ada@example.org", "account.recovery-code-used").size()));
    ROWS.add(String.format(Locale.ROOT, "| the 10 codes of a set after a new set was made | revoked | **%d of 10 "
        + "refused** |", revoked));
  }

  @AfterAll
  static void report() {
    StringBuilder md = new StringBuilder("## second factor\n\n")
        .append("The second factor of the accounts (issue 24, ASVS 5.0 V6.5): TOTP (RFC 6238, 6 digits, 30 s, one ")
        .append("step either way), its own lockout (3 free failures, then +60 s a failure up to 15 min, as ")
        .append("sign-in's), replays refused by the last step used, ten single-use recovery codes. In memory, with ")
        .append("the controllable clock; the codes are computed from the key as an authenticator app would.\n\n")
        .append(guessing)
        .append("| case | rule | result |\n|---|---|---|\n");
    ROWS.forEach(r -> md.append(r).append('\n'));
    Report.section("10-second-factor", md.toString());
  }
}
