/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Careers' public "Job openings" in Chromium: no sign-in, search and filters, each opening in the reader's language. */
class JobOpeningsPagesTests extends BrowserTest {

  @Test
  void aVisitorSearchesTheJobOpeningsAndReadsOneInEnglishThenInFrench() {
    open("/");
    browser.manage().deleteAllCookies();
    open("/careers/jobs?lang=en");
    assertThat(pageText()).contains("Radio Network Engineer", "2026/P3/12",
        words("web.jobs.staff", Locale.ENGLISH));
    screen("job-openings");
    type("keywords", "radio");
    choose("type", "INTERNSHIP");
    go(By.cssSelector("form[role=search] button"));
    assertThat(pageText()).contains(words("web.jobs.none", Locale.ENGLISH)).doesNotContain("2026/P3/12");
    choose("type", "REGULAR_POST");
    go(By.cssSelector("form[role=search] button"));
    assertThat(pageText()).contains("Radio Network Engineer");

    go(By.linkText("Français"));
    assertThat(pageText()).contains("Ingénieur réseau radio");
    go(By.linkText("Ingénieur réseau radio"));
    assertThat(heading()).isEqualTo("Ingénieur réseau radio");
    assertThat(pageText()).contains("Conçoit et exploite le réseau de radiocommunication.",
        words("web.jobs.type.REGULAR_POST", Locale.FRENCH));
    screen("job-opening-fr");
  }
}
