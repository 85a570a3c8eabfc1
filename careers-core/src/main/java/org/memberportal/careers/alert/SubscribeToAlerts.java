package org.memberportal.careers.alert;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.EmailAddress;

/**
 * Command: a signed-in candidate subscribes to job alerts with criteria, the address to write to and their
 * language (the careers account fills these in from the candidate's account).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class SubscribeToAlerts {

  /**
   * What vacancies to be told about.
   *
   * @return the criteria
   */
  @NotNull(message = "{careers.alert.criteria.missing}")
  @Valid
  public abstract @Nullable AlertCriteria criteria();

  /**
   * Where to write.
   *
   * @return the address
   */
  @NotBlank(message = "{careers.alert.email.blank}")
  @Email(message = "{careers.alert.email.malformed}")
  @Size(max = EmailAddress.MAX_LENGTH, message = "{careers.alert.email.malformed}")
  public abstract @Nullable String email();

  /**
   * The language to write in.
   *
   * @return the language
   */
  @NotNull(message = "{careers.alert.language.missing}")
  public abstract @Nullable Locale language();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SubscribeToAlerts}. */
  public static final class Builder extends ImmutableSubscribeToAlerts.Builder {}
}
