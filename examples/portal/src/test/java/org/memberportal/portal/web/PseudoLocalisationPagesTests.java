/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.CreateCandidateAccount;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.candidate.VerifyCandidateEmail;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.embedded.Seed;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A pseudo-localisation run of the pages in Chromium: the main screens of visitors, members, focal points,
 * candidates, recruiters and operators, read in the {@link PseudoLanguage} (every sentence of the bundle accented
 * and wrapped in {@code ⟦...⟧}), must show no text outside the brackets: a word there was written into a template
 * or a page class instead of a bundle, and would stay English in every language. Checked: every text of the body
 * (hidden ones too: a step of a form, a pop-up), the title, and the {@code aria-label}, {@code title},
 * {@code placeholder} and {@code alt} attributes and the buttons' values. Not checked, being data rather than
 * sentences: a table's cells, a description's values, the choices of a list, a name isolated in {@code <bdi>} (an
 * organisation's), text marked with a {@code lang} of its own (a language's name in the switch, a vacancy in the
 * language it was written in), and in the title the page's heading, checked as the heading. A sentence of the
 * library's own bundles ({@code ValidationMessages}: a profile section's name) is from a bundle too.
 */
class PseudoLocalisationPagesTests extends BrowserTest {

  private static final Pattern BRACKETED = Pattern.compile(PseudoLanguage.OPEN + "[^" + PseudoLanguage.OPEN
      + PseudoLanguage.CLOSE + "]*" + PseudoLanguage.CLOSE);
  private static final Pattern WORDS = Pattern.compile("\\p{L}");
  private static final String TEXTS = """
      const lang = document.documentElement.lang, texts = [];
      const foreign = e => { const l = e.closest('[lang]'); return l !== null && l.lang !== lang; };
      const data = e => e.matches('td, dd, th[scope=row], option:not([value=""])') || e.closest('bdi') !== null
          || e.parentElement !== null && e.parentElement.matches('td, dd, th[scope=row]') && e.matches('a, span');
      const where = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '');
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walk.nextNode()) {
        const e = walk.currentNode.parentElement, text = walk.currentNode.textContent.trim();
        if (text && !e.closest('script, style, noscript, template') && !foreign(e) && !data(e)) {
          texts.push(where(e) + ': ' + text);
        }
      }
      for (const e of document.querySelectorAll('[aria-label], [title], [placeholder], [alt], input[value]')) {
        for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
          if (e.hasAttribute(a) && !foreign(e)) texts.push(where(e) + '@' + a + ': ' + e.getAttribute(a));
        }
        if (e.matches('input[type=submit], input[type=button]')) texts.push(where(e) + '@value: ' + e.value);
      }
      const heading = document.querySelector('h1'), own = heading === null ? '' : heading.textContent.trim();
      texts.push('title: ' + (document.title.startsWith(own) ? document.title.substring(own.length) : document.title));
      return texts;""";

  @Autowired
  CareersAccounts careers;

  @Autowired
  GreenMail mail;

  private final List<String> hardCoded = new ArrayList<>();
  private final Set<String> library = new HashSet<>();

  @Test
  void everyTextOfTheMainScreensComesFromTheBundle() throws IOException {
    readLibrarySentences();
    open("/");
    browser.manage().deleteAllCookies();
    browser.manage().addCookie(new Cookie(PseudoLanguage.COOKIE, "on"));

    for (String page : List.of("/", "/sign-in", "/sign-up", "/verify", "/password/forgot", "/password/reset",
        "/careers/jobs", "/careers/sign-in", "/careers/sign-up", "/careers/verify", "/staff/sign-in",
        "/no-such-page")) {
      read(page);
    }
    open("/careers/jobs");
    follow(By.cssSelector("main table a"));
    open("/sign-in");
    type("email", Seed.TIES_FOCAL_POINT);
    type("password", "not-the-password");
    go(By.cssSelector("form[action$='/sign-in'] button"));
    collect();

    signIn("/sign-in", "email", Seed.TIES_FOCAL_POINT, PASSWORD);
    for (String page : List.of("/my/account", "/my/requests", "/my/ties", "/my/users",
        "/my/users/ties-focal-point?text=alpine")) {
      read(page);
    }
    signOut();

    String email = address("pseudo");
    careers.createAccount(CreateCandidateAccount.builder().email(email).firstName("Paula").lastName("Pseudo")
        .language(Locale.ENGLISH).relation(StaffRelation.NONE).password(Secret.of(PASSWORD))
        .passwordConfirmation(Secret.of(PASSWORD)).build(), Actor.anonymous().in(Locale.ENGLISH));
    careers.verifyEmail(VerifyCandidateEmail.builder().email(email).code(Secret.of(Seed.lastCode(mail, email)))
        .build(), Actor.anonymous().in(Locale.ENGLISH));
    signIn("/careers/sign-in", "email", email, PASSWORD);
    for (String page : List.of("/careers/profile", "/careers/applications", "/careers/alerts",
        "/careers/privacy")) {
      read(page);
    }
    signOut();

    signIn("/staff/sign-in", "username", "recruiter", "Recruiter-Demo-1");
    read("/recruiting");
    follow(By.cssSelector("main table a[href*='/recruiting/vacancies/']"));
    signOut();
    signIn("/staff/sign-in", "username", "operator", "Operator-Demo-1");
    read("/desk");
    follow(By.cssSelector("main a[href*='/desk/organisations/']"));
    signOut();

    assertThat(hardCoded).as("text on the pages that is not from a bundle").isEmpty();
  }

  private void read(String page) {
    open(page);
    collect();
  }

  /** Opens the first link that matches, when the page has one. */
  private void follow(By link) {
    List<WebElement> links = browser.findElements(link);
    if (!links.isEmpty()) {
      read(links.get(0).getAttribute("href").replaceFirst("^https?://[^/]+", ""));
    }
  }

  private void collect() {
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as(browser.getCurrentUrl())
        .isEqualTo(PseudoLanguage.PSEUDO.getLanguage());
    @SuppressWarnings("unchecked")
    List<String> texts = (List<String>) browser.executeScript(TEXTS);
    String page = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    for (String text : texts) {
      String outside = text.substring(text.indexOf(": ") + 2);
      String before;
      do {
        before = outside;
        outside = BRACKETED.matcher(outside).replaceAll("");
      } while (!outside.equals(before));
      if (WORDS.matcher(outside).find() && !library.contains(outside.strip())) {
        hardCoded.add(page + " " + text);
      }
    }
  }

  /** The English sentences of the library's bundles ({@code ValidationMessages.properties} of every module). */
  private void readLibrarySentences() throws IOException {
    Enumeration<URL> bundles = PseudoLocalisationPagesTests.class.getClassLoader()
        .getResources("ValidationMessages.properties");
    for (URL bundle : Collections.list(bundles)) {
      Properties properties = new Properties();
      try (InputStream in = bundle.openStream()) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      properties.stringPropertyNames().forEach(key -> library.add(properties.getProperty(key)));
    }
    assertThat(library).as("the library's bundles").isNotEmpty();
  }

  private void signIn(String page, String name, String who, String password) {
    open(page);
    type(name, who);
    type("password", password);
    go(By.cssSelector("form[action$='" + page + "'] button"));
  }
}
