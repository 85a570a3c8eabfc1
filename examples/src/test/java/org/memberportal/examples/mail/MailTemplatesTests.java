/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;

class MailTemplatesTests {

  private final MailTemplates templates = MailTemplates.standard();

  static Notification welcome(String key, Locale locale, String name) {
    return Notification.builder()
        .idempotencyKey(key)
        .recipient(EmailAddress.of("ada@example.org"))
        .kind("examples.welcome")
        .locale(locale)
        .putParameters("name", name)
        .putParameters("organisation", "Ministère des Postes")
        .build();
  }

  private static Notification code(Locale locale) {
    return Notification.builder()
        .idempotencyKey("code-1")
        .recipient(EmailAddress.of("ada@example.org"))
        .kind("account.verification-code")
        .locale(locale)
        .putParameters("code", "482913")
        .addSecretParameters("code")
        .build();
  }

  @Test
  void englishNotificationIsRenderedFromTheEnglishTemplate() {
    Mail mail = templates.render(welcome("k", Locale.ENGLISH, "Ada"));

    assertThat(mail.subject()).isEqualTo("Welcome to Ministère des Postes, Ada");
    assertThat(mail.text()).isEqualTo("Dear Ada,\n\nYou are now a member of Ministère des Postes.\n");
    assertThat(mail.html()).contains("<p>Dear Ada,</p>", "<em>Ministère des Postes</em>");
  }

  @Test
  void frenchNotificationIsRenderedFromTheFrenchTemplate() {
    Mail mail = templates.render(welcome("k", Locale.CANADA_FRENCH, "Ada"));

    assertThat(mail.subject()).isEqualTo("Bienvenue à Ministère des Postes, Ada");
    assertThat(mail.text()).contains("Vous êtes maintenant membre de Ministère des Postes.");
    assertThat(mail.html()).contains("<p>Chère, cher Ada,</p>");
  }

  @Test
  void parametersAreHtmlEscapedInTheHtmlPartOnly() {
    Mail mail = templates.render(welcome("k", Locale.ENGLISH, "<script>alert('x')</script> & \"co\""));

    assertThat(mail.html()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;")
        .doesNotContain("<script>");
    assertThat(mail.text()).contains("<script>alert('x')</script> & \"co\"");
  }

  @Test
  void lineBreaksInAParameterCannotAddAHeaderToTheSubject() {
    Mail mail = templates.render(welcome("k", Locale.ENGLISH, "Ada\r\nBcc: eve@example.org"));

    assertThat(mail.subject()).isEqualTo("Welcome to Ministère des Postes, Ada Bcc: eve@example.org")
        .doesNotContain("\n", "\r");
  }

  @Test
  void missingFrenchTemplateFailsLoudlyInsteadOfSendingEnglish() {
    assertThat(templates.render(englishOnly(Locale.ENGLISH)).subject()).isEqualTo("English only");
    assertThatThrownBy(() -> templates.render(englishOnly(Locale.FRENCH)))
        .isInstanceOf(MissingTemplate.class)
        .hasMessageContaining("examples.english-only")
        .hasMessageContaining("in fr");
  }

  private static Notification englishOnly(Locale locale) {
    return Notification.builder()
        .idempotencyKey("k")
        .recipient(EmailAddress.of("ada@example.org"))
        .kind("examples.english-only")
        .locale(locale)
        .build();
  }

  @Test
  void unknownKindFailsLoudly() {
    Notification unknown = Notification.builder()
        .idempotencyKey("k")
        .recipient(EmailAddress.of("ada@example.org"))
        .kind("nobody.knows")
        .locale(Locale.ENGLISH)
        .build();

    assertThatThrownBy(() -> templates.render(unknown)).isInstanceOf(MissingTemplate.class);
  }

  @Test
  void parameterMissingFromTheNotificationFailsLoudlyWithoutQuotingValues() {
    Notification noName = Notification.builder()
        .idempotencyKey("k")
        .recipient(EmailAddress.of("ada@example.org"))
        .kind("examples.welcome")
        .locale(Locale.ENGLISH)
        .putParameters("organisation", "Secret Org")
        .build();

    assertThatThrownBy(() -> templates.render(noName))
        .isInstanceOf(MissingTemplate.class)
        .hasMessageContaining("{name}")
        .hasMessageNotContaining("Secret Org");
  }

  @Test
  void verificationCodeIsRenderedInEnglishAndFrench() {
    assertThat(templates.render(code(Locale.ENGLISH)))
        .satisfies(m -> assertThat(m.subject()).isEqualTo("Your verification code"))
        .satisfies(m -> assertThat(m.text()).contains("Your verification code is 482913."))
        .satisfies(m -> assertThat(m.html()).contains("<strong>482913</strong>"));
    assertThat(templates.render(code(Locale.FRENCH)))
        .satisfies(m -> assertThat(m.subject()).isEqualTo("Votre code de vérification"))
        .satisfies(m -> assertThat(m.text()).contains("Votre code de vérification est 482913."))
        .satisfies(m -> assertThat(m.html()).contains("lang=\"fr\"", "<strong>482913</strong>"));
  }

  @Test
  void everyShippedKindHasBothTemplatesInBothLanguages() {
    templates.requireAll(List.of("account.verification-code", "examples.welcome"),
        List.of(Locale.ENGLISH, Locale.FRENCH));

    assertThatThrownBy(() -> templates.requireAll(List.of("examples.english-only"),
        List.of(Locale.ENGLISH, Locale.FRENCH))).isInstanceOf(MissingTemplate.class);
  }
}
