/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import org.apiguardian.api.API;

/**
 * The command collides with the current state: a duplicate, or a concurrent modification that won.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Conflict extends PortalException {

  /** Stable code of this kind of failure. */
  public static final String CODE = "conflict";

  /**
   * Creates the failure.
   *
   * @param reason stable code of the rule, a constant of its module's catalogue of refusals, e.g. {@code
   *     account.email-taken}
   * @param message an English explanation for logs; never secrets or personal data
   */
  public Conflict(String reason, String message) {
    super(reason, message);
  }

  @Override
  public String code() {
    return CODE;
  }
}
