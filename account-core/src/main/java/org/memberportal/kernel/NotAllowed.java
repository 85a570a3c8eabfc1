/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import org.apiguardian.api.API;

/**
 * The actor may not perform this command on this subject.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class NotAllowed extends PortalException {

  /** Stable code of this kind of failure. */
  public static final String CODE = "not-allowed";

  /**
   * Creates the failure.
   *
   * @param reason stable code of the rule, a constant of its module's catalogue of refusals, e.g. {@code
   *     account.not-allowed}
   * @param message an English explanation for logs; never secrets or personal data
   */
  public NotAllowed(String reason, String message) {
    super(reason, message);
  }

  @Override
  public String code() {
    return CODE;
  }
}
