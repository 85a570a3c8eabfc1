/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Paging;

/**
 * A page of the recruiter's desk: the vacancies a recruiter drafted, in every status unless some are asked for,
 * newest first (latest opening date first, then by reference number).
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@Paging.Codes(page = "careers.vacancy.page.negative", size = "careers.vacancy.size.out-of-range")
@Value.Immutable
public abstract class VacancyQuery implements Paging {

  /**
   * The statuses wanted.
   *
   * @return the statuses, empty for every status
   */
  public abstract Set<VacancyStatus> statuses();

  /**
   * The first page of every vacancy of the recruiter's.
   *
   * @return the query
   */
  public static VacancyQuery all() {
    return builder().build();
  }

  /**
   * Starts a query.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VacancyQuery}. */
  public static final class Builder extends ImmutableVacancyQuery.Builder {}
}
