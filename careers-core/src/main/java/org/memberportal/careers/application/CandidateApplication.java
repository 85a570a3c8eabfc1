/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.profile.ProfileSnapshot;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;

/**
 * One application as its candidate sees it, the only form in which the candidate reads it: the candidate-facing
 * status, never the internal one, the recruiters' moves or their reason codes.
 *
 * @param id the application
 * @param vacancy the vacancy
 * @param referenceNumber the vacancy's reference
 * @param title the vacancy's title in the candidate's language when it has it
 * @param status what the candidate sees ({@link Application#candidateStatus})
 * @param startedAt when the application was started
 * @param submittedAt when it was submitted, empty for a draft
 * @param closesAt the vacancy's deadline
 * @param coverLetter the candidate's cover letter, if written
 * @param profile the profile the candidate sent (frozen at submission), empty for a draft
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record CandidateApplication(
    ApplicationId id,
    VacancyId vacancy,
    String referenceNumber,
    String title,
    CandidateStatus status,
    Instant startedAt,
    Optional<Instant> submittedAt,
    ZonedDateTime closesAt,
    Optional<String> coverLetter,
    Optional<ProfileSnapshot> profile) {

  /**
   * The candidate's view of an application to a vacancy: the vacancy's title as the candidate reads it
   * ({@link Vacancy#titleFor}), and the candidate-facing status for the vacancy's state.
   *
   * @param application the internal record
   * @param vacancy the vacancy it was made to
   * @param language the candidate's language
   * @return the view
   */
  public static CandidateApplication of(Application application, Vacancy vacancy, Locale language) {
    return new CandidateApplication(application.id(), vacancy.id(), vacancy.referenceNumber(),
        vacancy.titleFor(language),
        application.candidateStatus(vacancy.status()), application.startedAt(), application.submittedAt(),
        vacancy.closesAt(), application.coverLetter(), application.profile());
  }

  /** Ids and status only: the letter and the profile are personal data. */
  @Override
  public String toString() {
    return "CandidateApplication{" + id + ", vacancy " + vacancy + ", " + status + "}";
  }
}
