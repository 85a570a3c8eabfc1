/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.careers;

import org.memberportal.careers.opening.JobOpening;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.Page;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.security.Me;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public "Job openings" (C6), without signing in: the published vacancies open now, searched and filtered, each
 * in the caller's language when the vacancy has it.
 */
@RestController
public class JobOpeningEndpoints {

  private final JobOpenings openings;
  private final Commands commands;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param openings the job openings
   * @param commands reads the query parameters as a query
   * @param me the caller
   */
  public JobOpeningEndpoints(JobOpenings openings, Commands commands, Me me) {
    this.openings = openings;
    this.commands = commands;
    this.me = me;
  }

  /**
   * The job openings by the {@code OpeningQuery} attributes as query parameters: {@code types}, {@code grades},
   * {@code dutyStations} (each repeatable), {@code language}, {@code keywords}, {@code closingWithin} (an ISO 8601
   * duration, {@code P7D}), {@code page}, {@code size}; soonest deadline first.
   *
   * @param query the parameters
   * @return a page of openings
   */
  @GetMapping("/api/careers/openings")
  public Page<JobOpening> search(@RequestParam MultiValueMap<String, String> query) {
    return openings.search(commands.query(query, OpeningQuery.class), me.actor());
  }

  /**
   * One open vacancy.
   *
   * @param vacancy the vacancy's id
   * @return the opening
   */
  @GetMapping("/api/careers/openings/{vacancy}")
  public JobOpening opening(@PathVariable String vacancy) {
    return openings.opening(VacancyId.of(vacancy), me.actor());
  }
}
