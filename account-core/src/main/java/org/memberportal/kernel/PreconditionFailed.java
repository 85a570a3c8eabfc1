/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.List;
import java.util.Map;
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
   * @param reason stable code of the rule, a constant of its module's catalogue of refusals, e.g. {@code
   *     account.code-rejected}
   * @param message an English explanation for logs; never secrets or personal data
   */
  public PreconditionFailed(String reason, String message) {
    super(reason, message);
  }

  /**
   * Creates the failure with what is missing, machine-readable.
   *
   * @param reason stable code of the rule, e.g. {@code "application.profile-incomplete"}
   * @param message an English explanation for logs; never secrets or personal data
   * @param details what is missing: each detail a name and its values (codes, never secrets or personal data),
   *     named in {@link #message(java.util.Locale)}
   */
  public PreconditionFailed(String reason, String message, Map<String, List<String>> details) {
    super(reason, message, details, null);
  }

  @Override
  public String code() {
    return CODE;
  }
}
