/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.account.testkit.AccountFixtures.OPERATOR;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.memberportal.account.AccountEvent.EmailVerified;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;

/**
 * Random sequences of sign-up, verify, resend, sign-in, forgot/reset, suspend/reactivate, expiry and the passing
 * of time; after every step: one account at most per address, an unverified account never signed in, a used
 * code never worked twice, a locked account never signed in before its time.
 */
class AccountLifecycleProperties {

  private static final String EMAIL = "ada@example.org";

  /** The system under test and what the chain has observed. */
  static final class Journey {
    final AccountWorld world = new AccountWorld();
    String password = AccountFixtures.PASSWORD;
    final Set<String> usedCodes = new HashSet<>();
    int codeMailsSeen;

    Optional<Account> account() {
      return world.module.store().findByEmail(EmailAddress.of(EMAIL));
    }

    Optional<Secret> latest(String kind) {
      List<Notification> mails = world.mails(EMAIL, kind);
      return mails.isEmpty() ? Optional.empty()
          : Optional.of(Secret.of(mails.get(mails.size() - 1).parameters().get(AccountNotifications.CODE)));
    }

    @Override
    public String toString() {
      return "Journey{" + account().map(a -> a.status().toString()).orElse("no account") + "}";
    }
  }

  private static Transformer<Journey> step(String description, java.util.function.Consumer<Journey> body) {
    return Transformer.mutate(description, j -> {
      try {
        body.accept(j);
      } catch (PortalException expected) {
        // refusals are part of the journey; the invariants judge the state
      }
    });
  }

  static final class SignUpAction implements Action.Independent<Journey> {
    @Override
    public Arbitrary<Transformer<Journey>> transformer() {
      return Arbitraries.just(step("sign up", j ->
          j.world.accounts.signUp(AccountFixtures.signUp(EMAIL).password(j.password).build(), Actor.anonymous())));
    }
  }

  static final class VerifyAction implements Action.Dependent<Journey> {
    @Override
    public boolean precondition(Journey j) {
      return j.latest(AccountNotifications.VERIFICATION_CODE).isPresent();
    }

    @Override
    public Arbitrary<Transformer<Journey>> transformer(Journey state) {
      return Arbitraries.of(true, false).map(right -> step(right ? "verify with the latest code" : "verify with a wrong code",
          j -> {
            Secret latest = j.latest(AccountNotifications.VERIFICATION_CODE).orElseThrow();
            Secret code = right ? latest : Secret.of(latest.reveal().equals("000000") ? "000001" : "000000");
            boolean used = j.usedCodes.contains("v" + code.reveal());
            try {
              j.world.accounts.verifyEmail(VerifyEmail.builder().email(EMAIL).code(code).build(), Actor.anonymous());
              assertThat(used).as("a used code worked again").isFalse();
              j.usedCodes.add("v" + code.reveal());
            } catch (PortalException refused) {
              // a refusal is always allowed
            }
          }));
    }
  }

  static final class ResendAction implements Action.Independent<Journey> {
    @Override
    public Arbitrary<Transformer<Journey>> transformer() {
      return Arbitraries.just(step("resend code", j ->
          j.world.accounts.resendCode(ResendCode.builder().email(EMAIL).build(), Actor.anonymous())));
    }
  }

  static final class SignInAction implements Action.Independent<Journey> {
    @Override
    public Arbitrary<Transformer<Journey>> transformer() {
      return Arbitraries.of(true, false).map(right -> step(right ? "sign in" : "sign in with a wrong password", j -> {
        Optional<Account> before = j.account();
        Instant now = j.world.clock.instant();
        SignInResult result = j.world.accounts.signIn(SignIn.builder().email(EMAIL)
            .password(Secret.of(right ? j.password : "Wrong-Password-1")).build(), Actor.anonymous()).value();
        if (result instanceof SignInResult.SignedIn) {
          Account a = before.orElseThrow();
          assertThat(a.status()).as("only an active account signs in").isEqualTo(AccountStatus.ACTIVE);
          assertThat(a.lockout().lockedAt(now)).as("a locked account signed in before its time").isFalse();
        }
      }));
    }
  }

  static final class ForgotAction implements Action.Independent<Journey> {
    @Override
    public Arbitrary<Transformer<Journey>> transformer() {
      return Arbitraries.just(step("forgot password", j ->
          j.world.accounts.forgotPassword(ForgotPassword.builder().email(EMAIL).build(), Actor.anonymous())));
    }
  }

  static final class ResetAction implements Action.Dependent<Journey> {
    @Override
    public boolean precondition(Journey j) {
      return j.latest(AccountNotifications.RESET_CODE).isPresent();
    }

    @Override
    public Arbitrary<Transformer<Journey>> transformer(Journey state) {
      return Arbitraries.of(AccountFixtures.PASSWORD, AccountFixtures.OTHER_PASSWORD).map(next ->
          step("reset password with the latest code", j -> {
            Secret code = j.latest(AccountNotifications.RESET_CODE).orElseThrow();
            boolean used = j.usedCodes.contains("r" + code.reveal());
            try {
              j.world.accounts.resetPassword(ResetPassword.builder().email(EMAIL).code(code)
                  .password(Secret.of(next)).passwordConfirmation(Secret.of(next)).build(), Actor.anonymous());
              assertThat(used).as("a used reset code worked again").isFalse();
              j.usedCodes.add("r" + code.reveal());
              j.password = next;
            } catch (PortalException refused) {
              // a refusal is always allowed
            }
          }));
    }
  }

  static final class OperatorAction implements Action.Dependent<Journey> {
    @Override
    public boolean precondition(Journey j) {
      return j.account().isPresent();
    }

    @Override
    public Arbitrary<Transformer<Journey>> transformer(Journey state) {
      return Arbitraries.of(true, false).map(suspend -> step(suspend ? "operator suspends" : "operator reactivates",
          j -> {
            OperatorDecision d = OperatorDecision.builder().account(j.account().orElseThrow().id()).reason("ticket")
                .build();
            if (suspend) {
              j.world.accounts.suspend(d, OPERATOR);
            } else {
              j.world.accounts.reactivate(d, OPERATOR);
            }
          }));
    }
  }

  static final class TimePasses implements Action.Independent<Journey> {
    @Override
    public Arbitrary<Transformer<Journey>> transformer() {
      return Arbitraries.of(Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(11),
              Duration.ofHours(13), Duration.ofDays(8))
          .map(d -> step("wait " + d, j -> {
            j.world.clock.advance(d);
            j.world.accounts.expireUnverified(Actor.system("tick"));
          }));
    }
  }

  @Provide
  Arbitrary<ActionChain<Journey>> journeys() {
    return ActionChain.<Journey>startWith(Journey::new)
        .withAction(2, new SignUpAction())
        .withAction(3, new VerifyAction())
        .withAction(1, new ResendAction())
        .withAction(4, new SignInAction())
        .withAction(1, new ForgotAction())
        .withAction(2, new ResetAction())
        .withAction(1, new OperatorAction())
        .withAction(2, new TimePasses())
        .withMaxTransformations(25);
  }

  @Property(tries = 60)
  void accountLifecycleKeepsItsInvariants(@ForAll("journeys") ActionChain<Journey> chain) {
    Journey end = chain.withInvariant("at most one account per address, never verified without EmailVerified", j -> {
      assertThat(j.world.module.store().size()).isLessThanOrEqualTo(1);
      j.account().ifPresent(a -> {
        boolean verifiedEvent = j.world.events().stream()
            .anyMatch(e -> e instanceof EmailVerified v && v.account().equals(a.id()));
        assertThat(a.status() == AccountStatus.AWAITING_VERIFICATION).isEqualTo(!verifiedEvent);
        if (a.status() == AccountStatus.AWAITING_VERIFICATION) {
          assertThat(j.world.events()).noneMatch(
              e -> e instanceof AccountEvent.SignInSucceeded s && s.account().equals(a.id()));
        }
      });
    }).run();

    // the chains must reach the interesting states, or the invariants prove little
    boolean signedIn = end.world.events().stream().anyMatch(AccountEvent.SignInSucceeded.class::isInstance);
    Statistics.label("final status").collect(end.account().map(a -> a.status().name()).orElse("none"));
    Statistics.label("signed in").collect(signedIn);
    Statistics.label("final status").coverage(c -> c.check("ACTIVE").count(n -> n > 0));
    Statistics.label("signed in").coverage(c -> c.check(true).count(n -> n > 0));
  }
}
