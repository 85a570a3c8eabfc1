/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyQuery;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.StaffId;

/**
 * Port: the vacancies, with the searches the public listing needs. The store owns the version: {@link #add}
 * stores a new vacancy at version 1, {@link #update} only over the version it was read at and one version on. An implementation indexes published
 * vacancies so that a search by type, grade, duty station, language or deadline does not read every vacancy.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Vacancies {

  /**
   * The vacancy with this id.
   *
   * @param id the id
   * @return the vacancy, or empty
   */
  Optional<Vacancy> find(VacancyId id);

  /**
   * Stores a new vacancy.
   *
   * @param vacancy the vacancy, at version 0
   * @return the vacancy as stored, at version 1
   * @throws org.memberportal.kernel.Conflict {@code vacancy.duplicate-reference} when its reference number is
   *     taken (case ignored), {@code vacancy.duplicate-id} when its id is
   */
  Vacancy add(Vacancy vacancy);

  /**
   * Stores a changed vacancy over the version it was read at.
   *
   * @param vacancy the vacancy as read, changed
   * @return the vacancy as stored, one version on
   * @throws org.memberportal.kernel.Conflict {@link org.memberportal.kernel.KernelRefusals#STALE_VERSION} when
   *     the stored version is not {@code vacancy.version()}, {@code vacancy.duplicate-reference} when its new
   *     reference number is taken
   * @throws org.memberportal.kernel.NotFound {@code vacancy.not-found} when it was never added
   */
  Vacancy update(Vacancy vacancy);

  /**
   * Published vacancies whose deadline is at or before the instant, soonest deadline first, for the closing tick.
   *
   * @param deadline the instant
   * @param limit most vacancies to return
   * @return the vacancies to close
   */
  List<Vacancy> publishedClosingBy(Instant deadline, int limit);

  /**
   * One page of the vacancies open at this instant (published, opened, deadline not reached) that match the
   * query, soonest deadline first, then by reference number.
   *
   * @param query the criteria and page
   * @param now the instant
   * @return the page
   */
  Page<Vacancy> openings(OpeningQuery query, Instant now);

  /**
   * One page of the vacancies a recruiter drafted, in the statuses the query asks for (every status when it
   * names none), newest first: latest opening date first, then by reference number, then by id.
   *
   * @param recruiter who drafted them
   * @param query the statuses and page
   * @return the page
   * @since 0.2.0
   */
  Page<Vacancy> draftedBy(StaffId recruiter, VacancyQuery query);
}
