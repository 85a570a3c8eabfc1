/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.StaffId;

/** Every application command against every relation of the actor to the application. */
class ApplicationAuthorisationTests {

  /** How the actor relates to the application the command acts on. */
  enum Relation { OWNER, OTHER_CANDIDATE, RECRUITER, ANONYMOUS, ACCOUNT_HOLDER, OPERATOR }

  /** The application a command needs, the command, and who may run it. */
  private record Command(String name, boolean needsDraft, Set<Relation> allowed, Runner run) {
    @Override
    public String toString() {
      return name;
    }
  }

  @FunctionalInterface
  private interface Runner {
    void run(CareersWorld world, Vacancy vacancy, CandidateApplication subject, Actor actor);
  }

  private static final Set<Relation> CANDIDATES = EnumSet.of(Relation.OWNER, Relation.OTHER_CANDIDATE);

  private static final List<Command> COMMANDS = List.of(
      new Command("apply", false, CANDIDATES, (w, v, a, actor) -> w.applying.apply(Apply.to(v.id()), actor)),
      new Command("start a draft", false, CANDIDATES,
          (w, v, a, actor) -> w.applying.startDraft(Apply.to(v.id()), actor)),
      new Command("save a draft", true, EnumSet.of(Relation.OWNER), (w, v, a, actor) -> w.applying.saveDraft(
          SaveDraft.builder().application(a.id()).coverLetter("letter").build(), actor)),
      new Command("submit a draft", true, EnumSet.of(Relation.OWNER),
          (w, v, a, actor) -> w.applying.submit(ApplicationStep.of(a.id()), actor)),
      new Command("delete a draft", true, EnumSet.of(Relation.OWNER),
          (w, v, a, actor) -> w.applying.deleteDraft(ApplicationStep.of(a.id()), actor)),
      new Command("withdraw", false, EnumSet.of(Relation.OWNER),
          (w, v, a, actor) -> w.applying.withdraw(ApplicationStep.because(a.id(), "personal-reasons"), actor)),
      new Command("move", false, EnumSet.of(Relation.RECRUITER), (w, v, a, actor) ->
          w.applying.move(ApplicationStep.of(a.id()), ApplicationAction.START_SCREENING, actor)),
      new Command("see Jobs Applied", false, CANDIDATES, (w, v, a, actor) -> w.applying.jobsApplied(actor)),
      new Command("see a vacancy's applicants", false, EnumSet.of(Relation.RECRUITER),
          (w, v, a, actor) -> w.applying.applicationsTo(v.id(), actor)),
      new Command("see an application's record", false, EnumSet.of(Relation.RECRUITER),
          (w, v, a, actor) -> w.applying.application(a.id(), actor)),
      new Command("see one's own application", false, EnumSet.of(Relation.OWNER),
          (w, v, a, actor) -> w.applying.ownApplication(a.id(), actor)));

  static Stream<Arguments> matrix() {
    return COMMANDS.stream().flatMap(c -> Stream.of(Relation.values()).map(r -> Arguments.of(c, r)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("matrix")
  void everyCommandAuthorisesItsActor(Command command, Relation relation) {
    CareersWorld world = new CareersWorld();
    Candidate owner = world.candidate("owner@example.org", Locale.ENGLISH);
    Vacancy applied = world.published();
    CandidateApplication subject = command.needsDraft()
        ? world.applying.startDraft(Apply.to(applied.id()), owner).value()
        : world.applying.apply(Apply.to(applied.id()), owner).value();
    // apply and start a draft act on a second vacancy, where the owner has not applied yet
    Vacancy target = command.name().startsWith("apply") || command.name().startsWith("start")
        ? world.published() : applied;
    Actor actor = switch (relation) {
      case OWNER -> owner;
      case OTHER_CANDIDATE -> world.candidate("other@example.org", Locale.FRENCH);
      case RECRUITER -> Recruiter.of(StaffId.random());
      case ANONYMOUS -> Actor.anonymous();
      case ACCOUNT_HOLDER -> Actor.account(AccountId.random());
      case OPERATOR -> Actor.operator(StaffId.random());
    };

    if (command.allowed().contains(relation)) {
      assertThatCode(() -> command.run().run(world, target, subject, actor)).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> command.run().run(world, target, subject, actor)).isInstanceOf(NotAllowed.class);
    }
  }
}
