/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.alert.SubscribeToAlerts;
import org.memberportal.careers.opening.JobOpening;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.testkit.CareersWorld;
import org.memberportal.careers.testkit.VacancyFixtures;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.PortalException;

/**
 * Random sequences of draft / publish / close / finish / cancel / tick / time passing against a model of the
 * vacancy workflow; after every step the store agrees with the model, the public listing shows exactly the
 * open vacancies, none past its deadline, and each publication alerted the subscriber exactly once.
 */
class VacancyWorkflowProperties {

  /** The world and what the model expects of it. */
  static final class Model {
    final CareersWorld world = new CareersWorld();
    final Map<VacancyId, VacancyStatus> expected = new LinkedHashMap<>();
    final Set<VacancyId> everPublished = new HashSet<>();

    Model() {
      world.alerts.subscribe(SubscribeToAlerts.builder().criteria(AlertCriteria.any()).build(),
          Candidate.of(world.account("watcher@example.org", Locale.FRENCH)));
    }

    Vacancy stored(VacancyId id) {
      return world.vacancies.find(id).orElseThrow();
    }

    /** The model's status as the deadline makes it: published past the deadline counts as closed. */
    VacancyStatus effective(VacancyId id) {
      VacancyStatus s = expected.get(id);
      return s == VacancyStatus.PUBLISHED && stored(id).pastDeadline(world.now()) ? VacancyStatus.CLOSED : s;
    }

    /** Runs a command that the model says succeeds (or not), and records the outcome in the model. */
    void attempt(VacancyId id, Runnable command, boolean shouldSucceed, VacancyStatus after) {
      boolean succeeded;
      try {
        command.run();
        succeeded = true;
      } catch (PortalException e) {
        succeeded = false;
      }
      assertThat(succeeded).as("command on %s in %s", id, expected.get(id)).isEqualTo(shouldSucceed);
      if (succeeded) {
        expected.put(id, after);
      }
    }
  }

  @Property(tries = 60)
  void vacancyWorkflowKeepsItsInvariants(@ForAll("chains") ActionChain<Model> chain) {
    chain.withInvariant("store agrees with the model", m -> m.expected.forEach(
            (id, status) -> assertThat(m.stored(id).status()).as("%s", id).isEqualTo(status)))
        .withInvariant("listing shows exactly the open vacancies", m -> {
          Instant now = m.world.now();
          Set<VacancyId> listed = m.world.openings.search(OpeningQuery.builder().size(100).build(), Actor.anonymous())
              .items().stream().map(JobOpening::vacancy).collect(Collectors.toSet());
          Set<VacancyId> open = m.expected.keySet().stream().filter(id -> m.stored(id).open(now))
              .collect(Collectors.toSet());
          assertThat(listed).isEqualTo(open);
          assertThat(listed).allSatisfy(id -> assertThat(m.stored(id).pastDeadline(now)).isFalse());
        })
        .withInvariant("each publication alerted the subscriber once", m -> {
          List<String> keys = m.world.kernel.outbox().entries().stream().map(Outbox.Entry::notification)
              .filter(n -> n.kind().equals(JobAlerts.KIND)).map(n -> n.parameters().get("vacancy")).toList();
          assertThat(keys).doesNotHaveDuplicates();
          assertThat(new HashSet<>(keys)).isEqualTo(
              m.everPublished.stream().map(VacancyId::toString).collect(Collectors.toSet()));
        })
        .run();
  }

  @Provide
  Arbitrary<ActionChain<Model>> chains() {
    return ActionChain.startWith(Model::new)
        .withAction(3, new DraftAction())
        .withAction(3, new StepAction(VacancyAction.PUBLISH))
        .withAction(1, new StepAction(VacancyAction.CLOSE))
        .withAction(1, new StepAction(VacancyAction.FINISH_COMPETITION))
        .withAction(1, new StepAction(VacancyAction.CANCEL))
        .withAction(1, new TickAction())
        .withAction(2, new TimePassesAction())
        .withMaxTransformations(25);
  }

  /** Drafts a vacancy with a random type, station, languages and deadline. */
  static final class DraftAction implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      Arbitrary<VacancyType> types = Arbitraries.of(VacancyType.class);
      Arbitrary<DutyStation> stations = Arbitraries.of(VacancyFixtures.HEADQUARTERS, VacancyFixtures.AMERICAS);
      Arbitrary<Set<Locale>> languages = Arbitraries.of(Locale.ENGLISH, Locale.FRENCH, VacancyFixtures.SPANISH)
          .set().ofMinSize(0).ofMaxSize(3);
      Arbitrary<Integer> days = Arbitraries.integers().between(1, 20);
      return Combinators.combine(types, stations, languages, days).as((type, station, langs, d) ->
          Transformer.mutate("draft " + type + " at " + station.code() + " in " + langs + " closing in " + d + "d",
              m -> {
                VacancyFixtures.Draft draft = VacancyFixtures.untitled(type, station, m.world.now())
                    .closesAt(ZonedDateTime.ofInstant(m.world.now().plus(Duration.ofDays(d)), VacancyFixtures.GENEVA));
                langs.forEach(l -> draft.putTexts(l, l.equals(Locale.FRENCH) ? VacancyFixtures.FRENCH_TEXT
                    : l.equals(Locale.ENGLISH) ? VacancyFixtures.ENGLISH_TEXT : VacancyFixtures.SPANISH_TEXT));
                Vacancy v = m.world.draft(draft.build());
                m.expected.put(v.id(), VacancyStatus.DRAFT);
              }));
    }
  }

  /** A recruiter takes one workflow step on a random vacancy. */
  static final class StepAction implements Action.Dependent<Model> {
    private final VacancyAction action;

    StepAction(VacancyAction action) {
      this.action = action;
    }

    @Override
    public boolean precondition(Model m) {
      return !m.expected.isEmpty();
    }

    @Override
    public Arbitrary<Transformer<Model>> transformer(Model m) {
      List<VacancyId> ids = new ArrayList<>(m.expected.keySet());
      return Arbitraries.integers().between(0, ids.size() - 1).map(i -> Transformer.mutate(
          action.name().toLowerCase(Locale.ROOT) + " vacancy #" + i, model -> step(model, ids.get(i))));
    }

    private void step(Model m, VacancyId id) {
      VacancyStatus effective = m.effective(id);
      VacancyStep step = VacancyStep.of(id);
      Actor recruiter = m.world.recruiter;
      boolean lazilyClosed = effective != m.expected.get(id);
      switch (action) {
        case PUBLISH -> {
          Vacancy v = m.stored(id);
          boolean ok = effective == VacancyStatus.DRAFT && !v.pastDeadline(m.world.now())
              && LanguageRules.broken(v, Locale.ENGLISH).isEmpty();
          m.attempt(id, () -> m.world.desk.publish(step, recruiter), ok, VacancyStatus.PUBLISHED);
          if (ok) {
            m.everPublished.add(id);
          }
        }
        case CLOSE -> m.attempt(id, () -> m.world.desk.close(step, recruiter), effective == VacancyStatus.PUBLISHED,
            VacancyStatus.CLOSED);
        case FINISH_COMPETITION -> m.attempt(id, () -> m.world.desk.finishCompetition(step, recruiter),
            effective == VacancyStatus.CLOSED, VacancyStatus.COMPETITION_FINISHED);
        case CANCEL -> m.attempt(id, () -> m.world.desk.cancel(step, recruiter),
            effective == VacancyStatus.DRAFT || effective == VacancyStatus.PUBLISHED || effective == VacancyStatus.CLOSED,
            VacancyStatus.CANCELLED);
        default -> throw new IllegalArgumentException(action.name());
      }
      assertThat(lazilyClosed || m.effective(id) == m.expected.get(id)).isTrue();
    }
  }

  /** The host's tick closes what is due. */
  static final class TickAction implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Arbitraries.just(Transformer.mutate("deadline tick", m -> {
        m.world.desk.closeDue(Actor.system("vacancy-deadline"));
        m.expected.replaceAll((id, s) -> s == VacancyStatus.PUBLISHED && m.stored(id).pastDeadline(m.world.now())
            ? VacancyStatus.CLOSED : s);
      }));
    }
  }

  /** Time passes. */
  static final class TimePassesAction implements Action.Independent<Model> {
    @Override
    public Arbitrary<Transformer<Model>> transformer() {
      return Arbitraries.integers().between(1, 240).map(h ->
          Transformer.mutate(h + " hours pass", m -> m.world.advance(Duration.ofHours(h))));
    }
  }
}
