/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Role;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recruiters' service for vacancies: draft, revise, publish, close, finish the competition, cancel, and
 * the host-run tick that closes vacancies at their deadline. Only recruiters manage vacancies.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class VacancyDesk {

  private static final Logger LOG = LoggerFactory.getLogger(VacancyDesk.class);
  private static final int TICK_BATCH = 500;

  private final Host host;
  private final Vacancies vacancies;
  private final Instant cutOver;

  private VacancyDesk(Host host, Vacancies vacancies, Instant cutOver) {
    this.host = host;
    this.vacancies = vacancies;
    this.cutOver = cutOver;
  }

  /**
   * Starts configuring the service.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Drafts a new vacancy.
   *
   * @param command its content
   * @param actor a recruiter
   * @return the draft and {@link VacancyEvent.Drafted}
   * @throws ValidationFailed when the content breaks a constraint
   * @throws NotAllowed when the actor is not a recruiter
   * @throws PreconditionFailed {@code vacancy.previous-system} when it opened before the cut-over date
   * @throws org.memberportal.kernel.Conflict {@code vacancy.duplicate-reference} when the reference is taken
   */
  public Outcome<Vacancy> draft(DraftVacancy command, Actor actor) {
    Validation.check(command, actor);
    StaffId recruiter = recruiter(actor);
    return host.command(() -> {
      Instant now = host.clock().instant();
      Vacancy vacancy = content(Vacancy.builder(), command)
          .id(VacancyId.random())
          .status(VacancyStatus.DRAFT)
          .draftedBy(recruiter)
          .version(0)
          .build();
      refusePreviousSystem(vacancy);
      vacancies.insert(vacancy);
      LOG.info("vacancy {} drafted by {}", vacancy.id(), recruiter);
      return Outcome.of(vacancy, new VacancyEvent.Drafted(vacancy.id(), now, actor));
    });
  }

  /**
   * Replaces a draft's content.
   *
   * @param command the draft and its new content
   * @param actor a recruiter
   * @return the revised draft and {@link VacancyEvent.Revised}
   * @throws NotFound {@code vacancy.not-found}
   * @throws org.memberportal.kernel.IllegalTransition when it is no longer a draft
   */
  public Outcome<Vacancy> revise(ReviseVacancy command, Actor actor) {
    Validation.check(command, actor);
    recruiter(actor);
    DraftVacancy content = Objects.requireNonNull(command.content());
    return host.command(() -> {
      Instant now = host.clock().instant();
      Vacancy current = load(Objects.requireNonNull(command.vacancy()));
      VacancyWorkflow.TABLE.next(current.status(), VacancyAction.REVISE, Relations.towardsVacancy(actor));
      Vacancy revised = content(Vacancy.builder(), content)
          .id(current.id()).status(current.status()).draftedBy(current.draftedBy())
          .version(current.version() + 1).build();
      refusePreviousSystem(revised);
      vacancies.update(revised);
      return Outcome.of(revised, new VacancyEvent.Revised(revised.id(), now, actor));
    });
  }

  /**
   * Publishes a draft: it must meet the language rules ({@link LanguageRules}), its deadline must be ahead,
   * and it must not come from the previous recruitment system.
   *
   * @param command the vacancy
   * @param actor a recruiter
   * @return the published vacancy and {@link VacancyEvent.Published}
   * @throws ValidationFailed {@code vacancy.texts.*} for the language rules, {@code vacancy.closes-at.past}
   * @throws PreconditionFailed {@code vacancy.previous-system}
   */
  public Outcome<Vacancy> publish(VacancyStep command, Actor actor) {
    return step(command, actor, VacancyAction.PUBLISH, (vacancy) -> {
      Instant now = host.clock().instant();
      refusePreviousSystem(vacancy);
      List<Violation> broken = new ArrayList<>(LanguageRules.broken(vacancy, actor.locale()));
      if (vacancy.pastDeadline(now)) {
        broken.add(Validation.violation("closesAt", "careers.vacancy.closes-at.past", actor.locale()));
      }
      if (!broken.isEmpty()) {
        throw new ValidationFailed(broken);
      }
      Vacancy published = vacancy.movedTo(VacancyStatus.PUBLISHED, Optional.of(now));
      return new Step(published, new VacancyEvent.Published(vacancy.id(), now, actor));
    });
  }

  /**
   * Closes a published vacancy before its deadline.
   *
   * @param command the vacancy
   * @param actor a recruiter, or the system (a host process; {@link #closeDue} is the deadline's own sweep)
   * @return the closed vacancy and {@link VacancyEvent.Closed}
   */
  public Outcome<Vacancy> close(VacancyStep command, Actor actor) {
    return step(command, actor, VacancyAction.CLOSE, (vacancy) -> new Step(vacancy.movedTo(VacancyStatus.CLOSED),
        new VacancyEvent.Closed(vacancy.id(), host.clock().instant(), actor)));
  }

  /**
   * Declares the competition of a closed vacancy finished.
   *
   * @param command the vacancy
   * @param actor a recruiter
   * @return the vacancy and {@link VacancyEvent.CompetitionFinished}
   */
  public Outcome<Vacancy> finishCompetition(VacancyStep command, Actor actor) {
    return step(command, actor, VacancyAction.FINISH_COMPETITION, (vacancy) -> new Step(
        vacancy.movedTo(VacancyStatus.COMPETITION_FINISHED),
        new VacancyEvent.CompetitionFinished(vacancy.id(), host.clock().instant(), actor)));
  }

  /**
   * Cancels a vacancy that is not finished.
   *
   * @param command the vacancy
   * @param actor a recruiter
   * @return the vacancy and {@link VacancyEvent.Cancelled}
   */
  public Outcome<Vacancy> cancel(VacancyStep command, Actor actor) {
    return step(command, actor, VacancyAction.CANCEL, (vacancy) -> new Step(vacancy.movedTo(VacancyStatus.CANCELLED),
        new VacancyEvent.Cancelled(vacancy.id(), host.clock().instant(), actor)));
  }

  /**
   * The host-run tick: closes every published vacancy whose deadline has passed. Safe to run often and on
   * several hosts; a vacancy closes once.
   *
   * @param actor the library ({@link Actor#system(String)}) or a recruiter
   * @return the vacancies closed by this run and their {@link VacancyEvent.Closed} events
   */
  public Outcome<List<Vacancy>> closeDue(Actor actor) {
    if (!(actor instanceof Actor.System) && !(actor instanceof Actor.Recruiter)) {
      throw new NotAllowed("vacancy.not-allowed", "only the library or a recruiter closes due vacancies");
    }
    return host.command(() -> {
      Instant now = host.clock().instant();
      List<Vacancy> closed = new ArrayList<>();
      List<DomainEvent> events = new ArrayList<>();
      for (Vacancy v : vacancies.publishedClosingBy(now, TICK_BATCH)) {
        Vacancy c = v.movedTo(VacancyStatus.CLOSED);
        vacancies.update(c);
        closed.add(c);
        events.add(new VacancyEvent.Closed(c.id(), now, actor));
        LOG.info("vacancy {} closed at its deadline", c.id());
      }
      return new Outcome<>(List.copyOf(closed), events);
    });
  }

  /**
   * A vacancy as recruiters see it, in any status.
   *
   * @param id the vacancy
   * @param actor a recruiter
   * @return the vacancy
   * @throws NotAllowed when the actor is not a recruiter
   * @throws NotFound {@code vacancy.not-found}
   */
  public Vacancy vacancy(VacancyId id, Actor actor) {
    recruiter(actor);
    return host.query(() -> load(id));
  }

  private record Step(Vacancy vacancy, DomainEvent event) {}

  private Outcome<Vacancy> step(VacancyStep command, Actor actor, VacancyAction action, Function<Vacancy, Step> work) {
    Validation.check(command, actor);
    if (Relations.towardsVacancy(actor).contains(Role.ANONYMOUS)) {
      throw new NotAllowed("vacancy.not-allowed", "only recruiters manage vacancies");
    }
    return host.command(() -> {
      Instant now = host.clock().instant();
      Vacancy current = load(Objects.requireNonNull(command.vacancy()));
      List<DomainEvent> events = new ArrayList<>();
      // the deadline closes a vacancy even if the tick has not run yet: record that close first
      if (current.statusAt(now) != current.status()) {
        current = current.movedTo(VacancyStatus.CLOSED);
        vacancies.update(current);
        events.add(new VacancyEvent.Closed(current.id(), now, Actor.system("vacancy-deadline")));
      }
      VacancyWorkflow.TABLE.next(current.status(), action, Relations.towardsVacancy(actor));
      Step step = work.apply(current);
      vacancies.update(step.vacancy());
      events.add(step.event());
      LOG.info("vacancy {} {} -> {}", current.id(), current.status(), step.vacancy().status());
      return new Outcome<>(step.vacancy(), events);
    });
  }

  private StaffId recruiter(Actor actor) {
    if (actor instanceof Actor.Recruiter r) {
      return r.staff();
    }
    throw new NotAllowed("vacancy.not-allowed", "only recruiters manage vacancies");
  }

  private Vacancy load(VacancyId id) {
    return vacancies.find(id).orElseThrow(() -> new NotFound("vacancy.not-found", "no vacancy " + id));
  }

  private void refusePreviousSystem(Vacancy vacancy) {
    if (vacancy.opensAt().toInstant().isBefore(cutOver)) {
      throw new PreconditionFailed("vacancy.previous-system",
          "vacancy " + vacancy.referenceNumber() + " opened before the cut-over to this system");
    }
  }

  private static Vacancy.Builder content(Vacancy.Builder builder, DraftVacancy c) {
    Map<Locale, VacancyText> texts = new LinkedHashMap<>();
    c.texts().forEach((l, t) -> texts.put(Languages.of(l), t));
    DutyStation station = Objects.requireNonNull(c.dutyStation());
    return builder
        .referenceNumber(Objects.requireNonNull(c.referenceNumber()).strip())
        .type(Objects.requireNonNull(c.type()))
        .grade(Objects.requireNonNull(c.grade()).strip().toUpperCase(Locale.ROOT))
        .dutyStation(station)
        .putAllTexts(texts)
        .opensAt(Objects.requireNonNull(c.opensAt()))
        .closesAt(Objects.requireNonNull(c.closesAt()));
  }

  /** Configures a {@link VacancyDesk}. */
  public static final class Builder {
    private @Nullable Host host;
    private @Nullable Vacancies vacancies;
    private Instant cutOver = Instant.EPOCH;

    private Builder() {}

    /**
     * The host's transactions, events, outbox and clock.
     *
     * @param host the host
     * @return this builder
     */
    public Builder host(Host host) {
      this.host = host;
      return this;
    }

    /**
     * Where vacancies are kept.
     *
     * @param vacancies the store
     * @return this builder
     */
    public Builder vacancies(Vacancies vacancies) {
      this.vacancies = vacancies;
      return this;
    }

    /**
     * The date the previous recruitment system was replaced: vacancies opening before it are refused.
     *
     * @param cutOver the cut-over instant (default: the epoch, refusing nothing)
     * @return this builder
     */
    public Builder cutOver(Instant cutOver) {
      this.cutOver = cutOver;
      return this;
    }

    /**
     * Builds the service.
     *
     * @return the service
     * @throws IllegalStateException when the host or the store is missing (a wiring error)
     */
    public VacancyDesk build() {
      if (host == null || vacancies == null) {
        throw new IllegalStateException("VacancyDesk needs a host and vacancies");
      }
      return new VacancyDesk(host, vacancies, cutOver);
    }
  }
}
