/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.text.MessagePattern;
import jakarta.mail.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Languages;
import org.memberportal.kernel.Notification;

/**
 * The mails in the six official languages: every sentence in every language with the English one's arguments,
 * plural forms chosen by the language's rules, numbers and dates written for the language in the recipient's zone,
 * Arabic right to left with its values as islands, and a recipient outside the language set answered in its
 * fall-back.
 */
class MailLanguagesTests {

  private static final Instant NOW = Instant.parse("2026-01-02T12:00:00Z");
  private static final MailTemplates TEMPLATES =
      MailTemplates.standard().withClock(Clock.fixed(NOW, ZoneOffset.UTC));

  private static Map<String, String> sentences(String language) {
    String name = MailTemplates.DEFAULT_FOLDER + "/messages_" + language + ".properties";
    try (InputStream in = MailLanguagesTests.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties file = new Properties();
      file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new LinkedHashMap<>();
      file.forEach((k, v) -> out.put((String) k, (String) v));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The names of a sentence's arguments. */
  private static TreeSet<String> arguments(String sentence) {
    MessagePattern pattern = new MessagePattern(sentence);
    TreeSet<String> names = new TreeSet<>();
    for (int i = 0; i < pattern.countParts(); i++) {
      if (pattern.getPart(i).getType() == MessagePattern.Part.Type.ARG_NAME) {
        names.add(pattern.getSubstring(pattern.getPart(i)));
      }
    }
    return names;
  }

  @Test
  void everyLanguageHasEverySentenceOfTheEnglishFileWithTheSameArguments() {
    Map<String, String> english = sentences("en");
    for (Locale language : Languages.OFFICIAL.all()) {
      Map<String, String> translated = sentences(language.getLanguage());

      assertThat(translated.keySet()).as(language + " keys").containsExactlyInAnyOrderElementsOf(english.keySet());
      english.forEach((key, sentence) -> assertThat(arguments(translated.get(key)))
          .as(language + " " + key).isEqualTo(arguments(sentence)));
    }
  }

  private static Notification jobAlert(Locale locale, Instant closesAt) {
    return Notification.builder().idempotencyKey("alert").kind(JobAlerts.KIND).locale(locale)
        .recipient(EmailAddress.of("ada@example.org")).putParameters("vacancy", "v1").putParameters("alert", "a1")
        .putParameters("reference", "VN-2026-001").putParameters("title", "Engineer")
        .putParameters("closesAt", closesAt.toString()).build();
  }

  private static String closingIn(String language, long days) {
    return TEMPLATES.render(jobAlert(Locale.forLanguageTag(language), NOW.plus(Duration.ofDays(days)))).text();
  }

  @ParameterizedTest(name = "{0} days: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      0   | أي اليوم
      1   | أي بعد يوم واحد
      2   | أي بعد يومين
      3   | أي بعد 3 أيام
      10  | أي بعد 10 أيام
      11  | أي بعد 11 يومًا
      99  | أي بعد 99 يومًا
      100 | أي بعد 100 يوم
      102 | أي بعد 102 يوم
      111 | أي بعد 111 يومًا
      """)
  void arabicCountsDaysWithItsSixPluralForms(long days, String expected) {
    assertThat(closingIn("ar", days)).contains(expected + ".");
  }

  @ParameterizedTest(name = "{0}, {1} days: {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      ru | 0  | то есть сегодня.
      ru | 1  | то есть через 1 день.
      ru | 2  | то есть через 2 дня.
      ru | 5  | то есть через 5 дней.
      ru | 11 | то есть через 11 дней.
      ru | 21 | то есть через 21 день.
      en | 0  | , today.
      en | 1  | , in 1 day.
      en | 3  | , in 3 days.
      fr | 0  | , soit aujourd'hui.
      fr | 1  | , soit dans 1 jour.
      fr | 3  | , soit dans 3 jours.
      es | 1  | es decir, dentro de 1 día.
      es | 3  | es decir, dentro de 3 días.
      zh | 0  | 即今天截止。
      zh | 3  | 距截止还有 3 天。
      """)
  void theOtherLanguagesCountDaysWithTheirOwnPluralForms(String language, long days, String expected) {
    assertThat(closingIn(language, days)).contains(expected);
  }

  @Test
  void countsAreWrittenWithTheLanguagesDigitGrouping() {
    assertThat(closingIn("en", 1234)).contains("in 1,234 days.");
    assertThat(closingIn("ru", 1234)).contains("через 1\u00a0234 дня.");
    assertThat(closingIn("fr", 1234)).contains("dans 1\u202f234 jours.");
  }

  @Test
  void daysAreCountedInTheMailsZoneFromTheRenderingDay() {
    Instant lateOnTheFifth = Instant.parse("2026-01-05T23:30:00Z");
    Notification utc = jobAlert(Locale.ENGLISH, lateOnTheFifth);
    Notification tokyo = Notification.builder().from(utc).putParameters(MailTemplates.TIME_ZONE, "Asia/Tokyo").build();

    // January 5 in UTC, January 6 in Tokyo; from January 2 (12:00 UTC, 21:00 in Tokyo)
    assertThat(TEMPLATES.render(utc).text()).contains("January 5, 2026", "(UTC), in 3 days.");
    assertThat(TEMPLATES.render(tokyo).text()).contains("January 6, 2026", "(JST), in 4 days.");
    // a day already past counts as today, never as a negative number
    assertThat(closingIn("en", -3)).contains(", today.");
  }

  private static Notification locked(Locale locale) {
    return Notification.builder().idempotencyKey("locked").kind("account.locked").locale(locale)
        .recipient(EmailAddress.of("ada@example.org")).putParameters("firstName", "Ada")
        .putParameters("lockedUntil", "2026-01-05T09:10:00Z").build();
  }

  @Test
  void aDateIsShownInTheRecipientsZoneWhenTheNotificationNamesIt() {
    MailTemplates zurich = TEMPLATES.inZone(ZoneId.of("Europe/Zurich"));
    Notification shanghai = Notification.builder().from(locked(Locale.CHINESE))
        .putParameters(MailTemplates.TIME_ZONE, "Asia/Shanghai").build();
    Notification nowhere = Notification.builder().from(locked(Locale.ENGLISH))
        .putParameters(MailTemplates.TIME_ZONE, "Mars/Olympus_Mons").build();

    assertThat(zurich.render(shanghai).text()).contains("锁定至2026年1月5日 17:10 (CST)。")
        .doesNotContain("2026-01-05T09:10:00Z");
    assertThat(zurich.render(locked(Locale.CHINESE)).text()).contains("2026年1月5日 10:10 (CET)");
    // a zone id that is no zone: the host's zone, as for a notification that names none
    assertThat(zurich.render(nowhere).text()).contains("January 5, 2026", "10:10", "AM (CET).");
  }

  @Test
  void datesAreWrittenInEachLanguage() {
    assertThat(TEMPLATES.render(locked(Locale.forLanguageTag("ar"))).text()).contains("5 يناير 2026", "9:10 ص");
    assertThat(TEMPLATES.render(locked(Locale.forLanguageTag("ru"))).text())
        .contains("заблокирована до 5 января 2026\u202fг. 09:10 (UTC).");
    assertThat(TEMPLATES.render(locked(Locale.forLanguageTag("es"))).text())
        .contains("bloqueada hasta el 5 de enero de 2026 9:10 (UTC).");
  }

  private static Notification code(Locale locale) {
    return Notification.builder().idempotencyKey("code").kind("account.verification-code").locale(locale)
        .recipient(EmailAddress.of("ada@example.org")).putParameters("firstName", "ليلى")
        .putParameters("code", "482913").putParameters("expiresAt", "2026-01-05T09:10:00Z")
        .addSecretParameters("code").build();
  }

  @Test
  void arabicMailsAreRightToLeftWithCodesAndAddressesAsLeftToRightIslands() {
    Mail arabic = TEMPLATES.render(code(Locale.forLanguageTag("ar-EG")));
    Notification request = Notification.builder().idempotencyKey("r").kind("affiliation.requested")
        .locale(Locale.forLanguageTag("ar")).recipient(EmailAddress.of("fp@example.org"))
        .putParameters("requesterName", "ليلى حداد").putParameters("organisationName", "ops@example.org")
        .putParameters("affiliationId", "AFF-17").build();
    Mail requested = TEMPLATES.render(request);

    assertThat(arabic.subject()).isEqualTo("رمز التحقق الخاص بك");
    assertThat(arabic.html()).contains("<html lang=\"ar\" dir=\"rtl\">", "<body dir=\"rtl\">",
        "<strong><span dir=\"ltr\">482913</span></strong>", "<p>مرحبًا <span dir=\"rtl\">ليلى</span>،</p>");
    assertThat(arabic.text()).contains("رمز التحقق الخاص بك هو \u2066482913\u2069.", "مرحبًا \u2067ليلى\u2069،");
    assertThat(requested.html()).contains("<span dir=\"rtl\">ليلى حداد</span>",
        "<span dir=\"ltr\">ops@example.org</span>", "<span dir=\"ltr\">AFF-17</span>");
    assertThat(requested.subject()).isEqualTo("طلب انتساب جديد إلى \u2066ops@example.org\u2069");
    // left-to-right languages get neither islands nor isolates
    Mail english = TEMPLATES.render(code(Locale.ENGLISH));
    assertThat(english.html()).contains("dir=\"ltr\"", "<strong>482913</strong>").doesNotContain("<span");
    assertThat(english.text()).doesNotContain("\u2066", "\u2067", "\u2069");
  }

  @Test
  void aRecipientOutsideTheLanguageSetGetsTheFallBackLanguage() throws Exception {
    Mail german = TEMPLATES.render(code(Locale.GERMAN));
    Mail swissFrench = TEMPLATES.render(code(Locale.forLanguageTag("fr-CH")));
    Mail traditionalChinese = TEMPLATES.render(code(Locale.forLanguageTag("zh-Hant-TW")));
    MailTemplates frenchFirst = TEMPLATES.speaking(Languages.of("en,fr", "fr"));

    assertThat(german.language()).isEqualTo(Locale.ENGLISH);
    assertThat(german.subject()).isEqualTo("Your verification code");
    assertThat(german.html()).contains("lang=\"en\"");
    assertThat(swissFrench.language()).isEqualTo(Locale.FRENCH);
    assertThat(swissFrench.subject()).isEqualTo("Votre code de vérification");
    assertThat(traditionalChinese.subject()).isEqualTo("您的验证码");
    // a host's own set and fall-back: Spanish is not spoken there, so French is written
    assertThat(frenchFirst.language(Locale.forLanguageTag("es-MX"))).isEqualTo(Locale.FRENCH);
    assertThat(frenchFirst.render(code(Locale.forLanguageTag("es-MX"))).subject())
        .isEqualTo("Votre code de vérification");
    // the message says which language it is written in, not the one asked for
    MimeMails mails = MimeMails.of(Session.getInstance(new Properties()), "no-reply@example.org", "example.org");
    assertThat(mails.message(code(Locale.GERMAN), german).getHeader("Content-Language", null)).isEqualTo("en");
  }

  private static Notification count(String value) {
    return Notification.builder().idempotencyKey("c").kind("examples.count").locale(Locale.ENGLISH)
        .recipient(EmailAddress.of("ada@example.org")).putParameters("count", value).build();
  }

  @Test
  void aCountedParameterSentAsTextIsReadAsANumber() {
    assertThat(MailTemplatesTests.HOST.render(count("1")).subject()).isEqualTo("1 new request");
    assertThat(MailTemplatesTests.HOST.render(count("1200")).text()).contains("You have 1,200 new requests to review.");
    assertThatThrownBy(() -> MailTemplatesTests.HOST.render(count("three")))
        .isInstanceOf(MissingTemplate.class).hasMessageContaining("number in parameter {count}")
        .hasMessageNotContaining("three");
  }
}
