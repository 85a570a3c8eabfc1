/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Languages;
import org.memberportal.kernel.Notification;

class MailTemplatesTests {

  /**
   * A host's folder (test resources): its own kinds, layout and sentences over the library's, in a language set of
   * its own: English, French, its pseudo-language and German, for which nobody wrote a file.
   */
  static final MailTemplates HOST = MailTemplates.fromClassPath("org/memberportal/mail/host")
      .speaking(Languages.of("en,fr,qps,de", "en"));

  private final MailTemplates templates = HOST;

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

  private static Notification locked(Locale locale) {
    return Notification.builder()
        .idempotencyKey("locked-1")
        .recipient(EmailAddress.of("ada@example.org"))
        .kind("account.locked")
        .locale(locale)
        .putParameters("firstName", "Ada")
        .putParameters("lockedUntil", "2026-01-05T09:10:00Z")
        .build();
  }

  @Test
  void anInstantIsShownInTheReadersLanguageAndInUtcByDefault() {
    Mail english = MailTemplates.standard().render(locked(Locale.ENGLISH));
    Mail french = MailTemplates.standard().render(locked(Locale.FRENCH));

    // the JDK's CLDR data joins date and time (", ", " at ", " à "...): the test reads the parts
    assertThat(english.text()).contains("locked until January 5, 2026", "9:10", "AM (UTC).");
    assertThat(english.html()).contains("January 5, 2026", "AM (UTC)");
    assertThat(french.text()).contains("verrouillé jusqu'au 5 janvier 2026", "09:10 (UTC).");
    assertThat(french.html()).contains("5 janvier 2026", "09:10 (UTC)");
    for (Mail mail : List.of(english, french)) {
      assertThat(mail.text() + mail.html()).doesNotContain("2026-01-05T09:10:00Z", "T09:10");
    }
  }

  @Test
  void anInstantIsShownInTheZoneTheTemplatesAreGiven() {
    MailTemplates zurich = MailTemplates.standard().inZone(ZoneId.of("Europe/Zurich"));

    assertThat(zurich.render(locked(Locale.ENGLISH)).text()).contains("January 5, 2026", "10:10", "AM (CET).");
    assertThat(zurich.render(locked(Locale.FRENCH)).text()).contains("5 janvier 2026", "10:10 (CET).");
  }

  @Test
  void aValueThatIsNoInstantIsShownAsItIs() {
    Notification notAnInstant = Notification.builder().from(locked(Locale.ENGLISH))
        .putParameters("lockedUntil", "2026-01-05 09:10").build();
    Notification impossible = Notification.builder().from(locked(Locale.ENGLISH))
        .putParameters("lockedUntil", "2026-13-05T09:10:00Z").build();

    assertThat(templates.render(notAnInstant).text()).contains("locked until 2026-01-05 09:10.");
    assertThat(templates.render(impossible).text()).contains("locked until 2026-13-05T09:10:00Z.");
  }

  @Test
  void aHostFolderReplacesTheFilesAndSentencesItHasAndKeepsTheLibrarysOthers() {
    Notification changed = Notification.builder()
        .idempotencyKey("k")
        .recipient(EmailAddress.of("ada@example.org"))
        .kind("account.password-changed")
        .locale(Locale.ENGLISH)
        .putParameters("firstName", "Ada")
        .build();
    Mail library = MailTemplates.standard().render(changed);
    Mail host = HOST.render(changed);

    // the host's sentence for the subject, the library's for the rest
    assertThat(library.subject()).isEqualTo("Your password was changed");
    assertThat(host.subject()).isEqualTo("Example portal: your password was changed");
    assertThat(host.text()).isEqualTo(library.text().replace("\n\nMember Portal\n", "\n"));
    // the host's layout: its skeleton, no signature
    assertThat(library.text()).endsWith("\n\nMember Portal\n");
    assertThat(library.html()).contains("<p>Member Portal</p>");
    assertThat(host.html()).doesNotContain("<p>Member Portal</p>").contains("<p>Hello Ada,</p>");
  }

  @Test
  void aLanguageIsOneFileOfSentences() {
    // the host's folder adds a pseudo-language for one library kind by one file, messages_qps.properties
    Locale pseudo = new Locale("qps");
    Notification changed = Notification.builder()
        .idempotencyKey("k")
        .recipient(EmailAddress.of("ada@example.org"))
        .kind("account.password-changed")
        .locale(pseudo)
        .putParameters("firstName", "Ada")
        .build();

    templates.requireAll(List.of("account.password-changed"), List.of(pseudo));
    assertThat(templates.render(changed).subject()).isEqualTo("[Ŷöûŕ þåššŵöŕð ŵåš çĥåñĝéð]");
    assertThat(templates.render(changed).html()).contains("lang=\"qps\"", "<p>[Ĥéļļö Ada,]</p>");
  }

  @Test
  void aLanguageWithoutItsFileFailsLoudlyInsteadOfSendingEnglish() {
    // German is in the host's language set, but no file of sentences speaks it (Spanish, once the example, has one)
    Notification german = Notification.builder().from(code(Locale.ENGLISH)).locale(Locale.GERMAN).build();

    assertThatThrownBy(() -> templates.render(german))
        .isInstanceOf(MissingTemplate.class)
        .hasMessageContaining("account.verification-code")
        .hasMessageContaining("in de")
        .hasMessageContaining("messages_de.properties");
    assertThatThrownBy(() -> templates.requireAll(List.of("account.verification-code"),
        List.of(Locale.GERMAN))).isInstanceOf(MissingTemplate.class);
    // at start-up, over every language of the set
    assertThatThrownBy(() -> MailTemplates.standard().speaking(Languages.of("en,de", "en"))
        .requireAll(List.of("account.verification-code"))).isInstanceOf(MissingTemplate.class)
        .hasMessageContaining("in de");
  }
}
