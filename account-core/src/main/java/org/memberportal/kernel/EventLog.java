/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Port: the append-only store of domain events, written in the same transaction as the state change; it is
 * the audit trail (who, what, when) of every aggregate.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface EventLog {

  /**
   * Records an event in the current transaction.
   *
   * @param event the event
   */
  void append(DomainEvent event);

  /**
   * The audit trail of one aggregate, oldest first.
   *
   * @param subject the aggregate, as {@code "kind:id"}
   * @return its events
   */
  List<DomainEvent> trail(String subject);
}
