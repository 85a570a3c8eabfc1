/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Command: a recruiter replaces the content of a draft vacancy; the {@link #vacancy()} is the draft to revise.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class ReviseVacancy implements NamedVacancy {

  /**
   * Its new content.
   *
   * @return the content
   */
  @NotNull(message = "{careers.vacancy.content.missing}")
  @Valid
  public abstract @Nullable DraftVacancy content();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviseVacancy}. */
  public static final class Builder extends ImmutableReviseVacancy.Builder {}
}
