/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import org.apiguardian.api.API;

/**
 * The thing a command names does not exist, or the actor may not know that it exists.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class NotFound extends PortalException {

  /** Stable code of this kind of failure. */
  public static final String CODE = "not-found";

  /**
   * Creates the failure.
   *
   * @param reason stable code of the rule, a constant of its module's catalogue of refusals, e.g. {@code
   *     account.not-found}
   * @param message an English explanation for logs; never secrets or personal data
   */
  public NotFound(String reason, String message) {
    super(reason, message);
  }

  @Override
  public String code() {
    return CODE;
  }
}
