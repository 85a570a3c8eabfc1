/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.account.testkit.AccountFixtures.OTHER_PASSWORD;
import static org.memberportal.account.testkit.AccountFixtures.PASSWORD;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;
import org.slf4j.LoggerFactory;

/** X6: no password, code or hash in a log line, an event, an exception message or a toString. */
class SecretHygieneTests {

  private static final String ADA = "ada@example.org";
  private final AccountWorld world = new AccountWorld();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private Level previous = Level.WARN;

  @BeforeEach
  void captureLogs() {
    previous = root.getLevel();
    root.setLevel(Level.DEBUG);
    logs.start();
    root.addAppender(logs);
  }

  @AfterEach
  void releaseLogs() {
    root.detachAppender(logs);
    root.setLevel(previous);
  }

  @Test
  void noSecretReachesLogsEventsExceptionsOrToString() {
    List<String> texts = new ArrayList<>();
    List<String> secrets = new ArrayList<>(List.of(PASSWORD, OTHER_PASSWORD, "Wrong-Password-1"));

    SignUp signUp = AccountFixtures.signUp(ADA).build();
    texts.add(signUp.toString());
    world.accounts.signUp(signUp, Actor.anonymous());
    Secret code = world.lastCode(ADA, AccountNotifications.VERIFICATION_CODE);
    secrets.add(code.reveal());
    VerifyEmail wrong = VerifyEmail.builder().email(ADA).code(Secret.of("000000")).build();
    texts.add(attempt(() -> world.accounts.verifyEmail(wrong, Actor.anonymous())));
    VerifyEmail verify = VerifyEmail.builder().email(ADA).code(code).build();
    texts.add(verify.toString());
    AccountId id = world.accounts.verifyEmail(verify, Actor.anonymous()).value().id();
    for (int i = 0; i < 5; i++) {
      SignIn bad = SignIn.builder().email(ADA).password(Secret.of("Wrong-Password-1")).build();
      texts.add(bad.toString());
      world.accounts.signIn(bad, Actor.anonymous());
    }
    world.accounts.forgotPassword(ForgotPassword.builder().email(ADA).build(), Actor.anonymous());
    Secret resetCode = world.lastCode(ADA, AccountNotifications.RESET_CODE);
    secrets.add(resetCode.reveal());
    texts.add(attempt(() -> world.accounts.resetPassword(ResetPassword.builder().email(ADA).code(resetCode)
        .password(Secret.of("short")).passwordConfirmation(Secret.of("short")).build(), Actor.anonymous())));
    world.accounts.resetPassword(ResetPassword.builder().email(ADA).code(resetCode)
        .password(Secret.of(OTHER_PASSWORD)).passwordConfirmation(Secret.of(OTHER_PASSWORD)).build(),
        Actor.anonymous());
    world.clock.advance(Duration.ofMinutes(2));
    texts.add(attempt(() -> world.accounts.changePassword(ChangePassword.builder().account(id)
        .currentPassword(Secret.of(PASSWORD)).password(Secret.of(OTHER_PASSWORD))
        .passwordConfirmation(Secret.of(OTHER_PASSWORD)).build(), Actor.account(id))));
    Account account = world.module.store().find(id).orElseThrow();
    secrets.add(account.password().orElseThrow().phc());

    texts.add(account.toString());
    texts.add(account.summary().toString());
    world.events().forEach(e -> texts.add(e.toString()));
    world.host.outbox().entries().stream().map(Outbox.Entry::notification).forEach(n -> texts.add(n.toString()));
    world.module.codes().find(org.memberportal.account.verification.CodeSubject.of("account", id),
        org.memberportal.account.verification.CodePurpose.PASSWORD_RESET).ifPresent(c -> {
          texts.add(c.toString());
          secrets.add(c.digest());
        });
    logs.list.forEach(e -> texts.add(e.getFormattedMessage()));

    assertThat(logs.list).isNotEmpty();
    assertThat(texts).hasSizeGreaterThan(20);
    for (String secret : secrets) {
      assertThat(texts).noneMatch(t -> t.contains(secret));
    }
    // personal data is masked in logs
    assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).noneMatch(m -> m.contains(ADA));
    assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage).anyMatch(m -> m.contains("a***@example.org"));
  }

  private static String attempt(Runnable command) {
    try {
      command.run();
      return "";
    } catch (PortalException e) {
      return e.getMessage() + " " + e.reason() + " " + e;
    }
  }
}
