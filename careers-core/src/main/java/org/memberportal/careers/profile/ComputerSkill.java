/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Text;

/**
 * A computer skill (a tool, a language, a system) and how well the candidate masters it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class ComputerSkill implements ProfileEntry {

  @Override
  public final Section section() {
    return Section.COMPUTER_SKILLS;
  }

  /**
   * The skill, e.g. a spreadsheet program.
   *
   * @return the skill
   */
  @NotBlank
  @Size(max = SHORT)
  @Text
  public abstract String skill();

  /**
   * How well the candidate masters it.
   *
   * @return the level
   */
  public abstract Proficiency level();

  /**
   * Starts an entry.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ComputerSkill}. */
  public static final class Builder extends ImmutableComputerSkill.Builder {}
}
