/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.time.Duration;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.PortalException;
import org.memberportal.portal.security.Me;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Careers' public "Job openings": anybody, signed in or not, searches the published vacancies by keywords, type
 * and closing date, and reads one in their language (or the vacancy's).
 */
@Controller
public class CareersPages {

  /** "Closing soon": within two weeks. */
  private static final Duration SOON = Duration.ofDays(14);

  private final JobOpenings openings;
  private final Me me;

  /**
   * Makes the pages.
   *
   * @param openings the job openings
   * @param me the reader
   */
  public CareersPages(JobOpenings openings, Me me) {
    this.openings = openings;
    this.me = me;
  }

  /**
   * Job openings, searched: every opening, each in the reader's language when it has a text in it, else in English,
   * else French (a reader of Arabic sees the openings published in ITU's working languages, not an empty list).
   *
   * @param keywords the words searched
   * @param type the vacancy type, if any
   * @param closingSoon whether only those closing within two weeks
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/careers/jobs")
  public String jobs(@RequestParam(required = false) @Nullable String keywords,
      @RequestParam(required = false) @Nullable String type, @RequestParam(defaultValue = "false") boolean closingSoon,
      Model model) {
    OpeningQuery.Builder query = OpeningQuery.builder();
    if (SignUpForm.text(keywords) != null) {
      query.keywords(keywords.strip());
    }
    Arrays.stream(VacancyType.values()).filter(t -> t.name().equals(type)).findFirst().ifPresent(query::addTypes);
    if (closingSoon) {
      query.closingWithin(SOON);
    }
    model.addAttribute("keywords", keywords == null ? "" : keywords);
    model.addAttribute("type", type == null ? "" : type);
    model.addAttribute("closingSoon", closingSoon);
    model.addAttribute("types", VacancyType.values());
    try {
      model.addAttribute("openings", openings.search(query.build(), me.actor()).items());
    } catch (PortalException refusal) {
      model.addAttribute("openings", java.util.List.of());
      model.addAttribute("feedback", Feedback.of(refusal, "", me.actor().locale()));
    }
    return "jobs";
  }

  /**
   * One job opening.
   *
   * @param vacancy the vacancy
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/careers/jobs/{vacancy}")
  public String job(@PathVariable String vacancy, Model model) {
    model.addAttribute("opening", openings.opening(VacancyId.of(vacancy), me.actor()));
    return "job";
  }
}
