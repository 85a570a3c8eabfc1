/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EventLog;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Transactions;
import org.memberportal.kernel.Unavailable;
import org.memberportal.kernel.testkit.MutableClock;
import org.memberportal.kernel.testkit.TransactionsContract;

class InMemoryTransactionsTests extends TransactionsContract {

  private final InMemoryHost memory = new InMemoryHost(MutableClock.atStart());

  @Override
  protected Transactions transactions() {
    return memory.transactions();
  }

  @Override
  protected EventLog eventLog() {
    return memory.eventLog();
  }

  @Override
  protected Outbox outbox() {
    return memory.outbox();
  }

  private record Done(Instant occurredAt, Actor actor, String subject) implements DomainEvent {}

  @Test
  void commandPublishesItsEventsToPoliciesInTheSameTransaction() {
    memory.host().events().subscribe(Done.class, e -> {
      throw new NotFound("policy.failed", "the policy's own failure");
    });

    assertThatThrownBy(() -> memory.host().command(
        () -> Outcome.of("x", new Done(MutableClock.START, Actor.system("t"), "sample:1"))))
        .isInstanceOf(NotFound.class);
    assertThat(memory.eventLog().trail("sample:1")).isEmpty();
  }

  @Test
  void portFailureBecomesUnavailableAndRollsBack() {
    assertThatThrownBy(() -> memory.host().command(() -> {
      memory.eventLog().append(new Done(MutableClock.START, Actor.system("t"), "sample:2"));
      throw new IllegalStateException("database down");
    }))
        .isInstanceOf(Unavailable.class)
        .hasMessageNotContaining("database down");
    assertThat(memory.eventLog().trail("sample:2")).isEmpty();
  }

  @Test
  void nestedCallJoinsTheOpenTransaction() {
    List<DomainEvent> seen = memory.transactions().inTransaction(() ->
        memory.transactions().inTransaction(() -> {
          memory.eventLog().append(new Done(MutableClock.START, Actor.system("t"), "sample:3"));
          return memory.eventLog().trail("sample:3");
        }));

    assertThat(seen).hasSize(1);
  }
}
