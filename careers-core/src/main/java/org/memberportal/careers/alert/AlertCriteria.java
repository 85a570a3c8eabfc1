/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.alert;

import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.careers.opening.Words;
import org.memberportal.careers.vacancy.Languages;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.Text;

/**
 * What vacancies a job alert is about. An empty criterion matches any vacancy; several values in one
 * criterion match any of them; criteria combine with "and"; every keyword must appear in the vacancy's
 * reference, title or text (any language, case and accents ignored).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class AlertCriteria {

  /**
   * Types wanted.
   *
   * @return the types, empty for any
   */
  public abstract Set<VacancyType> types();

  /**
   * Grades wanted (case ignored).
   *
   * @return the grades, empty for any
   */
  @Size(max = 20, message = "{careers.alert.grades.too-many}")
  public abstract Set<@Text String> grades();

  /**
   * Duty station codes wanted (case ignored).
   *
   * @return the codes, empty for any
   */
  @Size(max = 50, message = "{careers.alert.stations.too-many}")
  public abstract Set<@Text String> dutyStations();

  /**
   * Languages the vacancy must be available in (any of them).
   *
   * @return the languages, empty for any
   */
  public abstract Set<Locale> languages();

  /**
   * Words that must all appear.
   *
   * @return the keywords, empty for none
   */
  public abstract Optional<@Text @Size(max = 200, message = "{careers.alert.keywords.too-long}") String> keywords();

  /**
   * Whether a vacancy matches.
   *
   * @param v the vacancy
   * @return true when every criterion holds
   */
  public boolean matches(Vacancy v) {
    if (!types().isEmpty() && !types().contains(v.type())) {
      return false;
    }
    if (!grades().isEmpty() && grades().stream().noneMatch(g -> g.strip().equalsIgnoreCase(v.grade()))) {
      return false;
    }
    if (!dutyStations().isEmpty() && dutyStations().stream().noneMatch(s -> s.strip().equalsIgnoreCase(v.dutyStation().key()))) {
      return false;
    }
    if (!languages().isEmpty() && languages().stream().map(Languages::of).noneMatch(v.texts()::containsKey)) {
      return false;
    }
    return keywords().map(k -> Words.of(v).containsAll(Words.of(k))).orElse(true);
  }

  /**
   * Criteria matching every vacancy.
   *
   * @return the criteria
   */
  public static AlertCriteria any() {
    return builder().build();
  }

  /**
   * Starts criteria.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link AlertCriteria}. */
  public static final class Builder extends ImmutableAlertCriteria.Builder {}
}
