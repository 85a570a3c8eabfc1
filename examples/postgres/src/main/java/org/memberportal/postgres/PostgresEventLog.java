/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EventLog;

/**
 * The event log in the {@code event_log} table, appended in the command's transaction. Events are records;
 * their components other than the common ones are kept as texts ({@code toString()} of each value, which for
 * the library's values never prints a secret or an address in clear) and read back as {@link RecordedEvent}s.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresEventLog extends JdbcStore implements EventLog {

  private static final Set<String> COMMON = Set.of("occurredAt", "actor", "subject");

  /** Each event class's own record components and their accessors, looked up once per class, not per event. */
  private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> accessors = new LinkedHashMap<>();
      RecordComponent[] components = type.getRecordComponents();
      for (RecordComponent component : components == null ? new RecordComponent[0] : components) {
        if (!COMMON.contains(component.getName())) {
          Method accessor = component.getAccessor();
          try {
            accessor.setAccessible(true);
          } catch (RuntimeException e) {
            // left inaccessible: each read then records "<unreadable>"
          }
          accessors.put(component.getName(), accessor);
        }
      }
      return accessors;
    }
  };

  /** The columns of {@link #row}. */
  static final String ROW_COLUMNS =
      "subject, type, event_class, occurred_at, actor_kind, actor_ref, actor_locale, detail, attributes";

  /**
   * Creates the log.
   *
   * @param transactions the transactions it writes in
   */
  public PostgresEventLog(Connections transactions) {
    super(transactions);
  }

  /**
   * Appends the event's row; in a transaction of {@link PostgresTransactions}, at its next statement or its commit,
   * with its other appends ({@link Appends}).
   */
  @Override
  public void append(DomainEvent event) {
    Appends.append(transactions, appends -> appends.event(event));
  }

  @Override
  public List<DomainEvent> trail(String subject) {
    return transactions.withConnection(c -> {
      try (PreparedStatement select = c.prepareStatement("select subject, type, event_class, occurred_at, "
          + "actor_kind, actor_ref, actor_locale, detail, attributes from event_log where subject = ? "
          + "order by position")) {
        select.setString(1, subject);
        List<DomainEvent> trail = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            trail.add(new RecordedEvent(
                rows.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                Actors.read(rows.getString("actor_kind"), rows.getString("actor_ref"),
                    rows.getString("actor_locale")),
                rows.getString("subject"),
                rows.getString("type"),
                rows.getString("event_class"),
                rows.getString("detail"),
                Fields.decode(rows.getString("attributes"))));
          }
        }
        return trail;
      }
    });
  }

  /**
   * An event's row, in the order of {@link #ROW_COLUMNS}: what {@link #append} inserts and a bulk import copies
   * ({@link AccountImport}).
   */
  static Sql.Binder row(Sql.Binder b, DomainEvent event) throws SQLException {
    return b.text(event.subject())
        .text(event.type())
        .text(event.getClass().getName())
        .instant(event.occurredAt())
        .text(Actors.kind(event.actor()))
        .text(Actors.reference(event.actor()))
        .text(event.actor().locale().toLanguageTag())
        .text(event.detail())
        .text(attributes(event));
  }

  /** The event's own components as {@link Fields} text, written as they are read (no intermediate map). */
  private static String attributes(DomainEvent event) {
    StringBuilder attributes = new StringBuilder(256);
    for (Map.Entry<String, Method> component : COMPONENTS.get(event.getClass()).entrySet()) {
      String value;
      try {
        value = String.valueOf(component.getValue().invoke(event));
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        // an unreadable component must not fail the command: the trail says so instead
        value = "<unreadable>";
      }
      Fields.append(attributes, component.getKey(), value);
    }
    return attributes.toString();
  }
}
