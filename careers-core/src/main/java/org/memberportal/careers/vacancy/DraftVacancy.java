/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Text;

/**
 * Command: a recruiter writes a new vacancy as a draft (or, inside {@link ReviseVacancy}, its new content).
 * Texts may be missing while drafting; publication checks the language rules.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class DraftVacancy {

  /**
   * The public reference number, unique among vacancies.
   *
   * @return the reference number
   */
  @NotBlank(message = "{careers.vacancy.reference.blank}")
  @Size(max = 40, message = "{careers.vacancy.reference.too-long}")
  @Pattern(regexp = "[A-Za-z0-9/._-]*", message = "{careers.vacancy.reference.malformed}")
  @Text
  public abstract @Nullable String referenceNumber();

  /**
   * The kind of contract.
   *
   * @return the type
   */
  @NotNull(message = "{careers.vacancy.type.missing}")
  public abstract @Nullable VacancyType type();

  /**
   * The grade, e.g. {@code "P-3"}.
   *
   * @return the grade
   */
  @NotBlank(message = "{careers.vacancy.grade.blank}")
  @Size(max = 10, message = "{careers.vacancy.grade.too-long}")
  @Pattern(regexp = "\\s*[A-Za-z0-9-]*\\s*", message = "{careers.vacancy.grade.malformed}")
  @Text
  public abstract @Nullable String grade();

  /**
   * Where the post is based.
   *
   * @return the duty station
   */
  @NotNull(message = "{careers.vacancy.station.missing}")
  @Valid
  public abstract @Nullable DutyStation dutyStation();

  /**
   * Title and text by language.
   *
   * @return the texts
   */
  public abstract Map<Locale, @Valid VacancyText> texts();

  /**
   * When applications open, with the zone of the notice.
   *
   * @return the opening date-time
   */
  @NotNull(message = "{careers.vacancy.opens-at.missing}")
  public abstract @Nullable ZonedDateTime opensAt();

  /**
   * The deadline, with the zone of the notice.
   *
   * @return the closing date-time
   */
  @NotNull(message = "{careers.vacancy.closes-at.missing}")
  public abstract @Nullable ZonedDateTime closesAt();

  /**
   * The deadline comes after the opening.
   *
   * @return true when both are given and in order
   */
  @AssertTrue(message = "{careers.vacancy.closes-at.before-opening}")
  protected boolean closesAfterOpening() {
    ZonedDateTime opens = opensAt();
    ZonedDateTime closes = closesAt();
    return opens == null || closes == null || closes.toInstant().isAfter(opens.toInstant());
  }

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DraftVacancy}. */
  public static final class Builder extends ImmutableDraftVacancy.Builder {}
}
