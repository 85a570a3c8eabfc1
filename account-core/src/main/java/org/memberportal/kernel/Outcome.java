/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.List;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * What a command returns: the new state of its subject and the events it emitted.
 *
 * @param value the new state (or the read model the command answers with)
 * @param events the events, in the order they happened
 * @param <T> the state's type
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Outcome<T>(T value, List<DomainEvent> events) {

  /** Copies the events. */
  public Outcome {
    events = List.copyOf(events);
  }

  /**
   * An outcome with one event.
   *
   * @param value the new state
   * @param event the event
   * @param <T> the state's type
   * @return the outcome
   */
  public static <T> Outcome<T> of(T value, DomainEvent event) {
    return new Outcome<>(value, List.of(event));
  }

  /**
   * The same events with the value seen another way (e.g. an account as its summary).
   *
   * @param view how to see the value
   * @param <U> the view's type
   * @return the outcome
   */
  public <U> Outcome<U> map(Function<? super T, ? extends U> view) {
    return new Outcome<>(view.apply(value), events);
  }
}
