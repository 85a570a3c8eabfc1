/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;
import org.memberportal.kernel.AccountId;

/**
 * What a sign-in attempt tells the host it may show. A failure is one uniform answer for an unknown address, a
 * wrong password, an unverified, locked, suspended or closed account.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public sealed interface SignInResult {

  /**
   * The credentials are right and the account is active: the host opens a session.
   *
   * @param account the account signed in
   */
  record SignedIn(AccountId account) implements SignInResult {}

  /** Uniform failure: "wrong email or password, or the account cannot sign in now". */
  record Rejected() implements SignInResult {}

  /** A migrated account: only the password-reset flow opens it (A6). */
  record PasswordResetRequired() implements SignInResult {}
}
