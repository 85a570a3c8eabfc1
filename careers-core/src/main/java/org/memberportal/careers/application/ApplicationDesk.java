/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.Applicants;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.profile.Section;
import org.memberportal.careers.privacy.CandidateErased;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyEvent;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Role;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applications end to end: candidates apply (or start, save, submit and delete drafts), withdraw, and see
 * "Jobs Applied" and their own applications, always as {@link CandidateApplication} (the candidate-facing view,
 * never the internal record); recruiters move applications through the pipeline and list a vacancy's
 * applicants. It reacts to vacancies: drafts expire when their vacancy closes or is cancelled; when a
 * competition finishes every applicant not yet told gets one formal notification of the outcome; when a vacancy
 * is cancelled every application awaiting a decision ends as {@link ApplicationStatus#VACANCY_CANCELLED} and
 * every applicant who now sees "vacancy cancelled" (all but those who withdrew or were selected) gets one
 * notification of the cancellation.
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

  private static final Logger LOG = LoggerFactory.getLogger(ApplicationDesk.class);
  private static final Map<ApplicationAction, String> NOTICE_ON = Map.of(
      ApplicationAction.SUBMIT, RECEIVED,
      ApplicationAction.WITHDRAW, WITHDRAWN,
      ApplicationAction.RECORD_ASSESSMENT, ASSESSMENT,
      ApplicationAction.INVITE_TO_INTERVIEW, INTERVIEW,
      ApplicationAction.OFFER, OFFER,
      ApplicationAction.EXPIRE, DRAFT_EXPIRED);

  private final Host host;
  private final Applications applications;
  private final Vacancies vacancies;
  private final Applicants profiles;

  private ApplicationDesk(Host host, Applications applications, Vacancies vacancies, Applicants profiles) {
    this.host = host;
    this.applications = applications;
    this.vacancies = vacancies;
    this.profiles = profiles;
  }

  /**
   * Creates the service and subscribes its policies to vacancy events (closed, cancelled, competition finished)
   * and to {@link CandidateErased} (drafts deleted, open applications withdrawn, personal data erased).
   *
   * @param host the host
   * @param applications where applications are kept
   * @param vacancies where vacancies are kept
   * @param profiles the applicants (careers accounts and profiles)
   * @return the service, listening
   */
  public static ApplicationDesk listening(Host host, Applications applications, Vacancies vacancies,
      Applicants profiles) {
    ApplicationDesk desk = new ApplicationDesk(host, applications, vacancies, profiles);
    host.events().subscribe(VacancyEvent.Closed.class, e -> desk.expireDrafts(e.vacancy(), e.occurredAt()));
    host.events().subscribe(VacancyEvent.Cancelled.class, desk::onVacancyCancelled);
    host.events().subscribe(VacancyEvent.CompetitionFinished.class, desk::onCompetitionFinished);
    host.events().subscribe(CandidateErased.class, desk::onCandidateErased);
    return desk;
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
    Validation.check(command, actor);
    Actor.Candidate candidate = candidate(actor);
    return host.command(() -> {
      Outcome<Application> draft = start(command, candidate);
      Outcome<Application> submitted = submitNow(draft.value(), candidate);
      List<DomainEvent> events = new ArrayList<>(draft.events());
      events.addAll(submitted.events());
      return new Outcome<>(view(submitted.value(), actor.locale()), events);
    });
  }

  /**
   * Starts a draft application to an open vacancy, to submit later before the deadline.
   *
   * @param command the vacancy and letter
   * @param actor the candidate
   * @return the draft as the candidate sees it, and {@link ApplicationEvent.DraftStarted}
   */
  public Outcome<CandidateApplication> startDraft(Apply command, Actor actor) {
    Validation.check(command, actor);
    Actor.Candidate candidate = candidate(actor);
    return host.command(() -> seen(start(command, candidate), actor));
  }

  /**
   * Saves a draft's cover letter.
   *
   * @param command the draft and letter
   * @param actor its candidate
   * @return the saved draft as the candidate sees it
   */
  public Outcome<CandidateApplication> saveDraft(SaveDraft command, Actor actor) {
    Validation.check(command, actor);
    Actor.Candidate candidate = candidate(actor);
    return host.command(() -> {
      Application draft = own(Objects.requireNonNull(command.application()), candidate);
      if (draft.status() != ApplicationStatus.DRAFT) {
        throw new PreconditionFailed("application.not-a-draft", "only drafts are edited");
      }
      Application saved = draft.drafted(command.coverLetter());
      applications.update(saved);
      return seen(Outcome.of(saved, new ApplicationEvent.DraftSaved(saved.id(), host.clock().instant(), actor)),
          actor);
    });
  }

  /**
   * Submits a draft before the vacancy's deadline, freezing the profile into it.
   *
   * @param command the draft
   * @param actor its candidate
   * @return the submitted application as the candidate sees it
   */
  public Outcome<CandidateApplication> submit(ApplicationStep command, Actor actor) {
    Validation.check(command, actor);
    Actor.Candidate candidate = candidate(actor);
    return host.command(() -> seen(submitNow(own(Objects.requireNonNull(command.application()), candidate),
        candidate), actor));
  }

  /**
   * Deletes a draft.
   *
   * @param command the draft
   * @param actor its candidate
   * @return the deleted draft as the candidate saw it, and {@link ApplicationEvent.DraftDeleted}
   */
  public Outcome<CandidateApplication> deleteDraft(ApplicationStep command, Actor actor) {
    Validation.check(command, actor);
    Actor.Candidate candidate = candidate(actor);
    return host.command(() -> {
      Application draft = own(Objects.requireNonNull(command.application()), candidate);
      if (draft.status() != ApplicationStatus.DRAFT) {
        throw new PreconditionFailed("application.not-a-draft", "only drafts are deleted");
      }
      applications.delete(draft.id());
      return seen(Outcome.of(draft, new ApplicationEvent.DraftDeleted(draft.id(), host.clock().instant(), actor)),
          actor);
    });
  }

  /**
   * Withdraws a submitted application before a final decision, with a reason code.
   *
   * @param command the application and reason code
   * @param actor its candidate
   * @return the withdrawn application as the candidate sees it
   */
  public Outcome<CandidateApplication> withdraw(ApplicationStep command, Actor actor) {
    Validation.check(command, actor);
    Actor.Candidate candidate = candidate(actor);
    return host.command(() -> {
      Application a = own(Objects.requireNonNull(command.application()), candidate);
      return seen(move(a, ApplicationAction.WITHDRAW, Set.of(Role.OWNER), actor, command.reason(),
          Optional.empty()), actor);
    });
  }

  /**
   * A recruiter's move in the pipeline (screen, record an assessment step, shortlist, invite to interview,
   * offer, select, decide not to select with a reason code). Audited on the application and in the event log.
   *
   * @param command the application, reason code and assessment label
   * @param action the move
   * @param actor a recruiter
   * @return the moved application
   */
  public Outcome<Application> move(ApplicationStep command, ApplicationAction action, Actor actor) {
    Validation.check(command, actor);
    if (!(actor instanceof Actor.Recruiter)) {
      throw new NotAllowed("application.not-allowed", "only recruiters move applications");
    }
    return host.command(() -> {
      Application a = load(Objects.requireNonNull(command.application()));
      return move(a, action, Set.of(Role.RECRUITER), actor, command.reason(), command.step());
    });
  }

  /**
   * The candidate's "Jobs Applied": every application and draft, most recent first, with the vacancy's
   * reference, title and deadline and the status the candidate may see.
   *
   * @param actor the candidate
   * @return the lines
   */
  public List<AppliedJob> jobsApplied(Actor actor) {
    Actor.Candidate candidate = candidate(actor);
    return host.query(() -> applications.ofCandidate(candidate.candidate()).stream().map(a -> {
      CandidateApplication v = view(a, actor.locale());
      return new AppliedJob(v.id(), v.vacancy(), v.referenceNumber(), v.title(), v.startedAt(), v.submittedAt(),
          v.closesAt(), v.status());
    }).toList());
  }

  /**
   * The applications to a vacancy (drafts excluded), oldest first, for recruiters.
   *
   * @param vacancy the vacancy
   * @param actor a recruiter
   * @return the applications
   */
  public List<Application> applicationsTo(VacancyId vacancy, Actor actor) {
    if (!(actor instanceof Actor.Recruiter)) {
      throw new NotAllowed("application.not-allowed", "only recruiters see a vacancy's applicants");
    }
    return host.query(() -> applications.ofVacancy(vacancy).stream()
        .filter(a -> a.status() != ApplicationStatus.DRAFT).toList());
  }

  /**
   * One application's internal record (status, moves, reason codes), for recruiters only; its candidate reads it
   * through {@link #ownApplication}.
   *
   * @param id the application
   * @param actor a recruiter
   * @return the application
   */
  public Application application(ApplicationId id, Actor actor) {
    if (!(actor instanceof Actor.Recruiter)) {
      throw new NotAllowed("application.not-allowed", "only recruiters read an application's internal record");
    }
    return host.query(() -> load(id));
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
    Actor.Candidate candidate = candidate(actor);
    return host.query(() -> view(own(id, candidate), actor.locale()));
  }

  private Outcome<Application> start(Apply command, Actor.Candidate candidate) {
    Instant now = host.clock().instant();
    Vacancy vacancy = openVacancy(Objects.requireNonNull(command.vacancy()), now);
    ApplicantProfile profile = profiles.find(candidate.candidate()).orElseThrow(() -> incomplete(Set.of()));
    Application draft = Application.builder()
        .id(ApplicationId.random())
        .candidate(candidate.candidate())
        .vacancy(vacancy.id())
        .status(ApplicationStatus.DRAFT)
        .email(profile.email())
        .language(profile.language())
        .coverLetter(command.coverLetter())
        .startedAt(now)
        .version(0)
        .build();
    applications.insert(draft);
    return Outcome.of(draft, new ApplicationEvent.DraftStarted(draft.id(), vacancy.id(), now, candidate));
  }

  private Outcome<Application> submitNow(Application draft, Actor.Candidate candidate) {
    Instant now = host.clock().instant();
    openVacancy(draft.vacancy(), now);
    ApplicantProfile profile = profiles.find(candidate.candidate()).orElseThrow(() -> incomplete(Set.of()));
    if (!profile.complete()) {
      throw incomplete(profile.missingSections());
    }
    // the address and language may have changed since the draft was started: notify where the candidate is now
    Application current = draft.submitted(profiles.freeze(candidate.candidate(), now), profile.email(),
        profile.language(), candidate, now);
    applications.update(current);
    Move m = current.moves().get(current.moves().size() - 1);
    notice(current, RECEIVED, Map.of());
    LOG.info("application {} to vacancy {} submitted", current.id(), current.vacancy());
    return Outcome.of(current, new ApplicationEvent.Moved(current.id(), m, now, candidate));
  }

  private Outcome<Application> move(Application a, ApplicationAction action, Set<Role> roles, Actor actor,
      Optional<String> reason, Optional<String> step) {
    if (action == ApplicationAction.SUBMIT || action == ApplicationAction.EXPIRE) {
      throw new NotAllowed("application.not-allowed", "submitting and expiring are not recruiters' moves");
    }
    Instant now = host.clock().instant();
    Application moved = a.moved(action, roles, actor, now, reason, step);
    applications.update(moved);
    Move m = moved.moves().get(moved.moves().size() - 1);
    String kind = NOTICE_ON.get(action);
    if (kind != null) {
      notice(moved, kind, step.map(s -> Map.of("step", s)).orElse(Map.of()));
    }
    LOG.info("application {} {} -> {}", moved.id(), m.from(), m.to());
    return Outcome.of(moved, new ApplicationEvent.Moved(moved.id(), m, now, actor));
  }

  private void expireDrafts(VacancyId vacancy, Instant at) {
    Actor system = Actor.system("application-drafts");
    for (Application a : applications.ofVacancy(vacancy)) {
      if (a.status() == ApplicationStatus.DRAFT) {
        List<DomainEvent> events = new ArrayList<>();
        notice(systemMove(a, ApplicationAction.EXPIRE, system, at, Optional.empty(), events), DRAFT_EXPIRED, Map.of());
        host.events().publish(events);
      }
    }
  }

  private void onVacancyCancelled(VacancyEvent.Cancelled event) {
    expireDrafts(event.vacancy(), event.occurredAt());
    // told: every applicant who sees "vacancy cancelled" from now on (all but those who withdrew or were selected)
    int told = settle(event.vacancy(), event.occurredAt(), Actor.system("vacancy-cancelled"), ApplicationAction.CANCEL,
        Optional.empty(), VACANCY_CANCELLED,
        a -> a.candidateStatus(VacancyStatus.CANCELLED) == CandidateStatus.VACANCY_CANCELLED
            ? Optional.of(Map.of()) : Optional.empty());
    LOG.info("vacancy {} cancelled: {} applicants told", event.vacancy(), told);
  }

  private void onCompetitionFinished(VacancyEvent.CompetitionFinished event) {
    int told = settle(event.vacancy(), event.occurredAt(), Actor.system("competition-finished"),
        ApplicationAction.REJECT, Optional.of("competition-finished"), OUTCOME, a -> switch (a.status()) {
          case SELECTED -> Optional.of(Map.of("outcome", "selected"));
          case NOT_SELECTED -> Optional.of(Map.of("outcome", "not-selected"));
          default -> Optional.empty();
        });
    LOG.info("competition of vacancy {} finished: {} applicants told", event.vacancy(), told);
  }

  /**
   * Ends every application of the vacancy still in the pipeline with the library's move, then tells each
   * applicant not yet told whom the rule names (with the notice's parameters) once.
   */
  private int settle(VacancyId vacancy, Instant at, Actor system, ApplicationAction end, Optional<String> reason,
      String kind, Function<Application, Optional<Map<String, String>>> toldWith) {
    List<DomainEvent> events = new ArrayList<>();
    int told = 0;
    for (Application current : applications.ofVacancy(vacancy)) {
      if (current.status().inPipeline()) {
        current = systemMove(current, end, system, at, reason, events);
      }
      Optional<Map<String, String>> parameters = current.outcomeNotified() ? Optional.empty() : toldWith.apply(current);
      if (parameters.isPresent()) {
        current = current.outcomeTold();
        notice(current, kind, parameters.get());
        applications.update(current);
        events.add(new ApplicationEvent.OutcomeNotified(current.id(), at, system));
        told++;
      }
    }
    host.events().publish(events);
    return told;
  }

  private Application systemMove(Application a, ApplicationAction action, Actor system, Instant at,
      Optional<String> reason, List<DomainEvent> events) {
    Application moved = a.moved(action, Set.of(Role.SYSTEM), system, at, reason, Optional.empty());
    applications.update(moved);
    events.add(new ApplicationEvent.Moved(moved.id(), moved.moves().get(moved.moves().size() - 1), at, system));
    return moved;
  }

  private void onCandidateErased(CandidateErased event) {
    Actor system = Actor.system("candidate-erasure");
    List<DomainEvent> events = new ArrayList<>();
    for (Application a : applications.ofCandidate(event.candidate())) {
      if (a.status() == ApplicationStatus.DRAFT) {
        applications.delete(a.id());
        events.add(new ApplicationEvent.DraftDeleted(a.id(), event.occurredAt(), system));
        continue;
      }
      Application current = a;
      if (ApplicationWorkflow.TABLE.allows(a.status(), ApplicationAction.WITHDRAW)) {
        // no withdrawal notice: the address is being erased and the candidate asked for the erasure
        current = systemMove(a, ApplicationAction.WITHDRAW, system, event.occurredAt(), Optional.of(ERASED_REASON),
            events);
      }
      applications.update(current.anonymised());
    }
    host.events().publish(events);
    LOG.info("candidate {} erased: {} applications withdrawn or anonymised", event.candidate(), events.size());
  }

  private void notice(Application a, String kind, Map<String, String> extra) {
    if (a.email().isEmpty()) {
      return;
    }
    Vacancy v = vacancy(a);
    // the outcome and the cancellation are told once per application; every other notice once per move (the version)
    String key = kind.equals(OUTCOME) || kind.equals(VACANCY_CANCELLED) ? kind + ":" + a.id()
        : kind + ":" + a.id() + ":" + a.version();
    host.notify(Notification.builder()
        .idempotencyKey(key)
        .recipient(a.email().get())
        .dataSubject(CandidateErased.subjectOf(a.candidate()))
        .kind(kind)
        .locale(a.language())
        .putParameters("application", a.id().toString())
        .putParameters("vacancy", v.id().toString())
        .putParameters("reference", v.referenceNumber())
        .putParameters("title", v.titleFor(a.language()))
        .putAllParameters(extra)
        .build());
  }

  /** The refusal naming the missing sections in the profile's order; without an account, every required one. */
  private static PreconditionFailed incomplete(Set<String> missing) {
    return new PreconditionFailed("application.profile-incomplete", "the candidate's profile is not complete",
        Map.of(Section.DETAIL, Stream.of(Section.values())
            .filter(s -> missing.isEmpty() ? s.required() : missing.contains(s.code())).map(Section::code).toList()));
  }

  private CandidateApplication view(Application a, Locale language) {
    return CandidateApplication.of(a, vacancy(a), language);
  }

  private Outcome<CandidateApplication> seen(Outcome<Application> outcome, Actor candidate) {
    return new Outcome<>(view(outcome.value(), candidate.locale()), outcome.events());
  }

  private Vacancy vacancy(Application a) {
    return vacancies.find(a.vacancy()).orElseThrow(
        () -> new NotFound("vacancy.not-found", "vacancy " + a.vacancy() + " of an application is missing"));
  }

  private Vacancy openVacancy(VacancyId id, Instant now) {
    Vacancy v = vacancies.find(id)
        .filter(x -> x.status() != VacancyStatus.DRAFT)
        .orElseThrow(() -> new NotFound("vacancy.not-found", "no public vacancy " + id));
    if (!v.open(now)) {
      throw new PreconditionFailed("application.vacancy-not-open", "vacancy " + id + " does not accept applications");
    }
    return v;
  }

  private Application load(ApplicationId id) {
    return applications.find(id).orElseThrow(() -> new NotFound("application.not-found", "no application " + id));
  }

  private Application own(ApplicationId id, Actor.Candidate candidate) {
    Application a = load(id);
    if (!a.candidate().equals(candidate.candidate())) {
      throw new NotAllowed("application.not-owner", "the application belongs to another candidate");
    }
    return a;
  }

  private static Actor.Candidate candidate(Actor actor) {
    if (actor instanceof Actor.Candidate c) {
      return c;
    }
    throw new NotAllowed("application.not-allowed", "only a signed-in candidate applies");
  }
}
