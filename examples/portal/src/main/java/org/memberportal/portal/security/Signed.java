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
import org.memberportal.kernel.StaffId;

/**
 * Who a session belongs to: the principal the portal keeps in the session after a sign-in, and the library's
 * {@link Actor} it stands for. Equal principals are the same person (the session registry finds a holder's other
 * sessions by them).
 */
public sealed interface Signed {

  /**
   * The library's actor, reading a language.
   *
   * @param locale the language
   * @return the actor
   */
  Actor actor(Locale locale);

  /**
   * An account holder of the member portal.
   *
   * @param account the account
   */
  record Member(AccountId account) implements Signed {
    @Override
    public Actor actor(Locale locale) {
      return Actor.account(account).in(locale);
    }
  }

  /**
   * A careers candidate.
   *
   * @param candidate the careers account
   */
  record Applicant(CandidateId candidate) implements Signed {
    @Override
    public Actor actor(Locale locale) {
      return Candidate.of(candidate).in(locale);
    }
  }

  /**
   * A staff member of the operator's service desk.
   *
   * @param staff who
   */
  record Operator(StaffId staff) implements Signed {
    @Override
    public Actor actor(Locale locale) {
      return Actor.operator(staff).in(locale);
    }
  }

  /**
   * A recruiter of the careers desk.
   *
   * @param staff who
   */
  record Recruiting(StaffId staff) implements Signed {
    @Override
    public Actor actor(Locale locale) {
      return Recruiter.of(staff).in(locale);
    }
  }
}
