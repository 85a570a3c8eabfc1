/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import org.apiguardian.api.API;

/**
 * Port: renders and sends one notification (the host's mail). Called by the {@link NotificationRelay} outside
 * any transaction, at least once per notification: an implementation drops a second call with the same
 * {@link Notification#idempotencyKey()}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@FunctionalInterface
public interface Notifier {

  /**
   * Sends the notification.
   *
   * @param notification what to send
   * @throws RuntimeException when it could not be sent now; the relay retries later
   */
  void send(Notification notification);
}
