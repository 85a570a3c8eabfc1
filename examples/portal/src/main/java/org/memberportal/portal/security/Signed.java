/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.security;

import java.util.Locale;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.Recruiter;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Assurance;
import org.memberportal.kernel.StaffId;
import org.memberportal.spring.ActorPrincipal;

/**
 * Who a session belongs to: the principal the portal keeps in the session after a sign-in, and the library's
 * {@link Actor} it stands for. Equal principals are the same person (the session registry finds a holder's other
 * sessions by them). The starter's actor resolver reads it ({@link ActorPrincipal}).
 */
public sealed interface Signed extends ActorPrincipal {

  /**
   * An account holder of the member portal. Equal by the account alone: the same person whether or not they passed
   * their second factor in this session.
   *
   * @param account the account
   * @param assurance how they signed in: the password alone, or with their second factor too
   */
  record Member(AccountId account, Assurance assurance) implements Signed {

    /**
     * A holder signed in with the password alone.
     *
     * @param account the account
     */
    public Member(AccountId account) {
      this(account, Assurance.PASSWORD);
    }

    @Override
    public Actor actor() {
      return new Actor.AccountHolder(account, Locale.ENGLISH, assurance);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Member member && member.account.equals(account);
    }

    @Override
    public int hashCode() {
      return account.hashCode();
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
