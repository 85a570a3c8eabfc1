/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.memberportal.account.testkit.AccountFixtures.OPERATOR;
import static org.memberportal.account.testkit.AccountFixtures.PASSWORD;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.account.testkit.AccountWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.testkit.ForeignActor;

/** X2: the matrix of account command x actor relation; a refused command changes nothing. */
class AuthorisationTests {

  private static final String ADA = "ada@example.org";

  enum Relation { ANONYMOUS, HOLDER, OTHER_HOLDER, OPERATOR, RECRUITER, CANDIDATE, SYSTEM }

  private static Actor actor(Relation relation, AccountId holder, AccountId other) {
    return switch (relation) {
      case ANONYMOUS -> Actor.anonymous();
      case HOLDER -> Actor.account(holder);
      case OTHER_HOLDER -> Actor.account(other);
      case OPERATOR -> OPERATOR;
      case RECRUITER -> ForeignActor.of("recruiter");
      case CANDIDATE -> ForeignActor.of("candidate");
      case SYSTEM -> Actor.system("tick");
    };
  }

  /** Commands on an existing account, each with the relations allowed to run it. */
  private static final Map<String, List<Relation>> ALLOWED = Map.of(
      "changePassword", List.of(Relation.HOLDER),
      "updateDetails", List.of(Relation.HOLDER, Relation.OPERATOR),
      "changeEmail", List.of(Relation.HOLDER),
      "suspend", List.of(Relation.OPERATOR),
      "close", List.of(Relation.OPERATOR),
      "auditTrail", List.of(Relation.HOLDER, Relation.OPERATOR),
      "signIn", List.of(Relation.ANONYMOUS, Relation.HOLDER, Relation.OTHER_HOLDER),
      "forgotPassword", List.of(Relation.ANONYMOUS, Relation.HOLDER, Relation.OTHER_HOLDER),
      "importAccount", List.of(Relation.OPERATOR, Relation.SYSTEM));

  private static final Map<String, BiConsumer<UserAccounts, Object[]>> COMMANDS = Map.of(
      "changePassword", (s, a) -> s.changePassword(ChangePassword.builder().account((AccountId) a[0])
          .currentPassword(Secret.of(PASSWORD)).password(Secret.of("Quiet!Meadow-77"))
          .passwordConfirmation(Secret.of("Quiet!Meadow-77")).build(), (Actor) a[1]),
      "updateDetails", (s, a) -> s.updateDetails(UpdateDetails.builder().account((AccountId) a[0]).firstName("A")
          .lastName("B").gender("female").professionalRole("engineer").preferredLanguage("en").build(),
          (Actor) a[1]),
      "changeEmail", (s, a) -> s.changeEmail(ChangeEmail.builder().account((AccountId) a[0])
          .newEmail("new@example.org").currentPassword(Secret.of(PASSWORD)).build(), (Actor) a[1]),
      "suspend", (s, a) -> s.suspend(OperatorDecision.builder().account((AccountId) a[0]).reason("r").build(),
          (Actor) a[1]),
      "close", (s, a) -> s.close(OperatorDecision.builder().account((AccountId) a[0]).reason("r").build(),
          (Actor) a[1]),
      "auditTrail", (s, a) -> s.auditTrail((AccountId) a[0], (Actor) a[1]),
      "signIn", (s, a) -> s.signIn(SignIn.builder().email(ADA).password(Secret.of(PASSWORD)).build(),
          (Actor) a[1]),
      "forgotPassword", (s, a) -> s.forgotPassword(ForgotPassword.builder().email(ADA).build(), (Actor) a[1]),
      "importAccount", (s, a) -> s.importAccount(AccountFixtures.importAccount("grace@example.org"),
          (Actor) a[1]));

  static Stream<Arguments> matrix() {
    return ALLOWED.keySet().stream().sorted().flatMap(command -> Stream.of(Relation.values())
        .map(relation -> Arguments.of(command, relation, ALLOWED.get(command).contains(relation))));
  }

  @ParameterizedTest(name = "{0} by {1}: allowed = {2}")
  @MethodSource("matrix")
  void everyCommandAuthorisesItsActor(String command, Relation relation, boolean allowed) {
    AccountWorld world = new AccountWorld();
    AccountId holder = world.activeAccount(ADA);
    AccountId other = world.activeAccount("eve@example.org");
    Account before = world.module.store().find(holder).orElseThrow();
    int outboxBefore = world.host.outbox().entries().size();

    Throwable thrown = catchThrowable(() ->
        COMMANDS.get(command).accept(world.accounts, new Object[] {holder, actor(relation, holder, other)}));

    if (allowed) {
      assertThat(thrown).isNull();
    } else {
      assertThat(thrown).isInstanceOf(NotAllowed.class);
      assertThat(world.module.store().find(holder)).contains(before);
      assertThat(world.host.outbox().entries()).hasSize(outboxBefore);
      assertThat(world.module.store().size()).isEqualTo(2);
    }
  }
}
