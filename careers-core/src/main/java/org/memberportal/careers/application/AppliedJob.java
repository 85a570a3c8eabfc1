/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.vacancy.VacancyId;

/**
 * One line of the candidate's "Jobs Applied" screen.
 *
 * @param application the application
 * @param vacancy the vacancy
 * @param referenceNumber the vacancy's reference
 * @param title the vacancy's title in the candidate's language when it has it
 * @param startedAt when the application was started
 * @param submittedAt when it was submitted, empty for a draft
 * @param closesAt the vacancy's deadline
 * @param status what the candidate sees
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record AppliedJob(
    ApplicationId application,
    VacancyId vacancy,
    String referenceNumber,
    String title,
    Instant startedAt,
    Optional<Instant> submittedAt,
    ZonedDateTime closesAt,
    CandidateStatus status) {}
