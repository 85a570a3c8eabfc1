/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Validation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The language a request is answered in is one of the library's set, over real HTTP: the API's problem details in
 * Arabic for an Arabic reader, the first language of {@code Accept-Language} the set speaks, a language outside
 * the set answered in the fall-back (English), and a page's {@code ?lang=} remembered in the
 * {@code portal-language} cookie, with the page's direction.
 */
class LanguageTests extends PortalTest {

  @Autowired
  MessageSource messages;

  @Test
  void theProblemDetailsOfAnArabicReaderAreInArabic() {
    Client visitor = client();
    visitor.language = "ar";
    Client.Answer answer = visitor.post("/test/strict-builder", Map.of("entry", "00000000-0000-0000-0000-000000000001"));
    assertThat(answer.status()).as(answer.text()).isEqualTo(422);
    assertThat(answer.json().get("title").asString()).isEqualTo("بعض البيانات غير صالحة");
    assertThat(answer.json().get("violations").get(0).get("message").asString()).isEqualTo("مطلوب");

    Client.Answer refused = visitor.get("/api/me");
    assertThat(refused.status()).as(refused.text()).isEqualTo(401);
    assertThat(refused.json().get("title").asString()).isEqualTo("يلزم تسجيل الدخول");
    assertThat(refused.json().get("detail").asString()).isEqualTo("يُرجى تسجيل الدخول أولًا.");
  }

  @Test
  void aLibraryRefusalIsTheCataloguesSentenceInTheReadersLanguageOfTheSet() {
    for (String asked : new String[] {"ar", "zh-Hans-CN", "ru-RU", "es-419", "de-CH"}) {
      Client visitor = client();
      visitor.language = asked;
      Client.Answer answer = visitor.post("/api/accounts/verification", Map.of("email", address("nobody"),
          "code", "000000"));
      assertThat(answer.json().has("reason")).as(answer.text()).isTrue();
      String reason = answer.json().get("reason").asString();
      Locale language = Locale.forLanguageTag(asked.startsWith("de") ? "en" : asked.substring(0, 2));
      assertThat(answer.json().get("detail").asString()).as(asked)
          .isEqualTo(Validation.message(reason, language, Map.of()));
      assertThat(answer.json().get("title").asString()).as(asked)
          .isEqualTo(messages.getMessage("problem." + answer.json().get("code").asString() + ".title", null,
              language));
    }
  }

  @Test
  void aLanguageOutsideTheSetIsAnsweredInTheFallbackAndTheFirstSpokenLanguageWins() {
    Client german = client();
    german.language = "de-DE";
    assertThat(german.get("/api/me").json().get("title").asString()).isEqualTo("Sign-in required");
    Client germanThenRussian = client();
    germanThenRussian.language = "de-DE, ru;q=0.8, fr;q=0.5";
    assertThat(germanThenRussian.get("/api/me").json().get("title").asString())
        .isEqualTo("Требуется вход в систему");
    Client traditionalChinese = client();
    traditionalChinese.language = "zh-Hant-TW";
    assertThat(traditionalChinese.get("/api/me").json().get("title").asString()).isEqualTo("需要登录");
  }

  @Test
  void aPageRemembersTheLanguageChosenAndWritesArabicRightToLeft() {
    Client reader = client();
    reader.language = "en";
    String arabic = reader.get("/?lang=ar").text();
    assertThat(reader.cookies).containsEntry("portal-language", "ar");
    assertThat(arabic).contains("<html lang=\"ar\" dir=\"rtl\">");
    assertThat(reader.get("/sign-in").text()).as("remembered").contains("<html lang=\"ar\" dir=\"rtl\">");
    assertThat(reader.get("/sign-in?lang=zh").text()).contains("<html lang=\"zh\" dir=\"ltr\">");
    assertThat(reader.get("/sign-in?lang=de").text()).as("outside the set: the fall-back")
        .contains("<html lang=\"en\" dir=\"ltr\">");
    assertThat(reader.cookies).containsEntry("portal-language", "en");
    reader.cookies.put("portal-language", "tlh");
    assertThat(reader.get("/sign-in").text()).as("a cookie outside the set").contains("<html lang=\"en\"");
  }

  @Test
  void theLanguageSwitchOffersEveryOtherLanguageOfTheSetInItsOwnName() {
    Client reader = client();
    String page = reader.get("/careers/jobs?lang=ru").text();
    assertThat(page).contains("lang=\"ar\" hreflang=\"ar\">العربية</a>", "lang=\"zh\" hreflang=\"zh\">中文</a>",
        "lang=\"en\" hreflang=\"en\">English</a>", "lang=\"fr\" hreflang=\"fr\">Français</a>",
        "lang=\"es\" hreflang=\"es\">Español</a>").doesNotContain("hreflang=\"ru\"");
  }
}
