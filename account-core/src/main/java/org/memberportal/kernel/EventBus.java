/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * Publishes domain events inside the command's transaction: each is appended to the {@link EventLog} and handed
 * to the policies subscribed to its type, which run in the same transaction, so a reaction (a TIES request
 * filed when an affiliation is approved) commits with its cause or not at all.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class EventBus {

  private record Subscription<E extends DomainEvent>(Class<E> type, Consumer<? super E> policy) {
    void offer(DomainEvent event) {
      if (type.isInstance(event)) {
        policy.accept(type.cast(event));
      }
    }
  }

  private final EventLog log;
  private final List<Subscription<?>> subscriptions = new CopyOnWriteArrayList<>();

  /**
   * Creates a bus that records every event in the given log.
   *
   * @param log where events are recorded
   */
  public EventBus(EventLog log) {
    this.log = log;
  }

  /**
   * Subscribes a policy to events of a type (and its subtypes).
   *
   * @param type the event type
   * @param policy the reaction, run inside the publishing transaction
   * @param <E> the event type
   */
  public <E extends DomainEvent> void subscribe(Class<E> type, Consumer<? super E> policy) {
    subscriptions.add(new Subscription<>(type, policy));
  }

  /**
   * Records the events and runs the subscribed policies, in order. Call it inside the command's transaction.
   *
   * @param events the events of one command
   */
  public void publish(List<? extends DomainEvent> events) {
    for (DomainEvent event : events) {
      log.append(event);
      for (Subscription<?> s : subscriptions) {
        s.offer(event);
      }
    }
  }

  /**
   * The log the bus records to, for audit queries.
   *
   * @return the event log
   */
  public EventLog log() {
    return log;
  }
}
