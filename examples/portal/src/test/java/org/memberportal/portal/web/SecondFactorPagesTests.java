/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.SignUp;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.organisation.DirectoryQuery;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.OneTimeCodes;
import org.memberportal.portal.PortalApplication;
import org.memberportal.portal.embedded.Seed;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import com.icegreen.greenmail.util.GreenMail;

/**
 * The second factor in the browser, with the portal's own policy (a focal point's decisions need one): the TIES
 * focal point is refused "enrol first", sets up an authenticator app from the page (the test computes the app's
 * code from the key shown, RFC 6238), keeps the recovery codes, is refused "sign in with your second factor" in the
 * same session, then signs in with the password and the app's code and decides; a member registers a passkey
 * through Chromium's virtual authenticator, signs in with it as the second step, renames it (a name is required, as
 * at registration) and removes it.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.forward-headers-strategy=native", "member-portal.jobs.relay=200ms",
        "portal.test.doubles=true"})
class SecondFactorPagesTests extends BrowserTest {

  private static final Locale EN = Locale.ENGLISH;

  @Autowired
  UserAccounts accounts;

  @Autowired
  Affiliations affiliations;

  @Autowired
  Organisations organisations;

  @Autowired
  GreenMail mail;

  @Test
  void aFocalPointIsRefusedUntilEnrolledThenSignsInWithTheAppsCodeAndDecides() {
    String email = address("ada");
    requestToJoin(newcomer(email));

    signIn(Seed.TIES_FOCAL_POINT);
    approve(email);
    assertThat(pageText()).contains(sentence(AccountRefusals.SECOND_FACTOR_ENROLMENT_REQUIRED));
    screen("second-factor-enrol-first");

    go(By.linkText(words("web.menu.security", EN)));
    assertThat(browser.findElement(By.id("app-status")).getText()).isEqualTo(words("web.factors.app.off", EN));
    type("password", PASSWORD);
    go(By.cssSelector("form[action$='/security/password'] button"));
    assertThat(notice()).isEqualTo(words("web.factors.reauthenticated", EN));
    go(By.cssSelector("form[action$='/security/app'] button"));
    assertThat(browser.findElements(By.cssSelector(".qr-code svg path"))).hasSize(1);
    String key = browser.findElement(By.id("app-key")).getText();
    screen("authenticator-app");
    type("code", OneTimeCodes.at(key, Instant.now()));
    go(By.cssSelector("form[action$='/app/confirmation'] button"));
    List<String> codes = texts(By.cssSelector("#recovery-codes code"));
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    screen("recovery-codes");

    approve(email);
    assertThat(pageText()).as("this session passed no second factor")
        .contains(sentence(AccountRefusals.SECOND_FACTOR_REQUIRED));
    signOut();

    signIn(Seed.TIES_FOCAL_POINT);
    assertThat(heading()).isEqualTo(words("web.second-step.title", EN));
    screen("second-step");
    type("code", OneTimeCodes.next(key));
    go(By.xpath("//input[@id='code']/ancestor::form//button"));
    assertThat(heading()).isEqualTo(words("web.account.title", EN));
    approve(email);
    assertThat(notice()).isEqualTo(words("web.users.approved", EN));
    signOut();
  }

  @Test
  void aMemberRegistersAPasskeySignsInWithItAsTheSecondStepRenamesAndRemovesIt() {
    HasVirtualAuthenticator chromium = (HasVirtualAuthenticator) browser;
    VirtualAuthenticator authenticator = chromium.addVirtualAuthenticator(new VirtualAuthenticatorOptions()
        .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL).setHasResidentKey(true)
        .setHasUserVerification(true).setIsUserVerified(true));
    try {
      String email = address("lin");
      newcomer(email);
      signIn(email);
      go(By.linkText(words("web.menu.security", EN)));
      type("password", PASSWORD);
      go(By.cssSelector("form[action$='/security/password'] button"));
      type("passkeyName", "laptop");
      go(By.cssSelector("form[action$='/passkeys/ceremony'] button"));
      screen("add-passkey");
      go(By.cssSelector("form[data-passkey] button"));
      assertThat(heading()).as("a first factor comes with its recovery codes")
          .isEqualTo(words("web.factors.codes.title", EN));
      assertThat(authenticator.getCredentials()).hasSize(1);
      go(By.linkText(words("web.factors.codes.kept", EN)));
      assertThat(texts(By.cssSelector("#passkeys th[scope=row]"))).containsExactly("laptop");
      screen("sign-in-security");
      signOut();

      signIn(email);
      assertThat(heading()).isEqualTo(words("web.second-step.title", EN));
      go(By.cssSelector("form[data-passkey] button"));
      assertThat(heading()).isEqualTo(words("web.account.title", EN));
      go(By.linkText(words("web.menu.security", EN)));
      assertThat(browser.findElement(By.cssSelector("#passkeys tbody tr")).getText())
          .as("its last use").doesNotContain(words("web.factors.passkey.never", EN));
      new Select(browser.findElement(By.id("passkey"))).selectByVisibleText("laptop");
      go(By.cssSelector("#passkey-rename button"));
      assertThat(browser.findElement(By.id("name-message")).getText()).as("a name is required, as at registration")
          .isNotBlank();
      new Select(browser.findElement(By.id("passkey"))).selectByVisibleText("laptop");
      type("name", "work laptop");
      go(By.cssSelector("#passkey-rename button"));
      assertThat(notice()).isEqualTo(words("web.factors.passkey.renamed", EN));
      assertThat(texts(By.cssSelector("#passkeys th[scope=row]"))).containsExactly("work laptop");
      go(By.cssSelector("form[action*='/passkeys/'][action$='/removal'] button"));
      assertThat(notice()).as("the passkey just passed counts as the recent re-authentication")
          .isEqualTo(words("web.factors.passkey.removed", EN));
      assertThat(browser.findElements(By.id("passkeys"))).isEmpty();
      signOut();
    } finally {
      chromium.removeVirtualAuthenticator(authenticator);
    }
  }

  /** A verified member of no organisation yet. */
  private AccountSummary newcomer(String email) {
    accounts.signUp(SignUp.builder().email(email).firstName("Ada").lastName("Lovelace").gender("female")
        .professionalRole("engineer").password(Secret.of(PASSWORD)).passwordConfirmation(Secret.of(PASSWORD))
        .preferredLanguage("en").termsAccepted(true).build(), Actor.anonymous());
    return accounts.verifyEmail(VerifyEmail.builder().email(email).code(Secret.of(Seed.lastCode(mail, email)))
        .build(), Actor.anonymous()).value();
  }

  /** The member asks to join the seeded organisation, whose focal points decide. */
  private void requestToJoin(AccountSummary member) {
    affiliations.request(RequestAffiliation.builder().account(member.id())
        .organisation(organisations.search(DirectoryQuery.builder().name(Seed.ORGANISATION).build(),
            Actor.anonymous()).items().get(0).id()).build(), Actor.account(member.id()));
  }

  /** The focal point approves a member's request on "Manage my users". */
  private void approve(String email) {
    open("/my/users");
    go(By.xpath("//tr[td[normalize-space(.)='" + email + "']]//button[contains(@formaction, '/approval')]"));
  }

  private static String sentence(String reason) {
    return new PreconditionFailed(reason, "").message(EN);
  }
}
