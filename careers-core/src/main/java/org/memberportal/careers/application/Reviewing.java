/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.util.List;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.Actor;

/**
 * What recruiters read: a vacancy's applications, oldest first, and one application's internal record (status,
 * moves, reason codes). Drafts are the candidates' own: left out of the list, and not found by id. Nobody else
 * reads them.
 */
record Reviewing(Records records) {

  List<Application> applicationsTo(VacancyId vacancy, Actor actor) {
    Records.recruiter(actor, "only recruiters see a vacancy's applicants");
    return records.host().query(() -> records.applications().ofVacancy(vacancy).stream()
        .filter(a -> !a.isDraft()).toList());
  }

  Application application(ApplicationId id, Actor actor) {
    Records.recruiter(actor, "only recruiters read an application's internal record");
    return records.host().query(() -> records.submitted(id));
  }
}
