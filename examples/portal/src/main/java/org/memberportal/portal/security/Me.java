/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.security;

import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.springframework.stereotype.Component;

/**
 * The caller of an endpoint: the library's actor and, behind the paths that require one (the security rules),
 * the signed-in member's account or candidate.
 */
@Component
public class Me {

  private final Sessions sessions;

  /**
   * Makes the caller's view.
   *
   * @param sessions the sessions
   */
  public Me(Sessions sessions) {
    this.sessions = sessions;
  }

  /**
   * The actor of this request.
   *
   * @return the actor
   */
  public Actor actor() {
    return sessions.actor();
  }

  /**
   * The signed-in member's account (the paths under {@code /api/me} require one).
   *
   * @return the account
   */
  public AccountId account() {
    if (Sessions.signed() instanceof Signed.Member member) {
      return member.account();
    }
    throw new IllegalStateException("a member path without a member's session");
  }

  /**
   * The signed-in candidate (the paths under {@code /api/careers/me} require one).
   *
   * @return the candidate
   */
  public CandidateId candidate() {
    if (Sessions.signed() instanceof Signed.Applicant applicant) {
      return applicant.candidate();
    }
    throw new IllegalStateException("a candidate path without a candidate's session");
  }
}
