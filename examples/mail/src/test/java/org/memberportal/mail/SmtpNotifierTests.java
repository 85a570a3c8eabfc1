/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.mail.MailTemplatesTests.welcome;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;

class SmtpNotifierTests {

  private final Smtp smtp = Smtp.start();
  private final SmtpNotifier notifier = smtp.notifier();

  @AfterEach
  void stop() {
    smtp.close();
  }

  @Test
  void englishAndFrenchNotificationsArriveWithTheirSubjectsAndBothParts() {
    notifier.send(welcome("welcome-en", Locale.ENGLISH, "Ada <Lovelace>"));
    notifier.send(welcome("welcome-fr", Locale.FRENCH, "Marie"));

    assertThat(smtp.received()).hasSize(2);
    assertThat(smtp.received().get(0)).satisfies(m -> {
      assertThat(m.to()).isEqualTo("ada@example.org");
      assertThat(m.subject()).isEqualTo("Welcome to Ministère des Postes, Ada <Lovelace>");
      assertThat(m.language()).isEqualTo("en");
      assertThat(m.text()).contains("Dear Ada <Lovelace>,");
      assertThat(m.html()).contains("<p>Dear Ada &lt;Lovelace&gt;,</p>");
    });
    assertThat(smtp.received().get(1)).satisfies(m -> {
      assertThat(m.subject()).isEqualTo("Bienvenue à Ministère des Postes, Marie");
      assertThat(m.language()).isEqualTo("fr");
      assertThat(m.text()).contains("Vous êtes maintenant membre de Ministère des Postes.");
      assertThat(m.html()).contains("<p>Chère, cher Marie,</p>");
    });
  }

  @Test
  void messageIdIsDerivedFromTheIdempotencyKeyOnly() {
    Notification n = welcome("affiliation.approved:4f1c/é", Locale.ENGLISH, "Ada");
    notifier.send(n);

    String expected = "<affiliation%2Eapproved%3A4f1c%2F%C3%A9@portal.example>";
    assertThat(notifier.messageId(n)).isEqualTo(expected);
    assertThat(smtp.notifier().messageId(n)).isEqualTo(expected);
    assertThat(smtp.received()).singleElement().satisfies(m -> assertThat(m.messageId()).isEqualTo(expected));
  }

  @Test
  void secondSendWithTheSameKeyIsDropped() {
    notifier.send(welcome("once", Locale.ENGLISH, "Ada"));
    notifier.send(welcome("once", Locale.ENGLISH, "Ada"));

    assertThat(smtp.received()).hasSize(1);
  }

  @Test
  void theMailsShowTimesInTheNotifiersZone() {
    Notification locked = Notification.builder()
        .idempotencyKey("locked-1")
        .recipient(EmailAddress.of("ada@example.org"))
        .kind("account.locked")
        .locale(Locale.FRENCH)
        .putParameters("firstName", "Zoé")
        .putParameters("lockedUntil", "2026-01-05T09:10:00Z")
        .build();
    smtp.notifier(ZoneId.of("Europe/Paris")).send(locked);

    assertThat(smtp.received()).singleElement().satisfies(m -> {
      // the JDK's CLDR data joins date and time (a space, or " à " in newer data)
      assertThat(m.text()).contains("verrouillé jusqu'au 5 janvier 2026", "10:10 (CET).");
      assertThat(m.html()).contains("5 janvier 2026 10:10 (CET)").doesNotContain("2026-01-05T09:10:00Z");
    });
  }

  @Test
  void secretParameterReachesTheMailButNotTheFailure() {
    Notification code = Notification.builder()
        .idempotencyKey("code-1")
        .recipient(EmailAddress.of("ada@example.org"))
        .kind("account.verification-code")
        .locale(Locale.FRENCH)
        .putParameters("code", "482913")
        .addSecretParameters("code")
        .build();
    notifier.send(code);
    smtp.kill();

    assertThat(smtp.received()).singleElement().satisfies(m -> {
      assertThat(m.subject()).isEqualTo("Votre code de vérification");
      assertThat(m.text()).contains("482913");
    });
    Notification again = Notification.builder()
        .idempotencyKey("code-2")
        .recipient(EmailAddress.of("ada@example.org"))
        .kind("account.verification-code")
        .locale(Locale.ENGLISH)
        .putParameters("code", "777111")
        .addSecretParameters("code")
        .build();
    assertThatThrownBy(() -> notifier.send(again))
        .isInstanceOf(MailFailure.class)
        .hasMessageContaining("code-2")
        .hasMessageNotContaining("777111")
        .hasMessageNotContaining("ada@example.org");
    smtp.restart();
  }
}
