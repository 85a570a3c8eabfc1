/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.ForgotPassword;
import org.memberportal.account.OperatorDecision;
import org.memberportal.account.SignIn;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Secret;

/**
 * Enumeration: for sign-in (with a wrong password), sign-up and forgot-password, an address with an account in any
 * state answers like an address without one: same result type and value, no exception either way, and the same
 * number of calls to the password hasher (the {@code PasswordHasher} port wrapped to count).
 */
class EnumerationTests {

  private static final List<String> ROWS = new ArrayList<>();
  private static int comparisons;

  /** The states an existing address can be in, each made on a fresh portal. */
  private static Map<String, Function<Portal, String>> states() {
    Map<String, Function<Portal, String>> states = new LinkedHashMap<>();
    states.put("active", p -> p.activeAccount("active").email().display());
    states.put("awaiting verification", p -> p.unverifiedAccount("unverified").email().display());
    states.put("suspended", p -> {
      AccountSummary a = p.activeAccount("suspended");
      p.accounts.suspend(OperatorDecision.builder().account(a.id()).reason("r").build(), p.operator);
      return a.email().display();
    });
    states.put("closed", p -> {
      AccountSummary a = p.activeAccount("closed");
      p.accounts.close(OperatorDecision.builder().account(a.id()).reason("r").build(), p.operator);
      return a.email().display();
    });
    states.put("locked out", p -> {
      String email = p.activeAccount("locked").email().display();
      for (int i = 0; i < 6; i++) {
        p.accounts.signIn(SignIn.builder().email(email).password(Secret.of("Wrong-Password-1")).build(),
            Actor.anonymous());
      }
      return email;
    });
    states.put("migrated (reset required)", p -> p.accounts.importAccount(
        AccountFixtures.importAccount(Portal.uniqueEmail("migrated")), p.operator).value().email().display());
    return states;
  }

  /** What a visitor and a timing attacker can observe of one call. */
  record Observed(String shape, int hashes, int matches) {
    String type() {
      return shape.startsWith("threw") ? shape : shape.substring(0, Math.max(0, shape.indexOf('[')));
    }
  }

  private static Observed observe(Portal portal, java.util.function.Supplier<Outcome<?>> call) {
    portal.hasher.reset();
    Portal.Attempt<Object> attempt = portal.attempt("enumeration probe", () -> call.get());
    String shape = attempt.succeeded()
        ? ((Outcome<?>) attempt.value().orElseThrow()).value().toString()
        : "threw " + attempt.failure().orElseThrow().code();
    return new Observed(shape, portal.hasher.hashes(), portal.hasher.matchCalls());
  }

  private static void compare(String operation, java.util.function.BiFunction<Portal, String, Outcome<?>> call,
      List<String> documentedExceptions) {
    for (Map.Entry<String, Function<Portal, String>> state : states().entrySet()) {
      Portal portal = new Portal();
      String existing = state.getValue().apply(portal);
      portal.clock.advance(Duration.ofHours(1));
      Observed known = observe(portal, () -> call.apply(portal, existing));
      Observed unknown = observe(portal, () -> call.apply(portal, Portal.uniqueEmail("nobody")));
      comparisons++;
      boolean same = known.equals(unknown);
      ROWS.add("| " + operation + " | " + state.getKey() + " | " + known.type() + ", " + known.hashes()
          + " hash / " + known.matches() + " match | " + unknown.type() + ", " + unknown.hashes() + " hash / "
          + unknown.matches() + " match | " + (same ? "same" : "differs (documented: A6)") + " |");
      if (documentedExceptions.contains(state.getKey())) {
        assertThat(known.hashes() + known.matches()).as("%s, %s: same hasher work", operation, state.getKey())
            .isEqualTo(unknown.hashes() + unknown.matches());
      } else {
        assertThat(known).as("%s for a %s account vs an unknown address", operation, state.getKey())
            .isEqualTo(unknown);
      }
    }
  }

  @Test
  void signInWithAWrongPasswordAnswersAlikeForKnownAndUnknownAddresses() {
    // A6: a migrated account answers "reset required", as the seed asks; the hasher work is still the same
    compare("sign in (wrong password)", (p, email) -> p.accounts.signIn(SignIn.builder().email(email)
        .password(Secret.of("Not-The-Password-9")).build(), Actor.anonymous()), List.of("migrated (reset required)"));
  }

  @Test
  void signUpAnswersAlikeForTakenAndFreeAddresses() {
    compare("sign up", (p, email) -> p.accounts.signUp(p.signUpForm(email, Portal.newPassword()),
        Actor.anonymous()), List.of());
  }

  @Test
  void forgotPasswordAnswersAlikeForKnownAndUnknownAddresses() {
    compare("forgot password", (p, email) -> p.accounts.forgotPassword(ForgotPassword.builder().email(email)
        .build(), Actor.anonymous()), List.of());
  }

  @AfterAll
  static void report() {
    StringBuilder md = new StringBuilder("## Enumeration\n\n")
        .append("Sign-in (with a wrong password), sign-up and forgot-password, for an address that has an account ")
        .append("in each state and for an unknown address, on the same portal at the same instant. Compared: the ")
        .append("value returned (type and content; the events differ, they are the host's audit, never shown to ")
        .append("the visitor) and the calls to the `PasswordHasher` port (wrapped to count `hash` and `matches`). ")
        .append(String.format("**%d comparisons.**%n%n", comparisons))
        .append("Answers are compared in full (e.g. the acknowledgement's instant); the table shows their type.\n\n")
        .append("| operation | existing account | answer, hasher calls | unknown address | verdict |\n")
        .append("|---|---|---|---|---|\n");
    ROWS.stream().sorted().forEach(r -> md.append(r).append('\n'));
    md.append("\nHeld: the same answer and the same hasher work everywhere, except the one the seed asks for: ")
        .append("signing in to a migrated account answers \"password reset required\" (A6), which tells a visitor ")
        .append("that a migrated account has this address; its hasher work is still the same.\n");
    Report.section("7-enumeration", md.toString());
    assertThat(Evidence.hits()).isEmpty();
  }
}
