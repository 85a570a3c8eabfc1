/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.security;

import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.Recruiter;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.StaffId;
import org.memberportal.spring.ActorPrincipal;

/**
 * Who a session belongs to: the principal the portal keeps in the session after a sign-in, and the library's
 * {@link Actor} it stands for. Equal principals are the same person (the session registry finds a holder's other
 * sessions by them). The starter's actor resolver reads it ({@link ActorPrincipal}).
 */
public sealed interface Signed extends ActorPrincipal {

  /**
   * An account holder of the member portal.
   *
   * @param account the account
   */
  record Member(AccountId account) implements Signed {
    @Override
    public Actor actor() {
      return Actor.account(account);
    }
  }

  /**
   * A careers candidate.
   *
   * @param candidate the careers account
   */
  record Applicant(CandidateId candidate) implements Signed {
    @Override
    public Actor actor() {
      return Candidate.of(candidate);
    }
  }

  /**
   * A staff member of the operator's service desk.
   *
   * @param staff who
   */
  record Operator(StaffId staff) implements Signed {
    @Override
    public Actor actor() {
      return Actor.operator(staff);
    }
  }

  /**
   * A recruiter of the careers desk.
   *
   * @param staff who
   */
  record Recruiting(StaffId staff) implements Signed {
    @Override
    public Actor actor() {
      return Recruiter.of(staff);
    }
  }
}
