/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DomainEventTests {

  @DomainEvent.Subject(kind = "sample", typePrefix = "Sample")
  sealed interface SampleEvent extends DomainEvent {
    AccountId account();

    record Happened(Instant occurredAt, Actor actor, AccountId account, String detail) implements SampleEvent {}
  }

  @DomainEvent.Subject(kind = "plain")
  sealed interface PlainEvent extends DomainEvent {
    record Noted(Instant occurredAt, Actor actor, StaffId staff) implements PlainEvent {}
  }

  record Undeclared(Instant occurredAt, Actor actor, AccountId account) implements DomainEvent {}

  private final AccountId account = AccountId.random();

  @Test
  void theSubjectIsTheInterfacesKindAndTheIdAfterTheActor() {
    DomainEvent event = new SampleEvent.Happened(Instant.EPOCH, Actor.system("t"), account, "x");

    assertThat(event.subject()).isEqualTo("sample:" + account);
    assertThat(DomainEvent.subjectOf(SampleEvent.class, account)).isEqualTo(event.subject());
  }

  @Test
  void theTypeIsTheInterfacesPrefixAndTheRecordsName() {
    StaffId staff = StaffId.random();

    assertThat(new SampleEvent.Happened(Instant.EPOCH, Actor.system("t"), account, "x").type())
        .isEqualTo("SampleHappened");
    assertThat(new PlainEvent.Noted(Instant.EPOCH, Actor.system("t"), staff).type()).isEqualTo("Noted");
    assertThat(new PlainEvent.Noted(Instant.EPOCH, Actor.system("t"), staff).subject()).isEqualTo("plain:" + staff);
  }

  @Test
  void anEventWhoseInterfaceNamesNoSubjectMustDeclareItsOwn() {
    Undeclared event = new Undeclared(Instant.EPOCH, Actor.system("t"), account);

    assertThat(event.type()).isEqualTo("Undeclared");
    assertThatThrownBy(event::subject).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("override subject()");
  }
}
