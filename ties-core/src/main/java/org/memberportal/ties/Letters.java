/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties;

import java.util.Map;
import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.kernel.Notification;

/**
 * Builds the TIES module's notification models: one recipient, in the recipient's language, with an idempotency
 * key derived from the change that caused it, so a retried batch never sends twice.
 *
 * @since 0.1.0
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class Letters {

  private Letters() {}

  /**
   * A notification to an account holder.
   *
   * @param recipient who receives it
   * @param kind the kind code, e.g. {@code ties.approved}
   * @param cause what makes it unique (the TIES account and its version), appended to the kind for the key
   * @param parameters the template's values
   * @return the notification
   */
  public static Notification to(AccountSummary recipient, String kind, String cause, Map<String, String> parameters) {
    return Notification.builder()
        .idempotencyKey(kind + ":" + cause + ":" + recipient.id())
        .recipient(recipient.email())
        .kind(kind)
        .locale(recipient.language())
        .putAllParameters(parameters)
        .build();
  }
}
