/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import org.apiguardian.api.API;
import org.memberportal.careers.CareersRole;
import org.memberportal.kernel.Workflow;

/**
 * The vacancy workflow: draft, published, closed, competition finished, or cancelled. Only recruiters move
 * vacancies; the library itself closes them at their deadline.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class VacancyWorkflow {

  /** The transition table; docs/careers-core.md prints it as a diagram. */
  public static final Workflow<VacancyStatus, VacancyAction, CareersRole> TABLE =
      Workflow.<VacancyStatus, VacancyAction, CareersRole>builder("vacancy", VacancyStatus.class)
          .initial(VacancyStatus.DRAFT)
          .on(VacancyStatus.DRAFT, VacancyAction.REVISE, VacancyStatus.DRAFT, CareersRole.RECRUITER)
          .on(VacancyStatus.DRAFT, VacancyAction.PUBLISH, VacancyStatus.PUBLISHED, CareersRole.RECRUITER)
          .on(VacancyStatus.DRAFT, VacancyAction.CANCEL, VacancyStatus.CANCELLED, CareersRole.RECRUITER)
          .on(VacancyStatus.PUBLISHED, VacancyAction.CLOSE, VacancyStatus.CLOSED, CareersRole.RECRUITER,
          CareersRole.SYSTEM)
          .on(VacancyStatus.PUBLISHED, VacancyAction.CANCEL, VacancyStatus.CANCELLED, CareersRole.RECRUITER)
          .on(VacancyStatus.CLOSED, VacancyAction.FINISH_COMPETITION, VacancyStatus.COMPETITION_FINISHED,
              CareersRole.RECRUITER)
          .on(VacancyStatus.CLOSED, VacancyAction.CANCEL, VacancyStatus.CANCELLED, CareersRole.RECRUITER)
          .build();

  private VacancyWorkflow() {}
}
