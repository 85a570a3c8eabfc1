/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkflowTests {

  enum State { DRAFT, PUBLISHED, CLOSED, CANCELLED }

  enum Action { PUBLISH, CLOSE, CANCEL }

  enum Role { ANONYMOUS, OPERATOR, RECRUITER, SYSTEM }

  static final Workflow<State, Action, Role> VACANCY = Workflow.<State, Action, Role>builder("sample", State.class)
      .initial(State.DRAFT)
      .on(State.DRAFT, Action.PUBLISH, State.PUBLISHED, Role.RECRUITER)
      .on(State.DRAFT, Action.CANCEL, State.CANCELLED, Role.RECRUITER, Role.OPERATOR)
      .on(State.PUBLISHED, Action.CLOSE, State.CLOSED, Role.RECRUITER, Role.SYSTEM)
      .build();

  @Test
  void allowedMoveGoesToTheNextState() {
    assertThat(VACANCY.next(State.DRAFT, Action.PUBLISH, Set.of(Role.RECRUITER))).isEqualTo(State.PUBLISHED);
  }

  @Test
  void illegalMoveRaisesTypedErrorNamingStateAndAction() {
    assertThatThrownBy(() -> VACANCY.next(State.CLOSED, Action.PUBLISH, Set.of(Role.RECRUITER)))
        .isInstanceOfSatisfying(IllegalTransition.class, e -> {
          assertThat(e.code()).isEqualTo("illegal-transition");
          assertThat(e.reason()).isEqualTo("sample.illegal-transition");
          assertThat(e.state()).isEqualTo("CLOSED");
          assertThat(e.action()).isEqualTo("PUBLISH");
          assertThat(e.getMessage()).contains("CLOSED", "PUBLISH");
        });
  }

  @Test
  void roleThatMayNotTakeTheStepIsNotAllowed() {
    assertThatThrownBy(() -> VACANCY.next(State.DRAFT, Action.PUBLISH, Set.of(Role.OPERATOR)))
        .isInstanceOf(NotAllowed.class);
  }

  @Test
  void roleThatMayNeverTakeTheActionLearnsNothingAboutTheState() {
    assertThatThrownBy(() -> VACANCY.next(State.CLOSED, Action.PUBLISH, Set.of(Role.ANONYMOUS)))
        .isInstanceOf(NotAllowed.class);
  }

  @Test
  void mermaidListsEveryTransition() {
    String diagram = VACANCY.toMermaid();

    assertThat(diagram).startsWith("stateDiagram-v2\n")
        .contains("[*] --> DRAFT")
        .contains("DRAFT --> PUBLISHED : publish (recruiter)")
        .contains("DRAFT --> CANCELLED : cancel (operator, recruiter)")
        .contains("PUBLISHED --> CLOSED : close (recruiter, system)")
        .contains("CLOSED --> [*]")
        .contains("CANCELLED --> [*]");
    assertThat(diagram.lines().filter(l -> l.contains(" : "))).hasSize(VACANCY.transitions().size());
  }

  @Test
  void tableRefusesTwoRowsForOneStateAndAction() {
    assertThatThrownBy(() -> Workflow.<State, Action, Role>builder("broken", State.class)
        .on(State.DRAFT, Action.PUBLISH, State.PUBLISHED, Role.RECRUITER)
        .on(State.DRAFT, Action.PUBLISH, State.CLOSED, Role.RECRUITER)
        .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void actionsFromAStateFollowTheTable() {
    assertThat(VACANCY.actionsFrom(State.DRAFT)).containsExactly(Action.PUBLISH, Action.CANCEL);
    assertThat(VACANCY.actionsFrom(State.CLOSED)).isEmpty();
  }

  @Test
  void severalInitialStatesPrintInDeclarationOrder() {
    // Set.copyOf iterates in an order that changes between JVM runs; the diagram in the docs must not
    Workflow<State, Action, Role> twoStarts = Workflow.<State, Action, Role>builder("sample", State.class)
        .initial(State.CLOSED, State.DRAFT, State.PUBLISHED)
        .on(State.DRAFT, Action.PUBLISH, State.PUBLISHED, Role.RECRUITER)
        .build();

    assertThat(twoStarts.initialStates()).containsExactly(State.DRAFT, State.PUBLISHED, State.CLOSED);
    assertThat(twoStarts.toMermaid()).startsWith(
        "stateDiagram-v2\n    [*] --> DRAFT\n    [*] --> PUBLISHED\n    [*] --> CLOSED\n");
  }
}
