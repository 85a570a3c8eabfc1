/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.CreateCandidateAccount;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.candidate.VerifyCandidateEmail;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.embedded.Seed;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Candidate Profile's entries in Chromium, in English and in French: a language's levels read in the reader's
 * language, never as the library's names; the optional sections (qualifications, expertise, computer skills,
 * publications) take entries that leave the completeness as it was, refuse a year that is not a number or out of
 * range next to its field, and an entry can be changed in place; a listed relative answers the relatives section
 * (the "none" answer then leaves the page) and removing it opens the section again.
 */
class ProfilePagesTests extends BrowserTest {

  @Autowired
  CareersAccounts careers;

  @Autowired
  GreenMail mail;

  @BeforeEach
  void freshBrowser() {
    open("/");
    browser.manage().deleteAllCookies();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr"})
  void optionalSectionsAndRelativesTakeEntriesThatReadInTheReadersLanguage(String language) {
    Locale locale = Locale.forLanguageTag(language);
    String shot = "en".equals(language) ? "" : "-" + language;
    String email = address("ines");
    careers.createAccount(CreateCandidateAccount.builder().email(email).firstName("Ines").lastName("Moreau")
        .language(locale).relation(StaffRelation.NONE).password(Secret.of(PASSWORD))
        .passwordConfirmation(Secret.of(PASSWORD)).build(), Actor.anonymous().in(locale));
    careers.verifyEmail(VerifyCandidateEmail.builder().email(email).code(Secret.of(Seed.lastCode(mail, email)))
        .build(), Actor.anonymous().in(locale));
    open("/?lang=" + language);
    open("/careers/sign-in");
    type("email", email);
    type("password", PASSWORD);
    go(By.cssSelector("form[action$='/careers/sign-in'] button"));
    assertThat(heading()).isEqualTo(words("web.menu.profile", locale));

    // a language's levels in the reader's words
    choose("languages-language", "fr");
    choose("languages-reading", "NATIVE");
    choose("languages-writing", "FLUENT");
    choose("languages-speaking", "BASIC");
    save("languages");
    String french = "en".equals(language) ? "French" : "français";
    assertThat(entries("languages")).containsExactly(words("web.profile.entry.languages", locale, french,
        words("web.profile.proficiency.NATIVE", locale), words("web.profile.proficiency.FLUENT", locale),
        words("web.profile.proficiency.BASIC", locale)));
    assertThat(pageText()).doesNotContain("NATIVE", "FLUENT", "BASIC");
    assertThat(completeness()).isEqualTo(words("web.profile.completeness", locale, 1, 8));

    // the optional sections: a year that is no whole number, then one out of range, each next to its field
    choose("qualifications-kind", "CERTIFICATE");
    type("qualifications-title", "Spectrum monitoring");
    type("qualifications-issuer", "ITU Academy");
    setValue("qualifications-obtained", "2021-06-30");
    save("qualifications");
    type("expertise-area", "Spectrum management");
    type("expertise-years", "7");
    save("expertise");
    type("computer-skills-skill", "Spreadsheets");
    choose("computer-skills-level", "INTERMEDIATE");
    save("computer-skills");
    type("publications-title", "Sharing the C band");
    type("publications-venue", "ITU Journal");
    type("publications-year", "2019.5");
    save("publications");
    assertThat(browser.findElement(By.id("publications-year-message")).getText())
        .isEqualTo(words("web.profile.number.invalid", locale));
    type("publications-year", "1850");
    save("publications");
    assertThat(browser.findElement(By.id("publications-year-message")).getText()).as("the library's violation")
        .isNotBlank().isNotEqualTo(words("web.profile.number.invalid", locale)).doesNotContain("profile.");
    assertThat(entries("publications")).isEmpty();
    show("publications");
    screen("profile-entry-refused" + shot);
    type("publications-year", "2019");
    save("publications");
    assertThat(entries("qualifications")).containsExactly(words("web.profile.entry.qualifications", locale,
        words("web.profile.qualification-kind.CERTIFICATE", locale), "Spectrum monitoring", "ITU Academy",
        "2021-06-30"));
    assertThat(entries("expertise")).containsExactly(words("web.profile.entry.expertise", locale,
        "Spectrum management", 7));
    assertThat(entries("computer-skills")).containsExactly(words("web.profile.entry.computer-skills", locale,
        "Spreadsheets", words("web.profile.proficiency.INTERMEDIATE", locale)));
    assertThat(entries("publications")).containsExactly(words("web.profile.entry.publications", locale,
        "Sharing the C band", "ITU Journal", "2019"));
    assertThat(completeness()).as("optional sections are not counted")
        .isEqualTo(words("web.profile.completeness", locale, 1, 8));

    // an entry changed in place
    go(By.xpath("//section[@id='publications']//li//a"));
    assertThat(browser.findElement(By.id("publications-venue")).getAttribute("value")).isEqualTo("ITU Journal");
    show("publications");
    screen("profile-entry-editing" + shot);
    type("publications-venue", "ITU News");
    save("publications");
    assertThat(notice()).isEqualTo(words("web.profile.saved", locale));
    assertThat(entries("publications")).containsExactly(words("web.profile.entry.publications", locale,
        "Sharing the C band", "ITU News", "2019"));
    show("qualifications");
    screen("profile-optional-sections" + shot);

    // a relative answers the section; removing them opens it again
    assertThat(noRelativesOffered()).isTrue();
    type("relatives-name", "Lea Moreau");
    type("relatives-relationship", "sister");
    choose("relatives-employer", "UN_COMMON_SYSTEM");
    type("relatives-organisation", "WHO");
    go(By.cssSelector("form[action$='/careers/profile/relatives']:not(:has(input[name=relatives-none]))"
        + " button[type=submit]"));
    assertThat(entries("relatives")).containsExactly(words("web.profile.entry.relatives", locale, "Lea Moreau",
        "sister", words("web.profile.relative-employer.UN_COMMON_SYSTEM", locale) + " (WHO)"));
    assertThat(completeness()).isEqualTo(words("web.profile.completeness", locale, 2, 8));
    assertThat(noRelativesOffered()).as("a listed relative and 'none' cannot stand together").isFalse();
    show("relatives");
    screen("profile-relative" + shot);
    go(By.xpath("//section[@id='relatives']//li//button"));
    assertThat(notice()).isEqualTo(words("web.profile.removed", locale));
    assertThat(entries("relatives")).isEmpty();
    assertThat(completeness()).isEqualTo(words("web.profile.completeness", locale, 1, 8));
    assertThat(noRelativesOffered()).isTrue();
    go(By.cssSelector("form[action$='/careers/profile/relatives'] button[type=submit]"));
    assertThat(pageText()).contains(words("web.profile.no-relatives.declared", locale));
    assertThat(completeness()).isEqualTo(words("web.profile.completeness", locale, 2, 8));
  }

  /** Scrolls a section to the top, so that its screenshot shows it. */
  private void show(String section) {
    browser.executeScript("document.getElementById(arguments[0]).scrollIntoView()", section);
  }

  private void save(String section) {
    go(By.cssSelector("form[action$='/careers/profile/" + section + "'] button[type=submit]"));
  }

  private List<String> entries(String section) {
    return texts(By.cssSelector("section#" + section + " ul.entries li > span"));
  }

  private boolean noRelativesOffered() {
    return !browser.findElements(By.cssSelector("input[name=relatives-none]")).isEmpty();
  }

  private String completeness() {
    return browser.findElement(By.id("completeness")).getText();
  }
}
