/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * One event shape (issue 18, item 4): every event of every module is a record {@code (occurredAt, actor, id, ...)}
 * whose third component is the aggregate's id that its sealed interface declares, because the kernel derives each
 * event's subject from that component ({@link DomainEvent.Subject}). Reordering a record's components would move
 * events to another subject; this test refuses it.
 */
class EventShapeTests {

  private static final List<Class<?>> EVENTS = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .withImportOption(location -> !location.contains("-tests.jar"))
      .importPackages("org.memberportal.account", "org.memberportal.affiliation", "org.memberportal.ties",
          "org.memberportal.careers")
      .stream().filter(c -> c.isRecord() && c.isAssignableTo(DomainEvent.class)).map(JavaClass::reflect)
      .<Class<?>>map(c -> c).toList();

  @Test
  void everyModuleHasEvents() {
    assertThat(EVENTS).extracting(Class::getPackageName).anyMatch(p -> p.startsWith("org.memberportal.account"))
        .anyMatch(p -> p.startsWith("org.memberportal.affiliation")).anyMatch(p -> p.startsWith("org.memberportal.ties"))
        .anyMatch(p -> p.startsWith("org.memberportal.careers"));
  }

  @Test
  void everyEventBeginsWithWhenAndWho() {
    assertThat(EVENTS.stream().filter(e -> !beginsWithWhenAndWho(e.getRecordComponents())).map(Class::getName))
        .isEmpty();
  }

  @Test
  void everyEventsThirdComponentIsTheIdItsInterfaceDeclares() {
    assertThat(EVENTS.stream().filter(e -> !thirdIsDeclaredId(e)).map(Class::getName)).isEmpty();
  }

  private static boolean beginsWithWhenAndWho(RecordComponent[] components) {
    return components.length >= 3 && components[0].getName().equals("occurredAt")
        && components[0].getType() == Instant.class && components[1].getName().equals("actor")
        && components[1].getType() == Actor.class;
  }

  private static boolean thirdIsDeclaredId(Class<?> event) {
    RecordComponent id = event.getRecordComponents()[2];
    return subjectInterface(event).map(Class::getDeclaredMethods).stream().flatMap(Arrays::stream)
        .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0)
        .map(Method::getName).anyMatch(id.getName()::equals);
  }

  private static Optional<Class<?>> subjectInterface(Class<?> event) {
    return Arrays.stream(event.getInterfaces()).filter(i -> i.isAnnotationPresent(DomainEvent.Subject.class))
        .findFirst();
  }
}
