/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.VacancyFixtures;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.PortalException;

/**
 * Random sequences of publish / apply / withdraw / recruiter moves / close / finish / cancel / time passing; after
 * every step: no application was submitted to a vacancy past its deadline, at most one live application per
 * candidate and vacancy, every applicant of a finished competition (not withdrawn) was told the outcome exactly
 * once, every applicant of a cancelled vacancy (not withdrawn or selected) was told of the cancellation exactly once and sees
 * a final status, and the status each candidate sees never moved backwards (and a final one never changed).
 */
class ApplicationWorkflowProperties {

  private static final List<ApplicationAction> RECRUITER_MOVES = List.of(ApplicationAction.START_SCREENING,
      ApplicationAction.SHORTLIST, ApplicationAction.RECORD_ASSESSMENT, ApplicationAction.INVITE_TO_INTERVIEW,
      ApplicationAction.OFFER, ApplicationAction.SELECT, ApplicationAction.REJECT);

  /** A vacancy step a recruiter takes. */
  enum VacancyMove { CLOSE, FINISH, CANCEL }

  /** The world, its candidates and the vacancies and applications made so far. */
  static final class Model {
    final CareersWorld world = new CareersWorld();
    final List<Candidate> candidates = List.of(
        world.candidate("ana@example.org", Locale.FRENCH),
        world.candidate("bruno@example.org", Locale.ENGLISH),
        world.candidate("carla@example.org", Locale.ENGLISH));
    final List<VacancyId> vacancies = new ArrayList<>();
    final List<ApplicationId> applications = new ArrayList<>();
    final Map<ApplicationId, CandidateStatus> lastSeen = new HashMap<>();

    Vacancy vacancy(VacancyId id) {
      return world.vacancies.find(id).orElseThrow();
    }

    Application application(ApplicationId id) {
      return world.applications.find(id).orElseThrow();
    }

    boolean succeeds(Runnable command) {
      try {
        command.run();
        return true;
      } catch (PortalException e) {
        return false;
      }
    }
  }

  @Property(tries = 60)
  void applicationsKeepTheirInvariants(@ForAll("chains") ActionChain<Model> chain) {
    chain.withInvariant("no application after the deadline", m -> m.applications.stream().map(m::application)
            .filter(a -> a.submittedAt().isPresent())
            .forEach(a -> assertThat(a.submittedAt().get()).isBefore(m.vacancy(a.vacancy()).closesAt().toInstant())))
        .withInvariant("one live application per candidate and vacancy", m -> {
          Map<String, Long> live = m.applications.stream().map(m::application).filter(a -> a.status().live())
              .collect(Collectors.groupingBy(a -> a.candidate() + "/" + a.vacancy(), Collectors.counting()));
          assertThat(live.values()).allMatch(n -> n == 1);
        })
        .withInvariant("every applicant of a finished competition told once", m -> {
          Map<String, Long> told = m.world.kernel.outbox().entries().stream().map(Outbox.Entry::notification)
              .filter(n -> n.kind().equals(ApplicationDesk.OUTCOME))
              .collect(Collectors.groupingBy(n -> n.parameters().get("application"), Collectors.counting()));
          for (ApplicationId id : m.applications) {
            Application a = m.application(id);
            boolean finished = m.vacancy(a.vacancy()).status() == VacancyStatus.COMPETITION_FINISHED;
            boolean applicant = a.submittedAt().isPresent() && a.status() != ApplicationStatus.WITHDRAWN;
            assertThat(told.getOrDefault(id.toString(), 0L)).as("%s", a).isEqualTo(finished && applicant ? 1L : 0L);
          }
        })
        .withInvariant("every applicant of a cancelled vacancy told once and shown a final status", m -> {
          Map<String, Long> told = m.world.kernel.outbox().entries().stream().map(Outbox.Entry::notification)
              .filter(n -> n.kind().equals(ApplicationDesk.VACANCY_CANCELLED))
              .collect(Collectors.groupingBy(n -> n.parameters().get("application"), Collectors.counting()));
          for (ApplicationId id : m.applications) {
            Application a = m.application(id);
            boolean cancelled = m.vacancy(a.vacancy()).status() == VacancyStatus.CANCELLED;
            boolean applicant = a.submittedAt().isPresent() && a.status() != ApplicationStatus.WITHDRAWN
                && a.status() != ApplicationStatus.SELECTED;
            assertThat(told.getOrDefault(id.toString(), 0L)).as("%s", a).isEqualTo(cancelled && applicant ? 1L : 0L);
            if (cancelled) {
              assertThat(a.status().isFinal()).as("%s", a).isTrue();
            }
          }
        })
        .withInvariant("the status a candidate sees never moves backwards", m -> {
          for (Candidate c : m.candidates) {
            for (AppliedJob job : m.world.applying.jobsApplied(c)) {
              CandidateStatus before = m.lastSeen.put(job.application(), job.status());
              if (before != null) {
                assertThat(rank(job.status())).as("%s after %s", job.status(), before)
                    .isGreaterThanOrEqualTo(rank(before));
                if (rank(before) == FINAL) {
                  assertThat(job.status()).as("a final status stays").isEqualTo(before);
                }
              }
            }
          }
        })
        .run();
  }

  private static final int FINAL = CandidateStatus.SELECTED.ordinal();

  /** Draft, received, under review, under assessment, interview, offer, then every final status alike. */
  private static int rank(CandidateStatus s) {
    return Math.min(s.ordinal(), FINAL);
  }

  @Provide
  Arbitrary<ActionChain<Model>> chains() {
    return ActionChain.startWith(Model::new)
        .withAction(2, new PublishAction())
        .withAction(4, new ApplyAction())
        .withAction(1, new WithdrawAction())
        .withAction(4, new MoveAction())
        .withAction(1, new VacancyStepAction(VacancyMove.CLOSE))
        .withAction(1, new VacancyStepAction(VacancyMove.FINISH))
        .withAction(1, new VacancyStepAction(VacancyMove.CANCEL))
        .withAction(2, new TimePassesAction())
        .withMaxTransformations(30);
  }

  /** A recruiter publishes a consultancy closing in a few days. */
  static final class PublishAction implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Arbitraries.integers().between(1, 10).map(d -> Transformer.mutate("publish a vacancy closing in " + d + "d",
          m -> m.vacancies.add(m.world.published(VacancyFixtures.untitled(VacancyType.CONSULTANT,
              VacancyFixtures.HEADQUARTERS, m.world.now()).putTexts(Locale.ENGLISH, VacancyFixtures.ENGLISH_TEXT)
              .closesAt(ZonedDateTime.ofInstant(m.world.now().plus(Duration.ofDays(d)), VacancyFixtures.GENEVA))
              .build()).id())));
    }
  }

  /** A candidate applies to a vacancy. */
  static final class ApplyAction implements Action.Dependent<Model> {
    @Override
    public boolean precondition(Model m) {
      return !m.vacancies.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model m) {
      List<VacancyId> vacancies = List.copyOf(m.vacancies);
      return Combinators.combine(Arbitraries.integers().between(0, 2),
          Arbitraries.integers().between(0, vacancies.size() - 1)).as((c, v) ->
          Transformer.mutate("candidate #" + c + " applies to vacancy #" + v, model -> {
            Candidate who = model.candidates.get(c);
            Vacancy vacancy = model.vacancy(vacancies.get(v));
            boolean alreadyLive = model.applications.stream().map(model::application).anyMatch(a ->
                a.candidate().equals(who.candidate()) && a.vacancy().equals(vacancy.id()) && a.status().live());
            boolean expected = vacancy.open(model.world.now()) && !alreadyLive;
            Optional<CandidateApplication> made = Optional.empty();
            try {
              made = Optional.of(model.world.applying.apply(Apply.to(vacancy.id()), who).value());
            } catch (PortalException e) {
              // refused: the check below says whether it should have been
            }
            assertThat(made.isPresent()).as("apply accepted").isEqualTo(expected);
            made.ifPresent(a -> model.applications.add(a.id()));
          }));
    }
  }

  /** The candidate withdraws one of their applications. */
  static final class WithdrawAction implements Action.Dependent<Model> {
    @Override
    public boolean precondition(Model m) {
      return !m.applications.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model m) {
      List<ApplicationId> ids = List.copyOf(m.applications);
      return Arbitraries.integers().between(0, ids.size() - 1).map(i -> Transformer.mutate(
          "withdraw application #" + i, model -> {
            Application a = model.application(ids.get(i));
            boolean ok = model.succeeds(() -> model.world.applying.withdraw(
                ApplicationStep.because(a.id(), "personal-reasons"), Candidate.of(a.candidate())));
            assertThat(ok).isEqualTo(a.status().inPipeline());
          }));
    }
  }

  /** A recruiter moves an application. */
  static final class MoveAction implements Action.Dependent<Model> {
    @Override
    public boolean precondition(Model m) {
      return !m.applications.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model m) {
      List<ApplicationId> ids = List.copyOf(m.applications);
      return Combinators.combine(Arbitraries.integers().between(0, ids.size() - 1), Arbitraries.of(RECRUITER_MOVES))
          .as((i, action) -> Transformer.mutate(action.name().toLowerCase(Locale.ROOT) + " application #" + i,
              model -> {
                Application a = model.application(ids.get(i));
                boolean ok = model.succeeds(() -> model.world.applying.move(ApplicationStep.builder()
                    .application(a.id()).reason("experience").step("test").build(), action, model.world.recruiter));
                assertThat(ok).isEqualTo(ApplicationWorkflow.TABLE.allows(a.status(), action));
              }));
    }
  }

  /** A recruiter closes a vacancy early, finishes its competition, or cancels it. */
  static final class VacancyStepAction implements Action.Dependent<Model> {
    private final VacancyMove move;

    VacancyStepAction(VacancyMove move) {
      this.move = move;
    }

    @Override
    public boolean precondition(Model m) {
      return !m.vacancies.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model m) {
      List<VacancyId> ids = List.copyOf(m.vacancies);
      return Arbitraries.integers().between(0, ids.size() - 1).map(i -> Transformer.mutate(
          move.name().toLowerCase(Locale.ROOT) + " vacancy #" + i, model -> {
            VacancyStatus before = model.vacancy(ids.get(i)).statusAt(model.world.now());
            VacancyStep step = VacancyStep.of(ids.get(i));
            boolean ok = model.succeeds(() -> {
              switch (move) {
                case CLOSE -> model.world.desk.close(step, model.world.recruiter);
                case FINISH -> model.world.desk.finishCompetition(step, model.world.recruiter);
                case CANCEL -> model.world.desk.cancel(step, model.world.recruiter);
              }
            });
            assertThat(ok).isEqualTo(switch (move) {
              case CLOSE -> before == VacancyStatus.PUBLISHED;
              case FINISH -> before == VacancyStatus.CLOSED;
              case CANCEL -> before == VacancyStatus.PUBLISHED || before == VacancyStatus.CLOSED;
            });
          }));
    }
  }

  /** Time passes, and sometimes the host's deadline tick runs. */
  static final class TimePassesAction implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Combinators.combine(Arbitraries.integers().between(1, 96), Arbitraries.of(true, false)).as((h, tick) ->
          Transformer.mutate(h + " hours pass" + (tick ? ", then the deadline tick" : ""), m -> {
            m.world.advance(Duration.ofHours(h));
            if (tick) {
              m.world.desk.closeDue(Actor.system("vacancy-deadline"));
            }
          }));
    }
  }
}
