/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;

/**
 * The recruiters' service for vacancies: draft, revise, publish, close, finish the competition, cancel, and
 * the host-run tick that closes vacancies at their deadline. Only recruiters manage vacancies. A thin façade over
 * one class per use case: {@code Drafting}, {@code Publishing}, {@code Closing} (early and at the deadline) and
 * {@code Ending} (competition finished, cancelled).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class VacancyDesk {

  private final Drafting drafting;
  private final Publishing publishing;
  private final Closing closing;
  private final Ending ending;
  private final Records records;

  private VacancyDesk(Records records) {
    this.drafting = new Drafting(records);
    this.publishing = new Publishing(records);
    this.closing = new Closing(records);
    this.ending = new Ending(records);
    this.records = records;
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
    return drafting.draft(command, actor);
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
    return drafting.revise(command, actor);
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
    return publishing.publish(command, actor);
  }

  /**
   * Closes a published vacancy before its deadline.
   *
   * @param command the vacancy
   * @param actor a recruiter, or the system (a host process; {@link #closeDue} is the deadline's own sweep)
   * @return the closed vacancy and {@link VacancyEvent.Closed}
   */
  public Outcome<Vacancy> close(VacancyStep command, Actor actor) {
    return closing.close(command, actor);
  }

  /**
   * Declares the competition of a closed vacancy finished.
   *
   * @param command the vacancy
   * @param actor a recruiter
   * @return the vacancy and {@link VacancyEvent.CompetitionFinished}
   */
  public Outcome<Vacancy> finishCompetition(VacancyStep command, Actor actor) {
    return ending.finishCompetition(command, actor);
  }

  /**
   * Cancels a vacancy that is not finished.
   *
   * @param command the vacancy
   * @param actor a recruiter
   * @return the vacancy and {@link VacancyEvent.Cancelled}
   */
  public Outcome<Vacancy> cancel(VacancyStep command, Actor actor) {
    return ending.cancel(command, actor);
  }

  /**
   * The host-run tick: closes every published vacancy whose deadline has passed. Safe to run often and on
   * several hosts; a vacancy closes once.
   *
   * @param actor the library ({@link Actor#system(String)}) or a recruiter
   * @return the vacancies closed by this run and their {@link VacancyEvent.Closed} events
   */
  public Outcome<List<Vacancy>> closeDue(Actor actor) {
    return closing.closeDue(actor);
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
    Records.recruiter(actor);
    return records.host().query(() -> records.load(id));
  }

  /**
   * The recruiter's desk: one page of the vacancies the acting recruiter drafted, in every status unless the
   * query names some, newest first (latest opening date first).
   *
   * @param query the statuses and page
   * @param actor a recruiter
   * @return the page
   * @throws ValidationFailed {@code careers.vacancy.page.negative}, {@code careers.vacancy.size.out-of-range}
   * @throws NotAllowed when the actor is not a recruiter
   * @since 0.2.0
   */
  public Page<Vacancy> vacancies(VacancyQuery query, Actor actor) {
    Validation.check(query, actor);
    StaffId recruiter = Records.recruiter(actor);
    return records.host().query(() -> records.vacancies().draftedBy(recruiter, query));
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
      return new VacancyDesk(new Records(host, vacancies, cutOver));
    }
  }
}
