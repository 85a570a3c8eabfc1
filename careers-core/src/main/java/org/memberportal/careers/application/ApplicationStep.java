/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Text;

/**
 * Command: one step on an application (submit, withdraw, delete a draft, or a recruiter's move), with the
 * reason code a withdrawal or a decision not to select needs, and the label of an assessment step.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class ApplicationStep implements NamedApplication {

  /**
   * A reason code, e.g. {@code "accepted-other-offer"} or {@code "experience"}.
   *
   * @return the code, if any
   */
  public abstract Optional<@Text @Pattern(regexp = "[a-z0-9][a-z0-9.-]{0,59}",
      message = "{careers.application.reason.malformed}") String> reason();

  /**
   * The assessment step's label, e.g. "written test".
   *
   * @return the label, if any
   */
  public abstract Optional<@Text
      @Size(min = 1, max = 100, message = "{careers.application.step.too-long}") String> step();

  /**
   * A step without reason or label.
   *
   * @param application the application
   * @return the command
   */
  public static ApplicationStep of(ApplicationId application) {
    return builder().application(application).build();
  }

  /**
   * A step with a reason code.
   *
   * @param application the application
   * @param reason the reason code
   * @return the command
   */
  public static ApplicationStep because(ApplicationId application, String reason) {
    return builder().application(application).reason(reason).build();
  }

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApplicationStep}. */
  public static final class Builder extends ImmutableApplicationStep.Builder {}
}
