/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import jakarta.mail.MessagingException;
import org.apiguardian.api.API;

/**
 * The mail server did not take a notification (down, refusing, timing out); the relay retries it later.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MailFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Wraps the transport's failure.
   *
   * @param idempotencyKey which notification
   * @param cause what went wrong
   */
  public MailFailure(String idempotencyKey, MessagingException cause) {
    // the key and the failure's class only: a transport message may quote addresses
    super("notification " + idempotencyKey + " not sent: " + cause.getClass().getSimpleName(), cause);
  }
}
