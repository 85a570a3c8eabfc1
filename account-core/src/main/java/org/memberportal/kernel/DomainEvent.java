/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Something that happened to an aggregate: every state change emits one. Events carry ids, never secrets or
 * personal data in clear, so they can be logged, stored as the audit trail and sent to other modules.
 *
 * <p>A module's events are the nested records of one sealed interface per aggregate, each
 * {@code (Instant occurredAt, Actor actor, <id>, ...details)}, and the interface carries {@link Subject}: the
 * subject and the type of every event are then derived here, once, instead of in each interface.
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
   * aggregate is every event with its subject. By default the kind is the {@link Subject#kind()} of the event's
   * sealed interface and the id the record's third component (the one after the actor); an event type without
   * {@link Subject} overrides this method.
   *
   * @return the subject
   * @throws IllegalStateException when the event neither carries {@link Subject} nor overrides this method
   */
  default String subject() {
    return EventHeaders.of(getClass()).subject(this);
  }

  /**
   * A short stable name of the event, by default its simple class name after the {@link Subject#typePrefix()} of
   * its sealed interface, if it has one.
   *
   * @return the type name
   */
  default String type() {
    return EventHeaders.of(getClass()).type();
  }

  /**
   * The subject of the events of a type about one aggregate, as {@link #subject()} gives it (for looking up an
   * audit trail or naming a data subject).
   *
   * @param events the sealed event interface, which carries {@link Subject}
   * @param id the aggregate's id
   * @return {@code "kind:id"}
   * @throws IllegalStateException when the type does not carry {@link Subject}
   */
  static String subjectOf(Class<? extends DomainEvent> events, Object id) {
    return EventHeaders.of(events).subjectOf(id);
  }

  /**
   * What the events of a sealed event interface are about: every event's subject is {@code kind + ":" + id}, the
   * id being the record's third component, and its type the prefix followed by the record's simple name. Both
   * are stored by event logs, so neither changes once released.
   *
   * @since 0.2.0
   */
  @API(status = API.Status.STABLE, since = "0.2.0")
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.TYPE)
  @interface Subject {

    /**
     * The kind of aggregate, before the colon of every subject (e.g. {@code "account"}).
     *
     * @return the kind
     */
    String kind();

    /**
     * What every event type name of the interface starts with (e.g. {@code "Affiliation"} for
     * {@code "AffiliationApproved"}); empty, the type is the record's simple name.
     *
     * @return the prefix
     */
    String typePrefix() default "";
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
