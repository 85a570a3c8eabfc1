/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import static org.memberportal.careers.candidate.CandidateAccountAction.CHANGE_PASSWORD;
import static org.memberportal.careers.candidate.CandidateAccountAction.RESET_PASSWORD;
import static org.memberportal.careers.candidate.CandidateAccountAction.SIGN_IN;
import static org.memberportal.careers.candidate.CandidateAccountAction.VERIFY_EMAIL;
import static org.memberportal.careers.candidate.CandidateAccountStatus.ACTIVE;
import static org.memberportal.careers.candidate.CandidateAccountStatus.AWAITING_VERIFICATION;
import static org.memberportal.careers.CareersRole.ANONYMOUS;
import static org.memberportal.careers.CareersRole.OWNER;

import org.apiguardian.api.API;
import org.memberportal.careers.CareersRole;
import org.memberportal.kernel.Workflow;

/**
 * The careers account workflow: the one transition table the account commands consult (printed as a Mermaid
 * diagram in docs/careers-core.md). Deletion is not a state: erasure removes the account.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CandidateAccountWorkflow {

  /** The table. */
  public static final Workflow<CandidateAccountStatus, CandidateAccountAction, CareersRole> TABLE =
      Workflow.<CandidateAccountStatus, CandidateAccountAction, CareersRole>builder("careers-account",
          CandidateAccountStatus.class)
          .initial(AWAITING_VERIFICATION)
          .on(AWAITING_VERIFICATION, VERIFY_EMAIL, ACTIVE, ANONYMOUS)
          .on(AWAITING_VERIFICATION, RESET_PASSWORD, ACTIVE, ANONYMOUS)
          .on(ACTIVE, SIGN_IN, ACTIVE, ANONYMOUS)
          .on(ACTIVE, RESET_PASSWORD, ACTIVE, ANONYMOUS)
          .on(ACTIVE, CHANGE_PASSWORD, ACTIVE, OWNER)
          .build();

  private CandidateAccountWorkflow() {}
}
