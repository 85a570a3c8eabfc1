/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.constraints.NotNull;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Text;

/**
 * A language the candidate knows, with reading, writing and speaking levels.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class LanguageSkill implements ProfileEntry {

  @Override
  public final Section section() {
    return Section.LANGUAGES;
  }

  /**
   * The language, as an ISO 639-1 code.
   *
   * @return the code, e.g. {@code "fr"}
   */
  @IsoLanguage
  @Text
  public abstract String language();

  /**
   * How well the candidate reads it.
   *
   * @return the level
   */
  @NotNull
  public abstract Proficiency reading();

  /**
   * How well the candidate writes it.
   *
   * @return the level
   */
  @NotNull
  public abstract Proficiency writing();

  /**
   * How well the candidate speaks it.
   *
   * @return the level
   */
  @NotNull
  public abstract Proficiency speaking();

  /**
   * Starts an entry.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LanguageSkill}. */
  public static final class Builder extends ImmutableLanguageSkill.Builder {}
}
