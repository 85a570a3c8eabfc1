/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import org.apiguardian.api.API;
import org.memberportal.careers.CareersRole;
import org.memberportal.kernel.Workflow;

/**
 * The application pipeline, in the order of the Careers FAQ: draft, submitted, screening (nobody is contacted),
 * shortlisted ("only shortlisted candidates, under serious consideration, are contacted further"), one or more
 * assessment steps, competency-based interview, offered, selected; not selected from any state awaiting a
 * decision; withdrawn by the candidate before a final decision; drafts expire at the deadline; a cancelled
 * vacancy ends every application still awaiting a decision.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ApplicationWorkflow {

  /** The transition table; docs/careers-core.md prints it as a diagram. */
  public static final Workflow<ApplicationStatus, ApplicationAction, CareersRole> TABLE = table();

  private ApplicationWorkflow() {}

  private static Workflow<ApplicationStatus, ApplicationAction, CareersRole> table() {
    Workflow.Builder<ApplicationStatus, ApplicationAction, CareersRole> b =
        Workflow.<ApplicationStatus, ApplicationAction, CareersRole>builder("application", ApplicationStatus.class)
            .initial(ApplicationStatus.DRAFT)
            .on(ApplicationStatus.DRAFT, ApplicationAction.SUBMIT, ApplicationStatus.SUBMITTED, CareersRole.OWNER)
            .on(ApplicationStatus.DRAFT, ApplicationAction.EXPIRE, ApplicationStatus.EXPIRED, CareersRole.SYSTEM)
            .on(ApplicationStatus.SUBMITTED, ApplicationAction.START_SCREENING, ApplicationStatus.SCREENING,
                CareersRole.RECRUITER)
            .on(ApplicationStatus.SCREENING, ApplicationAction.SHORTLIST, ApplicationStatus.SHORTLISTED,
                CareersRole.RECRUITER)
            .on(ApplicationStatus.SHORTLISTED, ApplicationAction.RECORD_ASSESSMENT, ApplicationStatus.ASSESSMENT,
                CareersRole.RECRUITER)
            .on(ApplicationStatus.ASSESSMENT, ApplicationAction.RECORD_ASSESSMENT, ApplicationStatus.ASSESSMENT,
                CareersRole.RECRUITER)
            .on(ApplicationStatus.ASSESSMENT, ApplicationAction.INVITE_TO_INTERVIEW, ApplicationStatus.INTERVIEW,
                CareersRole.RECRUITER)
            .on(ApplicationStatus.INTERVIEW, ApplicationAction.OFFER, ApplicationStatus.OFFERED, CareersRole.RECRUITER)
            .on(ApplicationStatus.OFFERED, ApplicationAction.SELECT, ApplicationStatus.SELECTED, CareersRole.RECRUITER);
    for (ApplicationStatus s : ApplicationStatus.inPipelineStates()) {
      b.on(s, ApplicationAction.REJECT, ApplicationStatus.NOT_SELECTED, CareersRole.RECRUITER, CareersRole.SYSTEM);
      // the library withdraws on the candidate's behalf when their data is erased
      b.on(s, ApplicationAction.WITHDRAW, ApplicationStatus.WITHDRAWN, CareersRole.OWNER, CareersRole.SYSTEM);
      b.on(s, ApplicationAction.CANCEL, ApplicationStatus.VACANCY_CANCELLED, CareersRole.SYSTEM);
    }
    return b.build();
  }
}
