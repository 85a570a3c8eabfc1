/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Careers journey through the pages in Chromium, in English, French, Arabic and Chinese: a recruiter drafts and
 * publishes a vacancy; a newcomer creates a careers account (a current staff member is sent to the ITU Staff login),
 * verifies it with the code from the mailbox page, fills the Candidate Profile section by section as its
 * completeness grows, applies, subscribes to an alert and gives the sharing consent; the recruiter moves the
 * application (an assessment is offered only after the shortlist), closes the vacancy and finishes the competition;
 * Jobs Applied shows the candidate the outcome.
 */
class CareersPagesTests extends BrowserTest {

  @BeforeEach
  void freshBrowser() {
    open("/");
    browser.manage().deleteAllCookies();
  }

  @InEachLanguage
  void aCandidateAppliesTheRecruiterFinishesTheCompetitionAndJobsAppliedShowsTheOutcome(Language language) {
    Locale locale = language.locale();
    String shot = language.shot();
    openIn(language);

    // the recruiter drafts a vacancy in English and French, then publishes it
    String reference = "2026/T" + UUID.randomUUID().toString().substring(0, 6);
    // (published in English and French, ITU's working languages: a reader of another language reads the English)
    String title = "fr".equals(language.tag()) ? "Analyste du spectre " + reference : "Spectrum Analyst " + reference;
    staffSignIn("recruiter", "Recruiter-Demo-1");
    assertThat(heading()).isEqualTo(words("web.menu.recruiting", locale));
    type("vacancy-referenceNumber", reference);
    choose("vacancy-type", "REGULAR_POST");
    type("vacancy-grade", "P-2");
    LocalDateTime now = LocalDateTime.now(ZoneId.of("Europe/Zurich")).truncatedTo(ChronoUnit.MINUTES);
    setValue("vacancy-opensAt", now.minusMinutes(2).toString());
    setValue("vacancy-closesAt", now.plusDays(20).toString());
    type("vacancy-title-en", "Spectrum Analyst " + reference);
    type("vacancy-body-en", "Analyses spectrum use.");
    type("vacancy-title-fr", "Analyste du spectre " + reference);
    type("vacancy-body-fr", "Analyse l'utilisation du spectre.");
    screen("recruiting" + shot);
    go(By.cssSelector("form[action$='/recruiting/vacancies'] button[type=submit]"));
    assertThat(notice()).isEqualTo(words("web.recruiting.drafted", locale));
    assertThat(status()).isEqualTo(words("web.vacancy-status.DRAFT", locale));
    go(By.id("step-PUBLISH"));
    assertThat(status()).isEqualTo(words("web.vacancy-status.PUBLISHED", locale));
    String vacancyPage = browser.getCurrentUrl();
    signOut();

    // a current staff member is pointed to the ITU Staff login; a consultant creates a careers account
    String email = address("amina");
    open("/careers/sign-up");
    assertThat(browser.findElement(By.linkText(words("web.careers.staff-login", locale))).isDisplayed()).isTrue();
    type("email", email);
    type("firstName", "Amina");
    type("lastName", "Diallo");
    choose("relation", "CURRENT_STAFF");
    type("password", PASSWORD);
    type("passwordConfirmation", PASSWORD);
    assertThat(browser.findElements(By.cssSelector("li[data-rule]")))
        .allSatisfy(rule -> assertThat(rule.getAttribute("class")).contains("met"));
    screen("careers-sign-up" + shot);
    go(By.cssSelector("form[action$='/careers/sign-up'] button"));
    assertThat(browser.findElement(By.id("problem")).getText()).isNotBlank().doesNotContain("careers.");
    screen("careers-sign-up-refused" + shot);
    choose("relation", "CONSULTANT");
    type("password", PASSWORD);
    type("passwordConfirmation", PASSWORD);
    go(By.cssSelector("form[action$='/careers/sign-up'] button"));
    assertThat(notice()).isEqualTo(words("web.verify.sent", locale));
    screen("careers-verify" + shot);
    String code = codeFromMailbox(email, "");
    open("/careers/verify");
    type("email", email);
    type("code", code);
    go(By.cssSelector("form[action$='/careers/verify'] button"));
    assertThat(notice()).isEqualTo(words("web.verify.done", locale));
    screen("careers-sign-in" + shot);
    candidateSignIn(email);

    // the Candidate Profile, section by section, as its completeness grows
    assertThat(heading()).isEqualTo(words("web.menu.profile", locale));
    assertThat(completeness()).isEqualTo(words("web.profile.completeness", locale, 0, 8));
    save("address");
    assertThat(browser.findElement(By.id("address-street-message")).getText()).as("a blank street, next to it")
        .isEqualTo(words("web.required", locale));
    screen("profile-refused" + shot);
    type("personal-information-firstName", "Amina");
    type("personal-information-lastName", "Diallo");
    setValue("personal-information-birthDate", "1988-04-12");
    choose("personal-information-nationality", "SN");
    type("personal-information-email", email);
    save("personal-information");
    assertThat(completeness()).isEqualTo(words("web.profile.completeness", locale, 1, 8));
    type("address-street", "Place des Nations");
    type("address-city", "Geneva");
    choose("address-country", "CH");
    save("address");
    choose("languages-language", "fr");
    choose("languages-reading", "NATIVE");
    choose("languages-writing", "NATIVE");
    choose("languages-speaking", "NATIVE");
    save("languages");
    save("relatives");
    type("education-institution", "EPFL");
    type("education-degree", "Master");
    type("education-field", "Communication systems");
    choose("education-country", "CH");
    setValue("education-from", "2008-09-15");
    setValue("education-to", "2012-07-01");
    save("education");
    type("employment-employer", "Spectrum Advisory");
    type("employment-title", "Consultant");
    choose("employment-country", "CH");
    setValue("employment-from", "2013-01-01");
    save("employment");
    type("references-name", "Moussa Ndiaye");
    type("references-position", "Head of radio planning");
    type("references-email", "moussa.ndiaye@example.org");
    save("references");
    assertThat(completeness()).isEqualTo(words("web.profile.completeness", locale, 7, 8));
    browser.findElement(By.id("contract-information-CONSULTANT")).click();
    save("contract-information");
    assertThat(completeness()).isEqualTo(words("web.profile.completeness", locale, 8, 8));
    assertThat(pageText()).contains(words("web.profile.complete", locale));
    screen("candidate-profile" + shot);

    // she applies to the vacancy, subscribes to an alert and agrees to share her profile
    open("/careers/jobs");
    go(By.linkText(title));
    screen("job-apply" + shot);
    type("coverLetter", "I would like to join.");
    go(By.id("apply"));
    assertThat(notice()).isEqualTo(words("web.applied.sent", locale));
    assertThat(row(title).getText()).contains(words("web.candidate-status.RECEIVED", locale));
    screen("jobs-applied" + shot);
    go(By.linkText(words("web.menu.alerts", locale)));
    type("alert-keywords", "spectrum");
    browser.findElement(By.id("alert-CONSULTANT")).click();
    go(By.cssSelector("form[action$='/careers/alerts'] button.primary"));
    assertThat(notice()).isEqualTo(words("web.alerts.subscribed", locale));
    assertThat(pageText()).contains("spectrum");
    screen("job-alerts" + shot);
    go(By.linkText(words("web.menu.privacy", locale)));
    go(By.id("consent"));
    assertThat(browser.findElement(By.id("consent-state")).getText())
        .isEqualTo(words("web.privacy.sharing", locale));
    screen("privacy" + shot);
    signOut();

    // the recruiter: screening, then the shortlist before any assessment (C8), then closes and finishes
    staffSignIn("recruiter", "Recruiter-Demo-1");
    browser.get(vacancyPage);
    assertThat(moves()).contains(words("web.recruiting.move.START_SCREENING", locale));
    go(By.xpath("//button[@value='START_SCREENING']"));
    assertThat(moves()).as("no assessment before the shortlist")
        .contains(words("web.recruiting.move.SHORTLIST", locale))
        .doesNotContain(words("web.recruiting.move.RECORD_ASSESSMENT", locale));
    go(By.xpath("//button[@value='SHORTLIST']"));
    assertThat(moves()).contains(words("web.recruiting.move.RECORD_ASSESSMENT", locale));
    type(browser.findElement(By.cssSelector("input[name=step]")).getAttribute("id"), "Written test");
    go(By.xpath("//button[@value='RECORD_ASSESSMENT']"));
    assertThat(browser.findElement(By.cssSelector("td.status")).getText())
        .isEqualTo(words("web.application-status.ASSESSMENT", locale));
    screen("vacancy-pipeline" + shot);
    go(By.id("step-CLOSE"));
    go(By.id("step-FINISH_COMPETITION"));
    assertThat(status()).isEqualTo(words("web.vacancy-status.COMPETITION_FINISHED", locale));
    assertThat(notice()).isEqualTo(words("web.recruiting.step.FINISH_COMPETITION", locale));
    signOut();

    // Jobs Applied tells her the outcome
    candidateSignIn(email);
    go(By.linkText(words("web.menu.applied", locale)));
    assertThat(row(title).getText()).contains(words("web.candidate-status.NOT_SELECTED", locale));
    screen("jobs-applied-outcome" + shot);
    signOut();
  }

  private void staffSignIn(String username, String password) {
    open("/staff/sign-in");
    type("username", username);
    type("password", password);
    go(By.cssSelector("form[action$='/staff/sign-in'] button"));
  }

  private void candidateSignIn(String email) {
    open("/careers/sign-in");
    type("email", email);
    type("password", PASSWORD);
    go(By.cssSelector("form[action$='/careers/sign-in'] button"));
  }

  private void save(String section) {
    go(By.cssSelector("form[action$='/careers/profile/" + section + "'] button[type=submit]"));
  }

  private String completeness() {
    return browser.findElement(By.id("completeness")).getText();
  }

  private String status() {
    return browser.findElement(By.id("vacancy-status")).getText();
  }

  private String moves() {
    return String.join("|", texts(By.cssSelector("button[name=action]")));
  }

  private WebElement row(String title) {
    return browser.findElement(By.xpath("//tr[th[normalize-space(.)='" + title + "']]"));
  }
}
