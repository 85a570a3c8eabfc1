/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.SignUp;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.affiliation.organisation.EnterOrganisation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisations;
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
 * Erasure and the operator's desk in Chromium: a candidate exports their data, deletes their profile and careers
 * account, and a sign-in with their address then reads exactly like one with an address never seen; the operator
 * merges an organisation a user entered, looks an account up, suspends, reactivates and closes it, and appoints an
 * ITU Focal Point; and a page's failure (an unknown address, a form without its CSRF token, a missing field) is
 * the error page in the reader's language, not JSON.
 */
class PrivacyAndDeskPagesTests extends BrowserTest {

  @Autowired
  CareersAccounts careers;

  @Autowired
  UserAccounts accounts;

  @Autowired
  Organisations organisations;

  @Autowired
  GreenMail mail;

  @BeforeEach
  void freshBrowser() {
    open("/");
    browser.manage().deleteAllCookies();
  }

  @Test
  void aCandidateExportsThenDeletesTheirDataAndTheirSignInIsThenRefusedLikeAnUnknownAddress() {
    Locale english = Locale.ENGLISH;
    String email = address("carlos");
    careers.createAccount(CreateCandidateAccount.builder().email(email).firstName("Carlos").lastName("Silva")
        .language(english).relation(StaffRelation.NONE).password(Secret.of(PASSWORD))
        .passwordConfirmation(Secret.of(PASSWORD)).build(), Actor.anonymous().in(english));
    careers.verifyEmail(VerifyCandidateEmail.builder().email(email).code(Secret.of(Seed.lastCode(mail, email)))
        .build(), Actor.anonymous().in(english));
    String unknown = signInProblem(address("nobody"));

    candidateSignIn(email);
    go(By.linkText(words("web.menu.privacy", english)));
    screen("privacy-before-deletion");
    open("/careers/privacy/export");
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"email\"", email, "Carlos")
        .doesNotContain(PASSWORD);
    open("/careers/privacy");
    go(By.id("delete"));
    assertThat(browser.findElement(By.id("understood-message")).getText())
        .isEqualTo(words("web.privacy.delete.tick", english));
    screen("privacy-deletion-refused");
    browser.findElement(By.id("understood")).click();
    go(By.id("delete"));
    assertThat(notice()).isEqualTo(words("web.privacy.deleted", english));
    assertThat(menu()).doesNotContain(words("web.menu.profile", english));

    assertThat(signInProblem(email)).as("the same answer as for an address never seen").isEqualTo(unknown);
    screen("careers-sign-in-refused");
    open("/careers/profile");
    assertThat(heading()).as("no session left").isEqualTo(words("web.careers.sign-in.title", english));
  }

  @Test
  void theOperatorMergesAnEnteredOrganisationSuspendsReactivatesAndClosesAnAccountAndAppointsAnItuFocalPoint() {
    Locale english = Locale.ENGLISH;
    String email = address("lena");
    accounts.signUp(SignUp.builder().email(email).firstName("Lena").lastName("Brunner").gender("female")
        .professionalRole("engineer").password(Secret.of(PASSWORD)).passwordConfirmation(Secret.of(PASSWORD))
        .preferredLanguage("en").termsAccepted(true).build(), Actor.anonymous().in(english));
    AccountSummary lena = accounts.verifyEmail(VerifyEmail.builder().email(email)
        .code(Secret.of(Seed.lastCode(mail, email))).build(), Actor.anonymous().in(english)).value();
    String entered = "Lac Leman Radio " + email.substring(5, 10);
    organisations.enter(EnterOrganisation.builder().name(entered).country("CH")
        .declaredMembershipType(MembershipType.SECTOR_MEMBER).address(Optional.empty()).website(Optional.empty())
        .build(), Actor.account(lena.id()).in(english));

    open("/desk");
    assertThat(heading()).as("staff only").isEqualTo(words("web.staff.title", english));
    type("username", "operator");
    type("password", "wrong");
    go(By.cssSelector("form[action$='/staff/sign-in'] button"));
    assertThat(browser.findElement(By.id("problem")).getText()).contains(words("web.staff.rejected", english));
    screen("staff-sign-in-refused");
    type("password", "Operator-Demo-1");
    go(By.cssSelector("form[action$='/staff/sign-in'] button"));
    assertThat(heading()).isEqualTo(words("web.menu.desk", english));
    assertThat(pageText()).contains(entered);
    screen("service-desk");
    String row = "//tr[th[normalize-space(.)='" + entered + "']]";
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.xpath(row + "//select")))
        .selectByVisibleText(Seed.ORGANISATION);
    go(By.xpath(row + "//button[@value='merge']"));
    assertThat(notice()).isEqualTo(words("web.desk.reviewed.merge", english));
    assertThat(pageText()).doesNotContain(entered);

    type("email", email);
    go(By.cssSelector("form[role=search] button"));
    String account = "//tr[td[normalize-space(.)='" + email + "']]";
    go(By.xpath(account + "//button[@value='suspend']"));
    assertThat(browser.findElement(By.id("problem")).getText()).as("a suspension needs its reason").isNotBlank();
    type(browser.findElement(By.xpath(account + "//input[@name='reason']")).getAttribute("id"), "Spam reports");
    go(By.xpath(account + "//button[@value='suspend']"));
    assertThat(notice()).isEqualTo(words("web.desk.account.suspend", english));
    assertThat(browser.findElement(By.xpath(account + "/td[@class='status']")).getText())
        .isEqualTo(words("web.account.status.SUSPENDED", english));
    screen("service-desk-account");
    type(browser.findElement(By.xpath(account + "//input[@name='reason']")).getAttribute("id"), "Cleared");
    go(By.xpath(account + "//button[@value='reactivate']"));
    assertThat(browser.findElement(By.xpath(account + "/td[@class='status']")).getText())
        .isEqualTo(words("web.account.status.ACTIVE", english));

    go(By.linkText("Helvetia Radio Office"));
    type("email", email);
    go(By.cssSelector("form[action$='/itu-focal-point'] button"));
    assertThat(notice()).isEqualTo(words("web.desk.appointed", english));
    assertThat(browser.findElement(By.id("itu-holder")).getText()).contains("Lena Brunner", email);
    screen("service-desk-organisation");

    open("/desk?email=" + email);
    type(browser.findElement(By.xpath(account + "//input[@name='reason']")).getAttribute("id"), "Left the sector");
    go(By.xpath(account + "//button[@value='close']"));
    assertThat(browser.findElement(By.xpath(account + "/td[@class='status']")).getText())
        .isEqualTo(words("web.account.status.CLOSED", english));
    go(By.cssSelector("form[action$='/sign-out'] button"));
  }

  @Test
  void aPagesFailureIsTheErrorPageInTheReadersLanguageNotJson() {
    Locale french = Locale.FRENCH;
    open("/no-such-page?lang=fr");
    assertThat(heading()).isEqualTo(words("web.error.title", french));
    assertThat(pageText()).contains(words("web.error.404", french));
    screen("error-fr");

    open("/sign-in");
    browser.executeScript("const f = document.querySelector(\"form[action$='/sign-in']\");"
        + " f.querySelector('input[name=_csrf]').remove(); f.submit();");
    wait.until(d -> !d.getCurrentUrl().isEmpty() && d.findElements(By.tagName("h1")).stream()
        .anyMatch(h -> h.getText().equals(words("web.error.title", french))));
    assertThat(pageText()).contains(words("web.error.403", french));
    assertThat(browser.getPageSource()).doesNotContain("application/problem+json", "portal.csrf-token");

    open("/sign-in");
    browser.executeScript("const f = document.querySelector(\"form[action$='/sign-in']\");"
        + " f.action = '/my/users/ties-focal-point'; f.submit();");
    wait.until(d -> d.getCurrentUrl().endsWith("/my/users/ties-focal-point"));
    assertThat(heading()).isEqualTo(words("web.error.title", french));
    assertThat(pageText()).contains(words("web.error.400", french));
  }

  private String signInProblem(String email) {
    candidateSignIn(email);
    return browser.findElement(By.id("problem")).getText();
  }

  private void candidateSignIn(String email) {
    open("/careers/sign-in");
    type("email", email);
    type("password", PASSWORD);
    go(By.cssSelector("form[action$='/careers/sign-in'] button"));
  }
}
