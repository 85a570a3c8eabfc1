/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Languages;
import org.memberportal.kernel.Notification;

/**
 * The demo's mails in every official language: every template of the English file in each language's file with the
 * same placeholders (no silent fall-back to English), every kind rendered with all its parameters, instants as dates
 * in the reader's language, and a reader outside the language set answered in the fall-back.
 */
class MailTextTests {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
  private static final String INSTANT = "2026-01-05T09:10:00Z";
  private static final Map<String, String> JANUARY_5 = Map.of("en", "January 5, 2026", "fr", "5 janvier 2026",
      "ar", "5 يناير 2026", "zh", "2026年1月5日", "ru", "5 января 2026\u202fг.", "es", "5 de enero de 2026");

  private static Map<String, String> templates(String language) {
    String name = "org/memberportal/examples/journey/mails" + (language.equals("en") ? "" : "_" + language)
        + ".properties";
    try (InputStream in = MailTextTests.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties file = new Properties();
      file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      Map<String, String> out = new TreeMap<>();
      file.forEach((k, v) -> out.put((String) k, (String) v));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TreeSet<String> placeholders(String template) {
    TreeSet<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(template);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void everyLanguageHasEveryTemplateWithTheSamePlaceholders() {
    Map<String, String> english = templates("en");
    for (Locale language : Languages.OFFICIAL.all()) {
      Map<String, String> translated = templates(language.getLanguage());

      assertThat(translated.keySet()).as(language.toString()).containsExactlyElementsOf(english.keySet());
      english.forEach((key, template) -> assertThat(placeholders(translated.get(key))).as(language + " " + key)
          .isEqualTo(placeholders(template)));
    }
  }

  private static Notification sample(String kind, Locale locale) {
    Map<String, String> english = templates("en");
    Notification.Builder b = Notification.builder().idempotencyKey(kind).kind(kind).locale(locale)
        .recipient(EmailAddress.of("ada@example.org"));
    for (String name : placeholders(english.get(kind + ".subject") + english.get(kind + ".body"))) {
      b.putParameters(name, switch (name) {
        case "expiresAt", "lockedUntil", "closesAt" -> INSTANT;
        case "outcome" -> "not-selected";
        default -> "<" + name + ">";
      });
    }
    return b.putParameters("reason", "<reason>").build();
  }

  @Test
  void everyKindRendersInEveryLanguageWithAllItsParameters() {
    MailText mails = new MailText();
    for (String key : templates("en").keySet()) {
      if (!key.endsWith(".subject")) {
        continue;
      }
      String kind = key.substring(0, key.length() - ".subject".length());
      for (Locale language : Languages.OFFICIAL.all()) {
        Notification n = sample(kind, language);
        MailText.Mail mail = mails.render(n);
        String all = mail.subject() + "\n" + String.join("\n", mail.body());

        assertThat(mails.knows(n)).isTrue();
        assertThat(all).as(language + " " + kind).doesNotContainPattern("\\{[A-Za-z]+}").doesNotContain(INSTANT)
            .contains("<reason>").doesNotContain("not-selected");
        n.parameters().forEach((name, value) -> {
          if (value.equals(INSTANT)) {
            assertThat(all).as(language + " " + kind).contains(JANUARY_5.get(language.getLanguage()), "(UTC)");
          } else if (value.startsWith("<") && !name.equals("code")) {
            assertThat(all).as(language + " " + kind + " shows " + name).contains(value);
          }
        });
      }
    }
  }

  @Test
  void aReaderOutsideTheLanguageSetGetsTheFallBackLanguage() {
    MailText mails = new MailText();

    assertThat(mails.render(sample("account.locked", Locale.GERMAN)).subject())
        .isEqualTo(templates("en").get("account.locked.subject"));
    assertThat(mails.render(sample("account.locked", Locale.forLanguageTag("es-AR"))).subject())
        .isEqualTo(templates("es").get("account.locked.subject"));
    assertThat(MailText.language(sample("account.locked", Locale.forLanguageTag("ru-UA")))).isEqualTo(
        Locale.forLanguageTag("ru"));
  }
}
