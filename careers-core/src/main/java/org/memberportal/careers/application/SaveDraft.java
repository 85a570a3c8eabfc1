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
import org.memberportal.kernel.Text;

/**
 * Command: the candidate saves a draft application's cover letter.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class SaveDraft {

  /**
   * The draft.
   *
   * @return its id
   */
  @NotNull(message = "{careers.application.id.missing}")
  public abstract @Nullable ApplicationId application();

  /**
   * The letter, or empty to remove it.
   *
   * @return the letter
   */
  public abstract Optional<@Text(multiLine = true)
      @Size(max = Apply.MAX_LETTER, message = "{careers.application.letter.too-long}") String> coverLetter();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SaveDraft}. */
  public static final class Builder extends ImmutableSaveDraft.Builder {}
}
