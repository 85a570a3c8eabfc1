/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.memberportal.careers.policy.CareersPolicies;
import org.memberportal.careers.port.Applicants;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.profile.Section;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;

/**
 * Applications end to end: candidates apply (or start, save, submit and delete drafts), withdraw, and see
 * "Jobs Applied" and their own applications, always as {@link CandidateApplication} (the candidate-facing view,
 * never the internal record); recruiters move applications through the pipeline and list a vacancy's
 * applicants. A thin façade over one class per use case: {@code Applying} (apply, drafts), {@code Moving} (withdraw,
 * the recruiters' moves), {@code JobsApplied} (what the candidate reads) and {@code Reviewing} (what recruiters
 * read). What applications do when a vacancy closes, is cancelled or finishes its competition, or when a candidate
 * is erased, are policies of their own, wired by {@link CareersPolicies}.
 *
 * <p>Notification kinds: {@value #RECEIVED}, {@value #WITHDRAWN}, {@value #ASSESSMENT}, {@value #INTERVIEW},
 * {@value #OFFER}, {@value #OUTCOME}, {@value #DRAFT_EXPIRED}, {@value #VACANCY_CANCELLED}; parameters
 * {@code application}, {@code vacancy},
 * {@code reference}, {@code title} (in the candidate's language when the vacancy has it), plus {@code step}
 * for assessments and {@code outcome} ({@code selected} / {@code not-selected}) for the outcome.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ApplicationDesk {

  /** Confirmation that an application was received. */
  public static final String RECEIVED = "careers.application.received";
  /** Confirmation of a withdrawal. */
  public static final String WITHDRAWN = "careers.application.withdrawn";
  /** Invitation to an assessment step. */
  public static final String ASSESSMENT = "careers.application.assessment-invitation";
  /** Invitation to interview. */
  public static final String INTERVIEW = "careers.application.interview-invitation";
  /** Offer of the post. */
  public static final String OFFER = "careers.application.offer";
  /** Formal outcome once the competition is finished. */
  public static final String OUTCOME = "careers.application.outcome";
  /** A draft expired at the deadline. */
  public static final String DRAFT_EXPIRED = "careers.application.draft-expired";
  /** The vacancy was cancelled: the application ends. */
  public static final String VACANCY_CANCELLED = "careers.application.vacancy-cancelled";

  /** Reason code of the withdrawals made when a candidate's data is erased. */
  public static final String ERASED_REASON = "candidate-erased";

  /** Every notification kind of applications, for template checks. */
  public static final List<String> KINDS = List.of(RECEIVED, WITHDRAWN, ASSESSMENT, INTERVIEW, OFFER, OUTCOME,
      DRAFT_EXPIRED, VACANCY_CANCELLED);

  private final Applying applying;
  private final Moving moving;
  private final JobsApplied jobsApplied;
  private final Reviewing reviewing;

  private ApplicationDesk(Records records) {
    this.applying = new Applying(records);
    this.moving = new Moving(records);
    this.jobsApplied = new JobsApplied(records);
    this.reviewing = new Reviewing(records);
  }

  /**
   * Creates the service. Its policies (what happens to applications when a vacancy closes, is cancelled or
   * finishes its competition, and when a candidate is erased) are wired apart, by {@link CareersPolicies}.
   *
   * @param host the host
   * @param applications where applications are kept
   * @param vacancies where vacancies are kept
   * @param applicants the applicants (careers accounts and profiles)
   * @return the service
   * @since 0.2.0
   */
  @API(status = API.Status.STABLE, since = "0.2.0")
  public static ApplicationDesk on(Host host, Applications applications, Vacancies vacancies,
      Applicants applicants) {
    return new ApplicationDesk(new Records(host, applications, vacancies, applicants));
  }

  /**
   * Creates the service and subscribes the applications' policies ({@link CareersPolicies#applications}).
   *
   * @param host the host
   * @param applications where applications are kept
   * @param vacancies where vacancies are kept
   * @param profiles the applicants (careers accounts and profiles)
   * @return the service, listening
   * @deprecated wire the module with {@code CareersModule}, which creates the service with {@link #on} and
   *     subscribes every careers policy once; this subscribes the applications' policies a second time if the
   *     module does too
   */
  @Deprecated(since = "0.2.0")
  public static ApplicationDesk listening(Host host, Applications applications, Vacancies vacancies,
      Applicants profiles) {
    CareersPolicies.applications(host, applications, vacancies);
    return on(host, applications, vacancies, profiles);
  }

  /**
   * Applies: a signed-in candidate with a complete profile, to a vacancy open now, once (a new application is
   * allowed after a withdrawal while the vacancy is open). The profile is frozen into the application.
   *
   * @param command the vacancy and letter
   * @param actor the candidate
   * @return the submitted application as the candidate sees it, and its events
   * @throws NotAllowed {@code application.not-allowed} when the actor is not a candidate
   * @throws NotFound {@code vacancy.not-found} when no such vacancy is public
   * @throws PreconditionFailed {@code application.vacancy-not-open}; {@code application.profile-incomplete}
   *     with the codes of the missing sections, in the profile's order, in {@link PreconditionFailed#details()}
   *     under {@value Section#DETAIL}, which its {@link PreconditionFailed#message(Locale) message} names
   * @throws Conflict {@code application.already-applied}
   */
  public Outcome<CandidateApplication> apply(Apply command, Actor actor) {
    return applying.apply(command, actor);
  }

  /**
   * Starts a draft application to an open vacancy, to submit later before the deadline.
   *
   * @param command the vacancy and letter
   * @param actor the candidate
   * @return the draft as the candidate sees it, and {@link ApplicationEvent.DraftStarted}
   */
  public Outcome<CandidateApplication> startDraft(Apply command, Actor actor) {
    return applying.startDraft(command, actor);
  }

  /**
   * Saves a draft's cover letter.
   *
   * @param command the draft and letter
   * @param actor its candidate
   * @return the saved draft as the candidate sees it
   */
  public Outcome<CandidateApplication> saveDraft(SaveDraft command, Actor actor) {
    return applying.saveDraft(command, actor);
  }

  /**
   * Submits a draft before the vacancy's deadline, freezing the profile into it.
   *
   * @param command the draft
   * @param actor its candidate
   * @return the submitted application as the candidate sees it
   */
  public Outcome<CandidateApplication> submit(ApplicationStep command, Actor actor) {
    return applying.submit(command, actor);
  }

  /**
   * Deletes a draft.
   *
   * @param command the draft
   * @param actor its candidate
   * @return the deleted draft as the candidate saw it, and {@link ApplicationEvent.DraftDeleted}
   */
  public Outcome<CandidateApplication> deleteDraft(ApplicationStep command, Actor actor) {
    return applying.deleteDraft(command, actor);
  }

  /**
   * Withdraws a submitted application before a final decision, with a reason code.
   *
   * @param command the application and reason code
   * @param actor its candidate
   * @return the withdrawn application as the candidate sees it
   */
  public Outcome<CandidateApplication> withdraw(ApplicationStep command, Actor actor) {
    return moving.withdraw(command, actor);
  }

  /**
   * A recruiter's move in the pipeline (screen, record an assessment step, shortlist, invite to interview,
   * offer, select, decide not to select with a reason code). Audited on the application and in the event log.
   *
   * @param command the application, reason code and assessment label
   * @param action the move
   * @param actor a recruiter
   * @return the moved application
   * @throws NotFound {@code application.not-found} for an unknown id or a draft (the candidate's own)
   */
  public Outcome<Application> move(ApplicationStep command, ApplicationAction action, Actor actor) {
    return moving.move(command, action, actor);
  }

  /**
   * The candidate's "Jobs Applied": every application and draft, most recent first, with the vacancy's
   * reference, title and deadline and the status the candidate may see.
   *
   * @param actor the candidate
   * @return the lines
   */
  public List<AppliedJob> jobsApplied(Actor actor) {
    return jobsApplied.jobsApplied(actor);
  }

  /**
   * The applications to a vacancy (drafts excluded), oldest first, for recruiters.
   *
   * @param vacancy the vacancy
   * @param actor a recruiter
   * @return the applications
   */
  public List<Application> applicationsTo(VacancyId vacancy, Actor actor) {
    return reviewing.applicationsTo(vacancy, actor);
  }

  /**
   * One application's internal record (status, moves, reason codes), for recruiters only; its candidate reads it
   * through {@link #ownApplication}. A draft is the candidate's own: to a recruiter it does not exist.
   *
   * @param id the application
   * @param actor a recruiter
   * @return the application
   * @throws NotFound {@code application.not-found} for an unknown id or a draft
   */
  public Application application(ApplicationId id, Actor actor) {
    return reviewing.application(id, actor);
  }

  /**
   * One application as its candidate sees it: the candidate-facing status, the vacancy in the candidate's
   * language, the cover letter and the profile they sent; never the internal status or the recruiters' moves.
   *
   * @param id the application
   * @param actor its candidate
   * @return the candidate's view
   */
  public CandidateApplication ownApplication(ApplicationId id, Actor actor) {
    return jobsApplied.ownApplication(id, actor);
  }}
