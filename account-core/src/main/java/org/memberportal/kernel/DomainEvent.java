/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Something that happened to an aggregate: every state change emits one. Events carry ids, never secrets or
 * personal data in clear, so they can be logged, stored as the audit trail and sent to other modules.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface DomainEvent {

  /**
   * When it happened, by the injected clock.
   *
   * @return the instant
   */
  Instant occurredAt();

  /**
   * Who made it happen.
   *
   * @return the actor
   */
  Actor actor();

  /**
   * The aggregate it happened to, as {@code "kind:id"} (e.g. {@code "account:4f1c..."}); the audit trail of an
   * aggregate is every event with its subject.
   *
   * @return the subject
   */
  String subject();

  /**
   * A short stable name of the event, by default its simple class name.
   *
   * @return the type name
   */
  default String type() {
    return getClass().getSimpleName();
  }

  /**
   * A short summary of what changed, for an audit trail shown to the person it concerns (e.g. a candidate's data
   * export): codes only, never personal data or secrets. A host's event log stores it with the event, so the
   * trail reads the same from any store.
   *
   * @return the summary; empty by default
   */
  default String detail() {
    return "";
  }
}
