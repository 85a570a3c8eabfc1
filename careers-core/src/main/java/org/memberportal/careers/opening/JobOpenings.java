/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.opening;

import java.time.Instant;
import java.util.Locale;
import org.apiguardian.api.API;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.vacancy.Languages;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.Validation;

/**
 * The public "Job openings": anybody, signed in or not, lists and searches the published vacancies that are
 * open now, each in the requested language when the vacancy has it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class JobOpenings {

  private final Host host;
  private final Vacancies vacancies;

  /**
   * Creates the service.
   *
   * @param host the host (for its clock and failure translation)
   * @param vacancies where vacancies are kept
   */
  public JobOpenings(Host host, Vacancies vacancies) {
    this.host = host;
    this.vacancies = vacancies;
  }

  /**
   * One page of the open vacancies matching the query, soonest deadline first, shown in the query's language
   * if it names one, else in the actor's.
   *
   * @param query criteria and page
   * @param actor anybody, including {@link Actor#anonymous()}
   * @return the page
   * @throws org.memberportal.kernel.ValidationFailed when the page or a criterion is out of range
   */
  public Page<JobOpening> search(OpeningQuery query, Actor actor) {
    Validation.check(query, actor);
    Locale shown = query.language().map(Languages::of).orElse(actor.locale());
    return host.query(() -> vacancies.openings(query, host.clock().instant()).map(v -> JobOpening.of(v, shown)));
  }

  /**
   * One open vacancy, in the actor's language when it has it.
   *
   * @param id the vacancy
   * @param actor anybody
   * @return the opening
   * @throws NotFound {@code opening.not-found} when no such vacancy is published and open now
   */
  public JobOpening opening(VacancyId id, Actor actor) {
    return host.query(() -> {
      Instant now = host.clock().instant();
      return vacancies.find(id)
          .filter(v -> v.open(now))
          .map(v -> JobOpening.of(v, actor.locale()))
          .orElseThrow(() -> new NotFound(CareersRefusals.OPENING_NOT_FOUND, "no open vacancy " + id));
    });
  }
}
