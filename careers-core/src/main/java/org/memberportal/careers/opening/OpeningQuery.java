/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.opening;

import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.Paging;
import org.memberportal.kernel.Text;

/**
 * A search of the job openings. Empty criteria match everything; several values in one criterion match any
 * of them; criteria combine with "and". Results come soonest deadline first.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Paging.Codes(page = "careers.opening.page.negative", size = "careers.opening.size.out-of-range")
@Value.Immutable
public abstract class OpeningQuery implements Paging {

  /**
   * Types wanted.
   *
   * @return the types, empty for any
   */
  public abstract Set<VacancyType> types();

  /**
   * Grades wanted, e.g. {@code "P-3"} (case does not matter).
   *
   * @return the grades, empty for any
   */
  @Size(max = 20, message = "{careers.opening.grades.too-many}")
  public abstract Set<@Text String> grades();

  /**
   * Duty station codes wanted (case does not matter).
   *
   * @return the codes, empty for any
   */
  @Size(max = 50, message = "{careers.opening.stations.too-many}")
  public abstract Set<@Text String> dutyStations();

  /**
   * Only vacancies with a text in this language; also the language results are shown in.
   *
   * @return the language, empty for any
   */
  public abstract Optional<Locale> language();

  /**
   * Words that must all appear in the title or text (in any of its languages; case and accents ignored).
   *
   * @return the keywords, empty for none
   */
  public abstract Optional<@Text @Size(max = 200, message = "{careers.opening.keywords.too-long}") String> keywords();

  /**
   * Only vacancies whose deadline falls within this time from now ("closing soon").
   *
   * @return the window, empty for any deadline
   */
  public abstract Optional<Duration> closingWithin();

  /**
   * A query for every opening, first page.
   *
   * @return the query
   */
  public static OpeningQuery all() {
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

  /** Builds an {@link OpeningQuery}. */
  public static final class Builder extends ImmutableOpeningQuery.Builder {}
}
