package org.memberportal.kernel;

import org.apiguardian.api.API;

/**
 * A precondition of the command does not hold; {@link #reason()} says what is missing.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class PreconditionFailed extends PortalException {

  /** Stable code of this kind of failure. */
  public static final String CODE = "precondition-failed";

  /**
   * Creates the failure.
   *
   * @param reason stable code of the rule, e.g. {@code "account.not-found"}
   * @param message an English explanation for logs; never secrets or personal data
   */
  public PreconditionFailed(String reason, String message) {
    super(reason, message);
  }

  @Override
  public String code() {
    return CODE;
  }
}
