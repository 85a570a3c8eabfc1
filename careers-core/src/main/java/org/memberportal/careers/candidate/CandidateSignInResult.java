/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import org.apiguardian.api.API;
import org.memberportal.careers.CandidateId;

/**
 * What a candidate's sign-in attempt tells the host. A failure is one uniform answer for an unknown address, a
 * wrong password, an unverified or a locked account.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public sealed interface CandidateSignInResult {

  /**
   * The credentials are right and the account is active: the host opens a session.
   *
   * @param candidate the candidate signed in
   */
  record SignedIn(CandidateId candidate) implements CandidateSignInResult {}

  /** Uniform failure: "wrong email or password, or the account cannot sign in now". */
  record Rejected() implements CandidateSignInResult {}
}
