/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.time.Instant;
import java.util.Map;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * A domain event as read back from the PostgreSQL event log: its common fields, its type and event class, and
 * its other record components as texts. The log is an audit trail, so it keeps what happened in a form any
 * reader (or psql) understands, without a JSON library or Java serialisation.
 *
 * @param occurredAt when it happened
 * @param actor who made it happen
 * @param subject the aggregate, as {@code "kind:id"}
 * @param type the event's type name
 * @param eventClass the event's Java class name when it was recorded
 * @param detail the event's {@link DomainEvent#detail()} when it was recorded
 * @param attributes the event's other components, by name, as texts
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RecordedEvent(Instant occurredAt, Actor actor, String subject, String type, String eventClass,
    String detail, Map<String, String> attributes) implements DomainEvent {

  /** Copies the attributes so the record stays immutable. */
  public RecordedEvent {
    attributes = Map.copyOf(attributes);
  }

  @Override
  public String type() {
    return type;
  }

  @Override
  public String detail() {
    return detail;
  }
}
