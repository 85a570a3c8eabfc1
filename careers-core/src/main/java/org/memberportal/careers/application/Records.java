/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.port.Applicants;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Validation;

/**
 * What every application use case reaches: the host and the stores, the look-ups with their refusals (no such
 * application, another candidate's, a missing vacancy), who may act, the candidate's view and the notices.
 */
record Records(Host host, Applications applications, Vacancies vacancies, Applicants applicants) {

  Application load(ApplicationId id) {
    return applications.find(id).orElseThrow(() -> notFound(id));
  }

  /**
   * The application as recruiters reach it: a draft is its candidate's own, so to them it does not exist
   * ({@code application.not-found}, as for an unknown id).
   */
  Application submitted(ApplicationId id) {
    return applications.find(id).filter(a -> !a.isDraft()).orElseThrow(() -> notFound(id));
  }

  private static NotFound notFound(ApplicationId id) {
    return new NotFound(CareersRefusals.APPLICATION_NOT_FOUND, "no application " + id);
  }

  /** The application, refused ({@code application.not-owner}) when another candidate made it. */
  Application own(ApplicationId id, Candidate candidate) {
    Application a = load(id);
    if (!a.belongsTo(candidate.candidate())) {
      throw new NotAllowed(CareersRefusals.APPLICATION_NOT_OWNER, "the application belongs to another candidate");
    }
    return a;
  }

  Vacancy vacancyOf(Application a) {
    return vacancies.find(a.vacancy()).orElseThrow(
        () -> new NotFound(CareersRefusals.VACANCY_NOT_FOUND,
            "vacancy " + a.vacancy() + " of an application is missing"));
  }

  /** The application as its candidate sees it, in their language. */
  CandidateApplication view(Application a, Locale language) {
    return CandidateApplication.of(a, vacancyOf(a), language);
  }

  /** A command's outcome with the application as the candidate who gave it sees it. */
  Outcome<CandidateApplication> seen(Outcome<Application> outcome, Actor candidate) {
    return new Outcome<>(view(outcome.value(), candidate.locale()), outcome.events());
  }

  /**
   * A candidate's command on their applications: the command is checked, then only a signed-in candidate acts
   * ({@code application.not-allowed}); the work runs in one transaction and its outcome shows the application as
   * that candidate sees it.
   */
  Outcome<CandidateApplication> byCandidate(Object command, Actor actor,
      Function<Candidate, Outcome<Application>> work) {
    Validation.check(command, actor);
    Candidate candidate = candidate(actor);
    return host.command(() -> seen(work.apply(candidate), actor));
  }

  /** Sends the application's notice ({@link Notices#of}); an erased application is told nothing. */
  void notice(Application a, String kind, Map<String, String> extra) {
    if (a.email().isPresent()) {
      Notices.of(a, kind, vacancyOf(a), extra).ifPresent(host::notify);
    }
  }

  /** The signed-in candidate acting, else {@code application.not-allowed}. */
  static Candidate candidate(Actor actor) {
    if (actor instanceof Candidate c) {
      return c;
    }
    throw new NotAllowed(CareersRefusals.APPLICATION_NOT_ALLOWED, "only a signed-in candidate applies");
  }

  /** Refuses ({@code application.not-allowed}) anybody but a recruiter. */
  static void recruiter(Actor actor, String only) {
    if (!(actor instanceof Recruiter)) {
      throw new NotAllowed(CareersRefusals.APPLICATION_NOT_ALLOWED, only);
    }
  }
}
