/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The subject and type of an event class, read once per class from the {@link DomainEvent.Subject} of its sealed
 * interface: what each event interface would otherwise write again.
 *
 * @param eventClass the class
 * @param kind the subject's kind, empty when no interface carries {@link DomainEvent.Subject}
 * @param id the accessor of the aggregate's id (the record's third component), if the class has one
 * @param type the event's type name
 */
record EventHeaders(Class<?> eventClass, Optional<String> kind, Optional<Method> id, String type) {

  private static final ClassValue<EventHeaders> HEADERS = new ClassValue<>() {
    @Override
    protected EventHeaders computeValue(Class<?> type) {
      Optional<DomainEvent.Subject> subject = declared(type);
      RecordComponent[] components = type.getRecordComponents();
      Optional<Method> id = components != null && components.length > 2
          ? Optional.of(components[2].getAccessor())
          : Optional.empty();
      String prefix = subject.map(DomainEvent.Subject::typePrefix).orElse("");
      return new EventHeaders(type, subject.map(DomainEvent.Subject::kind), id, prefix + type.getSimpleName());
    }
  };

  static EventHeaders of(Class<?> type) {
    return HEADERS.get(type);
  }

  /** The first {@link DomainEvent.Subject} among the type and the interfaces it extends, nearest first. */
  private static Optional<DomainEvent.Subject> declared(Class<?> type) {
    Deque<Class<?>> types = new ArrayDeque<>(List.of(type));
    while (!types.isEmpty()) {
      Class<?> next = types.poll();
      DomainEvent.Subject subject = next.getAnnotation(DomainEvent.Subject.class);
      if (subject != null) {
        return Optional.of(subject);
      }
      types.addAll(List.of(next.getInterfaces()));
    }
    return Optional.empty();
  }

  /** The event's subject: the kind and the id its third component holds. */
  String subject(DomainEvent event) {
    Method accessor = id.orElseThrow(this::undeclared);
    try {
      return subjectOf(accessor.invoke(event));
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("the id of " + eventClass.getName() + " cannot be read", e);
    }
  }

  /** The subject of this class's events about an aggregate. */
  String subjectOf(Object aggregate) {
    return kind.orElseThrow(this::undeclared) + ":" + aggregate;
  }

  private IllegalStateException undeclared() {
    return new IllegalStateException(eventClass.getName()
        + " must be a record (occurredAt, actor, id, ...) of an interface with DomainEvent.Subject,"
        + " or override subject()");
  }
}
