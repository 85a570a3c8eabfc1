/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import org.apiguardian.api.API;

/**
 * Every refusal careers-core raises: the {@link org.memberportal.kernel.PortalException#reason() reason} of each, as
 * a constant whose sentence states the rule refused. Throw sites name these constants; the English and French
 * sentences a user reads are in the module's {@code ValidationMessages} bundles under the reason itself.
 *
 * <p>Some reasons are built rather than written here: each workflow table builds
 * {@code <name>.illegal-transition} and {@code <name>.not-allowed} from its name ({@code vacancy},
 * {@code application}, {@code careers-account}), and account-core's credential flow builds the careers accounts'
 * {@code candidate.code-rejected} and {@code candidate.wrong-password} from the credential kind {@code candidate}
 * (named below for callers that compare reasons). A write over a stale version, of any careers aggregate, is refused
 * with the kernel's {@link org.memberportal.kernel.KernelRefusals#STALE_VERSION}.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class CareersRefusals {

  // ----- careers accounts (C1, C2)

  /** A candidate identifier must be a UUID: nothing can have any other, so it is not found. */
  public static final String CANDIDATE_ID_MALFORMED = "candidate-id.malformed";

  /** Sign-up, sign-in and recovery are for visitors who are not signed in. */
  public static final String CANDIDATE_NOT_A_VISITOR = "candidate.not-a-visitor";

  /** Current staff members do not create a careers account: they use the internal employee profile. */
  public static final String CANDIDATE_CURRENT_STAFF = "candidate.current-staff";

  /** A one-time code is accepted only while it is the latest, unexpired and unused (built by the credential flow). */
  public static final String CANDIDATE_CODE_REJECTED = "candidate.code-rejected";

  /** A password is changed only with the right current password (built by the credential flow). */
  public static final String CANDIDATE_WRONG_PASSWORD = "candidate.wrong-password";

  /** Only the holder of a careers account changes its password. */
  public static final String CANDIDATE_NOT_OWNER = "candidate.not-owner";

  /** A careers account is acted on only when it exists. */
  public static final String CANDIDATE_NOT_FOUND = "candidate.not-found";

  /** One careers account per mailbox: a store refuses a second account with the same address key. */
  public static final String CANDIDATE_EMAIL_TAKEN = "candidate.email-taken";

  // ----- the candidate profile (C3)

  /** Only the candidate edits their profile, applies with it and, with recruiters, reads it. */
  public static final String PROFILE_NOT_OWNER = "profile.not-owner";

  /** A profile is read only when it exists (its candidate reads an empty one instead). */
  public static final String PROFILE_NOT_FOUND = "profile.not-found";

  /** An entry is added only under an id the profile does not hold yet. */
  public static final String PROFILE_ENTRY_EXISTS = "profile.entry.exists";

  /** An entry is updated or removed only when the profile holds it. */
  public static final String PROFILE_ENTRY_NOT_FOUND = "profile.entry.not-found";

  /** An entry id is one the library issued. */
  public static final String PROFILE_ENTRY_ID_MALFORMED = "profile.entry-id.malformed";

  /** A section is removed only when it holds something. */
  public static final String PROFILE_SECTION_EMPTY = "profile.section.empty";

  /** "No relatives" is declared only when no relative is listed. */
  public static final String PROFILE_RELATIVES_LISTED = "profile.relatives.listed";

  /** A snapshot is taken only of a complete profile (details: the missing sections). */
  public static final String PROFILE_INCOMPLETE = "profile.incomplete";

  // ----- privacy (C4)

  /** Only the candidate manages their data; only the candidate, recruiters and the library see the consents. */
  public static final String PRIVACY_NOT_OWNER = "privacy.not-owner";

  /** Only the library itself runs the retention batch. */
  public static final String PRIVACY_NOT_SYSTEM = "privacy.not-system";

  /** A consent is withdrawn only while one holds. */
  public static final String PRIVACY_NO_CONSENT = "privacy.no-consent";

  // ----- vacancies (C5) and job openings (C6)

  /** Only recruiters manage vacancies; the library or a recruiter closes the due ones. */
  public static final String VACANCY_NOT_ALLOWED = "vacancy.not-allowed";

  /** A vacancy is acted on only when it exists. */
  public static final String VACANCY_NOT_FOUND = "vacancy.not-found";

  /** A vacancy id is one the library issued. */
  public static final String VACANCY_ID_MALFORMED = "vacancy-id.malformed";

  /** A vacancy of the previous recruitment system (opened before the cut-over) is not handled here. */
  public static final String VACANCY_PREVIOUS_SYSTEM = "vacancy.previous-system";

  /** A store adds a vacancy only under an id it does not hold yet. */
  public static final String VACANCY_DUPLICATE_ID = "vacancy.duplicate-id";

  /** Two vacancies never share a reference number. */
  public static final String VACANCY_DUPLICATE_REFERENCE = "vacancy.duplicate-reference";

  /** A job opening is shown only while its vacancy is published and open. */
  public static final String OPENING_NOT_FOUND = "opening.not-found";

  // ----- applications (C7-C10, C13)

  /** Only a signed-in candidate applies and handles their applications; only recruiters make the pipeline moves. */
  public static final String APPLICATION_NOT_ALLOWED = "application.not-allowed";

  /** An application is acted on only when it exists. */
  public static final String APPLICATION_NOT_FOUND = "application.not-found";

  /** A candidate acts only on their own applications. */
  public static final String APPLICATION_NOT_OWNER = "application.not-owner";

  /** An application id is one the library issued. */
  public static final String APPLICATION_ID_MALFORMED = "application-id.malformed";

  /** Only a draft is saved, submitted or deleted as a draft. */
  public static final String APPLICATION_NOT_A_DRAFT = "application.not-a-draft";

  /** A candidate applies only with a complete profile (details: the missing sections). */
  public static final String APPLICATION_PROFILE_INCOMPLETE = "application.profile-incomplete";

  /** A candidate applies only to a published vacancy before its deadline. */
  public static final String APPLICATION_VACANCY_NOT_OPEN = "application.vacancy-not-open";

  /** A candidate applies to a vacancy once. */
  public static final String APPLICATION_ALREADY_APPLIED = "application.already-applied";

  /** A store adds an application only under an id it does not hold yet. */
  public static final String APPLICATION_DUPLICATE_ID = "application.duplicate-id";

  // ----- job alerts (C11)

  /** Only a signed-in candidate has job alerts, and touches only their own. */
  public static final String ALERT_NOT_ALLOWED = "alert.not-allowed";

  /** A job alert is removed only when it exists. */
  public static final String ALERT_NOT_FOUND = "alert.not-found";

  /** An alert id is one the library issued. */
  public static final String ALERT_ID_MALFORMED = "alert-id.malformed";

  /** Only a candidate with a careers account subscribes to job alerts. */
  public static final String ALERT_NO_ACCOUNT = "alert.no-account";

  /** A candidate keeps at most {@link org.memberportal.careers.alert.JobAlerts#MAX_PER_CANDIDATE} alerts. */
  public static final String ALERT_TOO_MANY = "alert.too-many";

  /** A store adds a job alert only under an id it does not hold yet. */
  public static final String ALERT_DUPLICATE_ID = "alert.duplicate-id";

  // ----- talent search (C12)

  /** Only recruiters search talent. */
  public static final String TALENT_NOT_ALLOWED = "talent.not-allowed";

  private CareersRefusals() {}
}
