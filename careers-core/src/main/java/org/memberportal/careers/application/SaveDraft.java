/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Text;

/**
 * Command: the candidate saves a draft application's cover letter; the {@link #application()} is the draft.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class SaveDraft implements NamedApplication {

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
