/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.Text;

/**
 * Command: a signed-in candidate applies to a vacancy (or starts a draft application to it).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Apply {

  /** Longest cover letter accepted. */
  public static final int MAX_LETTER = 10_000;

  /**
   * The vacancy.
   *
   * @return its id
   */
  @NotNull(message = "{careers.application.vacancy.missing}")
  public abstract @Nullable VacancyId vacancy();

  /**
   * The candidate's motivation for this vacancy.
   *
   * @return the letter, if any
   */
  public abstract Optional<@Text(multiLine = true)
      @Size(max = MAX_LETTER, message = "{careers.application.letter.too-long}") String> coverLetter();

  /**
   * Applies to a vacancy without a letter.
   *
   * @param vacancy the vacancy
   * @return the command
   */
  public static Apply to(VacancyId vacancy) {
    return builder().vacancy(vacancy).build();
  }

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Apply}. */
  public static final class Builder extends ImmutableApply.Builder {}
}
