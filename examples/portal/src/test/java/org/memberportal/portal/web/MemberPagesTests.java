/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.account.ImportAccount;
import org.memberportal.account.UserAccounts;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.StaffId;
import org.memberportal.portal.embedded.Seed;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The member portal's seed journeys through the pages, as a person walks them in Chromium, in English, French,
 * Arabic (right to left) and Chinese: sign-up with the organisation and the TIES tick (the password checklist ticking as one types, the
 * pickers filtering, a refusal next to its field), the code read on the development mailbox page, "Verify code",
 * the focal point's approvals in "Manage my users", "TIES Settings" appearing, and "Change TIES Focal Point" with
 * its pop-up; and the forced reset of a migrated account.
 */
class MemberPagesTests extends BrowserTest {

  @Autowired
  UserAccounts accounts;

  @BeforeEach
  void freshBrowser() {
    open("/");
    browser.manage().deleteAllCookies();
  }

  @InEachLanguage
  void aSignUpWithTheOrganisationAndTheTiesTickEndsWithTiesSettingsAndAConfirmedHandOver(Language language) {
    Locale locale = language.locale();
    String shot = language.shot();
    openIn(language);
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language.tag());
    assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).as("the page's direction")
        .isEqualTo("ar".equals(language.tag()) ? "rtl" : "ltr");
    screen("home" + shot);
    go(By.linkText(words("web.menu.sign-in", locale)));
    screen("sign-in" + shot);
    go(By.linkText(words("web.sign-in.create", locale)));
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("remembered").isEqualTo(language.tag());

    // step 1, the password checklist ticking as one types
    String email = address("ada");
    type("email", email);
    type("firstName", "Ada");
    type("lastName", "Lovelace");
    choose("gender", "female");
    choose("professionalRole", "engineer");
    type("password", "short");
    assertThat(browser.findElement(By.cssSelector("li[data-rule=UPPERCASE]")).getAttribute("class"))
        .doesNotContain("met");
    type("password", PASSWORD);
    type("passwordConfirmation", PASSWORD);
    assertThat(browser.findElements(By.cssSelector("li[data-rule]")))
        .allSatisfy(rule -> assertThat(rule.getAttribute("class")).contains("met"));
    screen("sign-up-step-1" + shot);
    browser.findElement(By.id("step-next-1")).click();

    // step 2: membership type, then Member State, then the organisation
    choose("membershipType", "SECTOR_MEMBER");
    choose("memberState", "CH");
    assertThat(option("Helvetia Radio Office").isEnabled()).as("a Member State's organisation is filtered out")
        .isFalse();
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("organisation")))
        .selectByVisibleText(Seed.ORGANISATION);
    assertThat(pageText()).contains(words("web.sign-up.focal-point", locale),
        words("web.sign-up.not-found", locale));
    browser.findElement(By.id("wantsTiesAccess")).click();
    screen("sign-up-step-2" + shot);
    browser.findElement(By.id("step-next-2")).click();

    // step 3 without the terms: the library's refusal next to the field, in the reader's language
    go(By.cssSelector("#step-3 button[type=submit]"));
    WebElement terms = browser.findElement(By.id("termsAccepted"));
    assertThat(terms.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.findElement(By.id("termsAccepted-message")).getText()).isNotBlank();
    assertThat(terms.getAttribute("aria-describedby")).isEqualTo("termsAccepted-message");
    assertThat(browser.findElement(By.id("step-3")).isDisplayed()).as("the step with the refusal").isTrue();
    screen("sign-up-refused" + shot);
    browser.findElement(By.id("step-back-3")).click();
    browser.findElement(By.id("step-back-2")).click();
    type("password", PASSWORD);
    type("passwordConfirmation", PASSWORD);
    browser.findElement(By.id("step-next-1")).click();
    assertThat(browser.findElement(By.id("wantsTiesAccess")).isSelected()).as("the form kept").isTrue();
    browser.findElement(By.id("step-next-2")).click();
    browser.findElement(By.id("termsAccepted")).click();
    go(By.cssSelector("#step-3 button[type=submit]"));

    // verification: a wrong code is refused with a sentence, then the code from the mailbox page
    assertThat(heading()).isEqualTo(words("web.verify.title", locale));
    assertThat(notice()).isEqualTo(words("web.verify.sent", locale));
    assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
    screen("verify" + shot);
    type("code", "000000");
    go(By.cssSelector("form[action$='/verify'] button"));
    assertThat(browser.findElement(By.id("problem")).getText()).isNotBlank().doesNotContain("account.");
    screen("verify-refused" + shot);
    String code = codeFromMailbox(email, "");
    open("/verify");
    type("email", email);
    type("code", code);
    go(By.cssSelector("form[action$='/verify'] button"));
    assertThat(notice()).isEqualTo(words("web.verify.done", locale));

    // Ada signs in: her request waits for the focal point, and there is no TIES Settings yet
    signIn(email);
    assertThat(heading()).isEqualTo(words("web.account.title", locale));
    screen("my-account" + shot);
    go(By.linkText(words("web.menu.requests", locale)));
    assertThat(pageText()).contains(Seed.ORGANISATION, words("web.status.pending", locale));
    assertThat(menu()).doesNotContain(words("web.menu.ties", locale));
    signOut();

    // the TIES focal point approves the affiliation, then the TIES request it filed
    signIn(Seed.TIES_FOCAL_POINT);
    go(By.linkText(words("web.menu.users", locale)));
    type("reason-" + row(email).findElement(By.cssSelector("input[name=reason]")).getAttribute("id")
        .substring("reason-".length()), "Welcome");
    screen("manage-my-users-pending" + shot);
    go(By.xpath(rowPath(email) + "//button[contains(@formaction, '/approval')]"));
    assertThat(notice()).isEqualTo(words("web.users.approved", locale));
    go(By.xpath(rowPath(email) + "//button[contains(@formaction, '/ties-access/approval')]"));
    assertThat(notice()).isEqualTo(words("web.users.ties-approved", locale));
    assertThat(row(email).getText()).contains(words("web.status.active", locale));
    screen("manage-my-users" + shot);
    signOut();

    // Ada: TIES Settings appears with active TIES access
    signIn(email);
    assertThat(menu()).contains(words("web.menu.ties", locale));
    go(By.linkText(words("web.menu.ties", locale)));
    assertThat(pageText()).contains(words("web.ties.active", locale, Seed.ORGANISATION));
    screen("ties-settings" + shot);
    go(By.linkText(words("web.menu.requests", locale)));
    screen("my-requests" + shot);
    signOut();

    // the hand-over to Ada, confirmed in the pop-up; then back to the seeded focal point
    handOver(Seed.TIES_FOCAL_POINT, email, locale, shot);
    assertThat(menu()).as("the former TIES focal point").doesNotContain(words("web.menu.users", locale));
    signOut();
    handOver(email, Seed.TIES_FOCAL_POINT, locale, null);
    signOut();
  }

  @Test
  void aMigratedAccountIsSentToChooseANewPasswordBeforeItSignsInInFrench() {
    Locale french = Locale.FRENCH;
    String email = address("grace");
    accounts.importAccount(ImportAccount.builder().email(email).firstName("Grace").lastName("Hopper")
        .preferredLanguage("fr").build(), Actor.operator(new StaffId(UUID.randomUUID())).in(Locale.ENGLISH));
    open("/sign-in?lang=fr");
    type("email", email);
    type("password", "Old-Portal-1");
    go(By.cssSelector("form[action$='/sign-in'] button"));
    assertThat(heading()).isEqualTo(words("web.forgot.title", french));
    assertThat(notice()).isEqualTo(words("web.reset.required", french));
    assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
    screen("forced-reset-fr");
    go(By.cssSelector("form[action$='/password/forgot'] button"));
    assertThat(heading()).isEqualTo(words("web.reset.title", french));
    screen("reset-fr");
    String code = codeFromMailbox(email, "");
    open("/password/reset");
    type("email", email);
    type("code", code);
    type("password", "grace-hopper-1");
    type("passwordConfirmation", "grace-hopper-1");
    go(By.cssSelector("form[action$='/password/reset'] button"));
    assertThat(browser.findElement(By.id("password-message")).getText()).as("the policy's refusal, in French")
        .isNotBlank();
    assertThat(browser.findElements(By.cssSelector("#password-rules li.broken"))).isNotEmpty();
    screen("reset-refused-fr");
    type("code", code);
    type("password", PASSWORD);
    type("passwordConfirmation", PASSWORD);
    go(By.cssSelector("form[action$='/password/reset'] button"));
    assertThat(notice()).isEqualTo(words("web.reset.done", french));
    signIn(email);
    assertThat(heading()).isEqualTo(words("web.account.title", french));
    assertThat(pageText()).contains(email, words("web.account.status.ACTIVE", french));
    signOut();
  }

  private void handOver(String from, String to, Locale locale, String shot) {
    signIn(from);
    go(By.linkText(words("web.menu.users", locale)));
    go(By.linkText(words("web.users.change-ties-fp", locale)));
    type("text", to);
    go(By.cssSelector("form[role=search] button"));
    if (shot != null) {
      screen("ties-focal-point" + shot);
    }
    go(By.xpath(rowPath(to) + "//button"));
    WebElement dialog = browser.findElement(By.id("confirm-hand-over"));
    assertThat(browser.executeScript("return arguments[0].matches(':modal')", dialog)).as("a modal pop-up")
        .isEqualTo(true);
    assertThat(dialog.getText()).contains(words("web.handover.confirm.ok", locale));
    assertThat(dialog.getText()).contains(Map.of("en", "your rights as TIES Focal Point will be lost",
        "fr", "vos droits de point focal TIES seront perdus",
        "ar", "وستفقد حقوقك بصفتك جهة الاتصال الخاصة بنظام TIES",
        "zh", "您作为 TIES 联络人的权限将会丧失").get(locale.getLanguage()));
    if (shot != null) {
      screen("hand-over-pop-up" + shot);
    }
    go(By.id("confirm"));
    assertThat(notice()).isEqualTo(words("web.handover.done", locale));
  }

  private static String rowPath(String email) {
    return "//tr[td[normalize-space(.)='" + email + "']]";
  }

  private WebElement row(String email) {
    return browser.findElement(By.xpath(rowPath(email)));
  }

  private WebElement option(String text) {
    return browser.findElement(By.xpath("//select[@id='organisation']/option[normalize-space(.)='" + text + "']"));
  }
}
