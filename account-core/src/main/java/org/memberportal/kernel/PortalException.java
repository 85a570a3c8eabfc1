package org.memberportal.kernel;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The only family of exceptions the library's public API throws. Each subtype has a stable {@link #code()} a
 * front-end can map to a screen, and a {@link #reason()} that names the precise rule.
 *
 * <p>Messages never contain secrets or personal data.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public abstract sealed class PortalException extends RuntimeException
    permits ValidationFailed, NotFound, NotAllowed, IllegalTransition, Conflict, PreconditionFailed,
        Unavailable {

  private final String reason;

  PortalException(String reason, String message) {
    this(reason, message, null);
  }

  PortalException(String reason, String message, @Nullable Throwable cause) {
    // no stack trace: these are expected outcomes of commands, thrown often and cheaply
    super(message, cause, false, cause != null);
    this.reason = reason;
  }

  /**
   * The stable code of this failure's kind, e.g. {@code "not-allowed"}.
   *
   * @return the kind's code
   */
  public abstract String code();

  /**
   * The stable code of the precise rule that failed, e.g. {@code "affiliation.not-a-focal-point"}.
   *
   * @return the rule's code
   */
  public String reason() {
    return reason;
  }
}
