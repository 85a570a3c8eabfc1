/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * How a sign-in through {@link Credentials#signIn} ended, for the module to answer in its own terms.
 *
 * @param verdict signed in, rejected (one answer for every failure) or "reset your password first"
 * @param holder the account that signed in, present only for {@link Verdict#SIGNED_IN}
 * @param <H> the account type
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record SignInAnswer<H>(Verdict verdict, Optional<H> holder) {

  /** The three answers of a sign-in. */
  public enum Verdict {
    /** The holder signed in. */
    SIGNED_IN,
    /** The one answer for an unknown address, a wrong password, a locked or inactive account. */
    REJECTED,
    /** The account must set a password with a reset code first (a migrated account). */
    RESET_REQUIRED
  }
}
