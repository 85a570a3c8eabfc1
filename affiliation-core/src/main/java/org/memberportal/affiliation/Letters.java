/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation;

import java.util.Map;
import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.kernel.Notification;

/**
 * Builds the module's notification models: one recipient, in the recipient's language, with an idempotency key
 * derived from the event that caused it, so a retried batch never sends twice.
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
   * @param kind the kind code, e.g. {@code affiliation.approved}
   * @param cause what makes it unique (an affiliation id, a seat version), appended to the kind for the key
   * @param parameters the template's values
   * @return the notification
   */
  public static Notification to(AccountSummary recipient, String kind, String cause, Map<String, String> parameters) {
    return draft(recipient, kind, cause).putAllParameters(parameters).build();
  }

  /**
   * A notification to an account holder, its parameters still to be put: for a caller that would otherwise fill a
   * map only to have it copied.
   *
   * @param recipient who receives it
   * @param kind the kind code, e.g. {@code affiliation.approved}
   * @param cause what makes it unique (an affiliation id, a seat version), appended to the kind for the key
   * @return the builder, addressed and keyed
   */
  public static Notification.Builder draft(AccountSummary recipient, String kind, String cause) {
    return Notification.builder()
        .idempotencyKey(kind + ":" + cause + ":" + recipient.id())
        .recipient(recipient.email())
        .kind(kind)
        .locale(recipient.language());
  }
}
