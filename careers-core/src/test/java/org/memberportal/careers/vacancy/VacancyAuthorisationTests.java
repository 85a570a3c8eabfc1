/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.careers.testkit.VacancyFixtures.regularHeadquartersPost;

import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.StaffId;

/** Who may run each vacancy command: recruiters, and only them (the library may close at the deadline). */
class VacancyAuthorisationTests {

  /** A command to try, given the world and the vacancy it acts on (a draft, or published for close/cancel). */
  private record Command(String name, boolean needsPublished, BiFunction<CareersWorld, Vacancy, Runnable> run) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Command> COMMANDS = List.of(
      new Command("draft", false, (w, v) -> () -> w.desk.draft(regularHeadquartersPost(w.now()).build(), actor(w))),
      new Command("revise", false, (w, v) -> () -> w.desk.revise(ReviseVacancy.builder().vacancy(v.id())
          .content(regularHeadquartersPost(w.now()).referenceNumber(v.referenceNumber()).build()).build(), actor(w))),
      new Command("publish", false, (w, v) -> () -> w.desk.publish(VacancyStep.of(v.id()), actor(w))),
      new Command("close", true, (w, v) -> () -> w.desk.close(VacancyStep.of(v.id()), actor(w))),
      new Command("cancel", true, (w, v) -> () -> w.desk.cancel(VacancyStep.of(v.id()), actor(w))),
      new Command("view", false, (w, v) -> () -> w.desk.vacancy(v.id(), actor(w))),
      new Command("list", false, (w, v) -> () -> w.desk.vacancies(VacancyQuery.all(), actor(w))));

  /** The commands that only read. */
  private static final List<String> READS = List.of("view", "list");

  private static final ThreadLocal<Actor> ACTOR = new ThreadLocal<>();

  private static Actor actor(CareersWorld w) {
    Actor a = ACTOR.get();
    return a == null ? w.recruiter : a;
  }

  static Stream<Arguments> outsiders() {
    List<Actor> outsiders = List.of(Actor.anonymous(), Candidate.of(CandidateId.random()),
        Actor.account(AccountId.random()), Actor.operator(StaffId.random()));
    return COMMANDS.stream().flatMap(c -> outsiders.stream().map(a -> Arguments.of(c, a)));
  }

  static Stream<Command> commands() {
    return COMMANDS.stream();
  }

  @ParameterizedTest(name = "{1} may not {0}")
  @MethodSource("outsiders")
  void nobodyButRecruitersManagesVacancies(Command command, Actor outsider) {
    CareersWorld world = new CareersWorld();
    Vacancy subject = command.needsPublished() ? world.published()
        : world.draft(regularHeadquartersPost(world.now()).build());
    int events = world.kernel.eventLog().all().size();

    ACTOR.set(outsider);
    try {
      assertThatThrownBy(() -> command.run().apply(world, subject).run()).isInstanceOf(NotAllowed.class);
    } finally {
      ACTOR.remove();
    }
    assertThat(world.kernel.eventLog().all()).hasSize(events);
  }

  @ParameterizedTest(name = "a recruiter may {0}")
  @MethodSource("commands")
  void anyRecruiterManagesVacancies(Command command) {
    CareersWorld world = new CareersWorld();
    Vacancy subject = command.needsPublished() ? world.published()
        : world.draft(regularHeadquartersPost(world.now()).build());
    int events = world.kernel.eventLog().all().size();

    ACTOR.set(Recruiter.of(StaffId.random()));
    try {
      command.run().apply(world, subject).run();
    } finally {
      ACTOR.remove();
    }
    // every command but the reads records what it did
    assertThat(world.kernel.eventLog().all()).hasSize(READS.contains(command.name()) ? events : events + 1);
  }

  @ParameterizedTest(name = "the library may not {0}")
  @MethodSource("commands")
  void theLibraryOnlyClosesAtTheDeadline(Command command) {
    CareersWorld world = new CareersWorld();
    Vacancy subject = command.needsPublished() ? world.published()
        : world.draft(regularHeadquartersPost(world.now()).build());

    ACTOR.set(Actor.system("test"));
    try {
      if (command.name().equals("close")) {
        command.run().apply(world, subject).run();
        assertThat(world.vacancies.find(subject.id()).orElseThrow().status()).isEqualTo(VacancyStatus.CLOSED);
      } else {
        assertThatThrownBy(() -> command.run().apply(world, subject).run()).isInstanceOf(NotAllowed.class);
      }
    } finally {
      ACTOR.remove();
    }
  }

  @org.junit.jupiter.api.Test
  void onlyTheLibraryOrARecruiterRunsTheDeadlineTick() {
    CareersWorld world = new CareersWorld();

    assertThatThrownBy(() -> world.desk.closeDue(Actor.anonymous())).isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> world.desk.closeDue(Candidate.of(CandidateId.random()))).isInstanceOf(NotAllowed.class);
    assertThat(world.desk.closeDue(Actor.system("tick")).value()).isEmpty();
  }
}
