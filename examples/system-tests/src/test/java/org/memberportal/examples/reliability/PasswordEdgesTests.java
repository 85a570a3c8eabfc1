/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignInResult;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.credential.PasswordPolicy;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.account.testkit.PasswordEdges;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.careers.testkit.CandidateSignInTiming;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.ValidationFailed;

/**
 * Passwords at the edges (issue 17, items 3, 4 and 6): the measurements of {@link PasswordEdges}, run again for the
 * report: decorated common passwords refused and random passphrases let through, passwords as typed on other
 * keyboards or not text at all, and the timing of a failed sign-in after a change of hasher.
 */
class PasswordEdgesTests {

  private static final long SEED = 17;
  private static final int ROUNDS = 300;
  private static final PasswordHashing COSTLIER = PasswordHashing.argon2id(256, 1, 1);

  private static PasswordEdges.Refusals variants;
  private static PasswordEdges.Refusals seedPhrases;
  private static PasswordEdges.Refusals nistPhrases;
  private static final List<String> FORMS = new ArrayList<>();
  private static final List<String> TIMINGS = new ArrayList<>();
  private static int formsHeld;
  private static int timingsHeld;

  @Test
  void decoratedCommonPasswordsAreRefusedAndPassphrasesAccepted() {
    variants = PasswordEdges.decoratedCommonPasswords(SEED);
    seedPhrases = PasswordEdges.passphrases(PasswordPolicy.seed(), 10_000, SEED, "-");
    nistPhrases = PasswordEdges.passphrases(PasswordPolicy.nist(), 10_000, SEED, " ");

    assertThat(variants.share()).isGreaterThanOrEqualTo(0.95);
    assertThat(seedPhrases.share()).isLessThan(0.01);
    assertThat(nistPhrases.share()).isLessThan(0.01);
  }

  @Test
  void aPasswordIsThePasswordWhateverTheKeyboardAndNeverAnythingElse() {
    String nfc = "Caf\u00e9-Cr\u00e8me-Sky-42";
    form("typed in NFD after a sign-up in NFC", "signed in", nfc, "Cafe\u0301-Cre\u0300me-Sky-42");
    form("full-width letters and digits", "signed in", nfc, "\uFF23af\u00e9-Cr\u00e8me-Sky-\uFF14\uFF12");
    form("a lone surrogate where the password has `?`", "account.password.ill-formed, no hashing", "Blue-Heron-?-42",
        "Blue-Heron-\uD800-42");
    form("one million characters", "account.password.too-long, no hashing", AccountFixtures.PASSWORD,
        "x".repeat(1_000_000));
    form("129 characters (the maximum is 128)", "account.password.too-long, no hashing", AccountFixtures.PASSWORD,
        "Aa1!" + "x".repeat(125));
  }

  private static void form(String typed, String expected, String chosen, String entered) {
    AccountWorld world = new AccountWorld();
    world.activeAccount(AccountFixtures.signUp("ada@example.org").password(chosen).build());
    world.hasher.reset();
    String answer;
    try {
      SignInResult result = world.accounts.signIn(SignIn.builder().email("ada@example.org")
          .password(Secret.of(entered)).build(), Actor.anonymous()).value();
      answer = result instanceof SignInResult.SignedIn ? "signed in" : "rejected";
    } catch (ValidationFailed e) {
      answer = e.violations().get(0).code()
          + (world.hasher.matchCalls() + world.hasher.hashes() == 0 ? ", no hashing" : "");
    }
    boolean held = answer.equals(expected);
    formsHeld += held ? 1 : 0;
    FORMS.add("| " + typed + " | " + expected + " | " + answer + " |");
    assertThat(answer).as(typed).isEqualTo(expected);
  }

  @Test
  void aFailedSignInCostsTheSameWhateverTheParametersOfTheStoredHash() {
    timing("user accounts", "costlier (m=256 KiB) than the current (m=16 KiB)",
        () -> PasswordEdges.userSignIn(COSTLIER, TestHashing.fast(), true, ROUNDS));
    timing("user accounts", "cheaper (m=16 KiB) than the current (m=256 KiB)",
        () -> PasswordEdges.userSignIn(TestHashing.fast(), COSTLIER, true, ROUNDS));
    timing("user accounts", "costlier, not declared (learnt on first sight)",
        () -> PasswordEdges.userSignIn(COSTLIER, TestHashing.fast(), false, ROUNDS));
    timing("careers accounts", "costlier (m=256 KiB) than the current (m=16 KiB)",
        () -> CandidateSignInTiming.measure(COSTLIER, TestHashing.fast(), ROUNDS));
    timing("careers accounts", "cheaper (m=16 KiB) than the current (m=256 KiB)",
        () -> CandidateSignInTiming.measure(TestHashing.fast(), COSTLIER, ROUNDS));
  }

  private static void timing(String module, String former, Supplier<PasswordEdges.Timing> measure) {
    PasswordEdges.Timing t = measure.get();
    boolean held = t.ratio() >= 0.8 && t.ratio() <= 1.25;
    timingsHeld += held ? 1 : 0;
    TIMINGS.add(String.format(Locale.ROOT, "| %s | %s | %.0f µs | %.0f µs | %.2f |", module, former,
        t.unknownNanos() / 1e3, t.knownNanos() / 1e3, t.ratio()));
    assertThat(t.ratio()).as("%s, former parameters %s", module, former).isBetween(0.8, 1.25);
  }

  @AfterAll
  static void report() {
    StringBuilder md = new StringBuilder("## Passwords at the edges\n\n");
    if (variants != null) {
      md.append("**Common passwords as people write them** (A2, ASVS 5.0 6.2.4). Each of the ")
          .append(String.format(Locale.ROOT, "%,d", PasswordEdges.MOST_COMMON))
          .append(" most common passwords of nbvcxz's list, decorated as people do to meet \"upper, lower, digit, ")
          .append("symbol\": `Password1!`, `Welcome@2024` (a random year), `P@ssw0rd123`, `Dragon!123`, ")
          .append("`2024Summer!`, `#1Football`, `pASSWORD1!`, a counter growing until eight characters; kept ")
          .append("when the seed policy's composition and length rules hold. ")
          .append(String.format(Locale.ROOT, "**%,d variants tried, %,d refused (%.2f %%)**, against at least ",
              variants.tried(), variants.refused(), 100 * variants.share()))
          .append("95 % (the former exact match on the lower-cased list refused none of them).\n\n")
          .append("Random passphrases of four words of the EFF's large list, for a holder named Ada Lovelace, ")
          .append("`ada.lovelace@example.org`, of the International Telecommunication Union (all context): ")
          .append(String.format(Locale.ROOT, "seed policy (first word capitalised, `-` between words, a digit at "
              + "the end): **%,d tried, %,d refused (%.2f %%)**; NIST profile (spaces): **%,d tried, %,d refused "
              + "(%.2f %%)**, against less than 1 %%. ", seedPhrases.tried(), seedPhrases.refused(),
              100 * seedPhrases.share(), nistPhrases.tried(), nistPhrases.refused(), 100 * nistPhrases.share()))
          .append("The refused ones contain a name or a word of the context, e.g. `")
          .append(String.join("`, `", seedPhrases.examples().subList(0, Math.min(4, seedPhrases.examples().size()))))
          .append("`.\n\n");
    }
    md.append("**A password is the password whatever the keyboard** (NIST SP 800-63B-4): sign-in after a sign-up, ")
        .append(String.format("**%d cases, %d held**.%n%n", FORMS.size(), formsHeld))
        .append("| password typed at sign-in | expected | answer |\n|---|---|---|\n");
    FORMS.forEach(r -> md.append(r).append('\n'));
    md.append("\n**Timing says nothing about who has an account, whatever the stored parameters** (A4, ASVS ")
        .append("6.3.8). An account whose hash was made by a former hasher, the service now on another one, a wrong ")
        .append("password for it against one for an unknown address: ")
        .append(String.format("%d rounds interleaved (each call first in every other round, after as many to ", ROUNDS))
        .append("warm up), medians, Argon2id at the test kit's fast parameters (m=16 KiB, t=1) against sixteen ")
        .append("times their memory; the clock moves half a day between rounds so that the account is never ")
        .append("locked. The same measurement on the former `CredentialCheck` (one verification, against the ")
        .append("stored hash or a stand-in with the current parameters) gave 0.24 and 3.55. ")
        .append(String.format("**%d cases, %d held** (0.8 to 1.25).%n%n", TIMINGS.size(), timingsHeld))
        .append("| module | former parameters | unknown address | known, former parameters | ratio |\n")
        .append("|---|---|---|---|---|\n");
    TIMINGS.forEach(r -> md.append(r).append('\n'));
    Report.section("8-passwords", md.toString());
  }
}
