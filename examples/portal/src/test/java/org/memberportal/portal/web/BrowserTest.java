/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.memberportal.portal.PortalApplication;
import org.memberportal.portal.embedded.Seed;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/**
 * The pages in a real browser: the system's Chromium ({@code /usr/bin/chromium}) driven headless through its
 * chromedriver ({@code /usr/bin/chromedriver}), both set explicitly so that nothing is ever downloaded; one browser per
 * test class, on the portal started once for every end-to-end test (the same configuration as the API's tests, so
 * Spring's context cache shares one application). Without the browser the tests fail, never skip.
 *
 * <p>{@link #screen} checks each screen with axe-core (WCAG 2.x A and AA rules; no serious or critical violation)
 * and saves its screenshot under {@code target/screenshots}; with {@code -Dscreenshots.write=true} the ones the
 * README shows are copied to {@code docs/screenshots}.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.forward-headers-strategy=native", "member-portal.jobs.relay=200ms",
        "portal.test.doubles=true", "member-portal.accounts.second-factor-for="})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

  static final String PASSWORD = Seed.PASSWORD;
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");
  private static final Path DOCS = Path.of("..", "..", "docs", "screenshots");
  private static final List<String> README_SHOTS = List.of("sign-up-step-1", "manage-my-users",
      "hand-over-pop-up", "my-requests", "candidate-profile", "jobs-applied-outcome", "vacancy-pipeline",
      "service-desk", "manage-my-users-ar", "sign-in-security", "authenticator-app", "second-step");
  private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6,8})(?!\\d)");
  private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

  @LocalServerPort
  int port;

  @Autowired
  MessageSource messages;

  ChromeDriver browser;
  WebDriverWait wait;
  private String axe;

  @BeforeAll
  void startBrowser() throws IOException {
    assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver)").isExecutable();
    assertThat(CHROMEDRIVER).as("Debian's chromium-driver").isExecutable();
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
        .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
            "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    try (InputStream script = getClass().getClassLoader().getResourceAsStream(AXE)) {
      assertThat(script).as("axe-core on the test class path").isNotNull();
      axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Opens a page of the portal. */
  void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  /** Opens the start page in a language, which the portal then remembers. */
  void openIn(Language language) {
    open("/?lang=" + language.tag());
  }

  /**
   * A journey run once in each language of {@link #languages()}: the test takes a {@link Language}.
   */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ParameterizedTest(name = "{0}")
  @MethodSource("org.memberportal.portal.web.BrowserTest#languages")
  @interface InEachLanguage {}

  /**
   * The languages the journeys run in: English, French, Arabic (right to left) and Chinese.
   *
   * @return the languages
   */
  static Stream<Language> languages() {
    return Stream.of("en", "fr", "ar", "zh").map(Language::new);
  }

  /**
   * A language a journey reads the pages in.
   *
   * @param tag its tag, as {@code ?lang=} takes it
   */
  record Language(String tag) {

    /** {@return its locale, for the expected sentences} */
    Locale locale() {
      return Locale.forLanguageTag(tag);
    }

    /** {@return the suffix of its screenshots' names: none for English} */
    String shot() {
      return "en".equals(tag) ? "" : "-" + tag;
    }
  }

  /** The portal's sentence for a key in a language. */
  String words(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }

  /** Clicks something that loads a new page, and waits until it has loaded (a redirection's target too). */
  void go(By target) {
    WebElement page = browser.findElement(By.tagName("html"));
    browser.findElement(target).click();
    wait.until(d -> gone(page));
    wait.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
  }

  /**
   * Whether an element's page was replaced: stale, or (Chromium's answer when the old document is being torn down)
   * a node that no longer belongs to the document.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    } catch (WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Types into a field, replacing what it held. */
  void type(String id, String text) {
    WebElement field = browser.findElement(By.id(id));
    field.clear();
    field.sendKeys(text);
  }

  /** Sets a field's value as a date picker would (typing into one depends on the browser's locale). */
  void setValue(String id, String value) {
    browser.executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), value);
  }

  void choose(String id, String value) {
    new Select(browser.findElement(By.id(id))).selectByValue(value);
  }

  /** Signs a member in with the password (an account with a second factor then sees the second step). */
  void signIn(String email) {
    open("/sign-in");
    type("email", email);
    type("password", PASSWORD);
    go(By.cssSelector("form[action$='/sign-in'] button"));
  }

  /** Signs whoever is signed in out. */
  void signOut() {
    go(By.cssSelector("form[action$='/sign-out'] button"));
  }

  String heading() {
    return browser.findElement(By.tagName("h1")).getText();
  }

  String notice() {
    return browser.findElement(By.cssSelector("p.notice")).getText();
  }

  String menu() {
    return browser.findElement(By.cssSelector("header nav")).getText();
  }

  /**
   * A screen as a person meets it: every sentence found in the bundles, no serious or critical accessibility
   * violation (axe-core, WCAG 2.x A and AA), and its screenshot saved.
   */
  void screen(String name) {
    assertThat(browser.getPageSource()).as("a sentence missing from the bundles on %s", name).doesNotContain("??");
    if (!"true".equals(browser.executeScript("return String(typeof axe !== 'undefined')"))) {
      browser.executeScript(axe);
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
            + " 'wcag22aa']}}).then(r => done(r.violations.filter(v => v.impact === 'serious'"
            + " || v.impact === 'critical').map(v => ({id: v.id, impact: v.impact, help: v.help,"
            + " nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))), e => done([{id: 'axe-failed',"
            + " help: String(e)}]));");
    assertThat(violations).as("axe-core on %s (%s)", name, browser.getCurrentUrl()).isEmpty();
    Path shot = SHOTS.resolve(name + ".png");
    try {
      Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));
      if (Boolean.getBoolean("screenshots.write") && README_SHOTS.contains(name)) {
        Files.createDirectories(DOCS);
        Files.copy(shot, DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The last code mailed to an address, read as a newcomer reads it: on the development mailbox page, newest
   * first, waiting for the relay.
   */
  String codeFromMailbox(String email, String after) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      open("/dev/mails");
      for (WebElement mail : browser.findElements(By.tagName("article"))) {
        String text = mail.getText();
        if (text.contains("To: " + email)) {
          Matcher code = CODE.matcher(mail.findElement(By.tagName("pre")).getText());
          if (code.find() && !code.group(1).equals(after)) {
            return code.group(1);
          }
          break;
        }
      }
      sleep();
    }
    throw new AssertionError("no code on the development mailbox page for " + email);
  }

  /** A fresh address of the test's own (letters only, so that no digits of it look like a code). */
  static String address(String name) {
    return name + "." + UUID.randomUUID().toString().replaceAll("[^a-f]", "") + "@example.org";
  }

  String pageText() {
    return browser.findElement(By.tagName("main")).getText();
  }

  List<String> texts(By by) {
    return browser.findElements(by).stream().map(WebElement::getText).collect(Collectors.toList());
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
