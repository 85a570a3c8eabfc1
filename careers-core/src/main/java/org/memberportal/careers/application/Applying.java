/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.profile.Section;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The candidate's application commands (C7, C13): apply at once, or start, save, submit and delete a draft. Only
 * a signed-in candidate acts, on their own applications; a vacancy accepts applications while it is open
 * ({@link Vacancy#open}); submitting needs a complete profile, which is frozen into the application, and tells
 * the candidate that it was received.
 */
record Applying(Records records) {

  private static final Logger LOG = LoggerFactory.getLogger(Applying.class);

  Outcome<CandidateApplication> apply(Apply command, Actor actor) {
    return records.byCandidate(command, actor, candidate -> {
      Outcome<Application> draft = start(command, candidate);
      Outcome<Application> submitted = submitNow(draft.value(), candidate);
      List<DomainEvent> events = new ArrayList<>(draft.events());
      events.addAll(submitted.events());
      return new Outcome<>(submitted.value(), events);
    });
  }

  Outcome<CandidateApplication> startDraft(Apply command, Actor actor) {
    return records.byCandidate(command, actor, candidate -> start(command, candidate));
  }

  Outcome<CandidateApplication> saveDraft(SaveDraft command, Actor actor) {
    return records.byCandidate(command, actor, candidate -> {
      Application draft = ownDraft(command.application(), candidate, "only drafts are edited");
      Application saved = records.applications().update(draft.drafted(command.coverLetter()));
      return Outcome.of(saved, new ApplicationEvent.DraftSaved(records.host().clock().instant(), actor, saved.id()));
    });
  }

  Outcome<CandidateApplication> submit(ApplicationStep command, Actor actor) {
    return records.byCandidate(command, actor,
        candidate -> submitNow(records.own(Objects.requireNonNull(command.application()), candidate), candidate));
  }

  Outcome<CandidateApplication> deleteDraft(ApplicationStep command, Actor actor) {
    return records.byCandidate(command, actor, candidate -> {
      Application draft = ownDraft(command.application(), candidate, "only drafts are deleted");
      records.applications().remove(draft.id());
      return Outcome.of(draft, new ApplicationEvent.DraftDeleted(records.host().clock().instant(), actor, draft.id()));
    });
  }

  private Application ownDraft(ApplicationId id, Candidate candidate, String only) {
    Application draft = records.own(Objects.requireNonNull(id), candidate);
    if (!draft.isDraft()) {
      throw new PreconditionFailed(CareersRefusals.APPLICATION_NOT_A_DRAFT, only);
    }
    return draft;
  }

  private Outcome<Application> start(Apply command, Candidate candidate) {
    Instant now = records.host().clock().instant();
    Vacancy vacancy = openVacancy(Objects.requireNonNull(command.vacancy()), now);
    ApplicantProfile profile = records.applicants().find(candidate.candidate())
        .orElseThrow(() -> incomplete(Set.of()));
    Application draft = records.applications().add(Application.builder()
        .id(ApplicationId.random())
        .candidate(candidate.candidate())
        .vacancy(vacancy.id())
        .status(ApplicationStatus.DRAFT)
        .email(profile.email())
        .language(profile.language())
        .coverLetter(command.coverLetter())
        .startedAt(now)
        .version(0)
        .build());
    return Outcome.of(draft, new ApplicationEvent.DraftStarted(now, candidate, draft.id(), vacancy.id()));
  }

  private Outcome<Application> submitNow(Application draft, Candidate candidate) {
    Instant now = records.host().clock().instant();
    openVacancy(draft.vacancy(), now);
    ApplicantProfile profile = records.applicants().find(candidate.candidate())
        .orElseThrow(() -> incomplete(Set.of()));
    if (!profile.complete()) {
      throw incomplete(profile.missingSections());
    }
    // the address and language may have changed since the draft was started: notify where the candidate is now
    Application current = records.applications().update(draft.submitted(
        records.applicants().freeze(candidate.candidate(), now), profile.email(), profile.language(), candidate, now));
    records.notice(current, ApplicationDesk.RECEIVED, Map.of());
    LOG.info("application {} to vacancy {} submitted", current.id(), current.vacancy());
    return Outcome.of(current, new ApplicationEvent.Moved(now, candidate, current.id(), current.lastMove().orElseThrow()));
  }

  /** The refusal naming the missing sections in the profile's order; without an account, every required one. */
  private static PreconditionFailed incomplete(Set<String> missing) {
    return new PreconditionFailed(CareersRefusals.APPLICATION_PROFILE_INCOMPLETE,
        "the candidate's profile is not complete",
        Map.of(Section.DETAIL, Stream.of(Section.values())
            .filter(s -> missing.isEmpty() ? s.required() : missing.contains(s.code())).map(Section::code).toList()));
  }

  private Vacancy openVacancy(VacancyId id, Instant now) {
    Vacancy v = records.vacancies().find(id)
        .filter(x -> x.status() != VacancyStatus.DRAFT)
        .orElseThrow(() -> new NotFound(CareersRefusals.VACANCY_NOT_FOUND, "no public vacancy " + id));
    if (!v.open(now)) {
      throw new PreconditionFailed(CareersRefusals.APPLICATION_VACANCY_NOT_OPEN,
          "vacancy " + id + " does not accept applications");
    }
    return v;
  }
}
