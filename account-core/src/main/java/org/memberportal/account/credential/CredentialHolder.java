/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.signin.Lockout;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.EmailAddress;

/**
 * What the credential flows ({@link Credentials}) read and change of an account of any kind: the user account
 * and the careers account are both one. Everything else about the account stays with its module.
 *
 * @param <H> the account type itself
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface CredentialHolder<H extends CredentialHolder<H>> {

  /**
   * Whom the account's one-time codes are for, e.g. {@code account:<id>}.
   *
   * @return the subject
   */
  CodeSubject codeSubject();

  /**
   * The address the account signs in with and is written to.
   *
   * @return the address
   */
  EmailAddress email();

  /**
   * The language of the account's emails.
   *
   * @return the language
   */
  Locale language();

  /**
   * The password's hash; empty while the account has none (a migrated account before its reset).
   *
   * @return the hash
   */
  Optional<PasswordHash> password();

  /**
   * The sign-in failures and the lockout they caused.
   *
   * @return the lockout state
   */
  Lockout lockout();

  /**
   * What the holder's password must not contain.
   *
   * @return the context
   */
  PasswordContext passwordContext();

  /**
   * The same account with another lockout state.
   *
   * @param lockout the state
   * @return a copy
   */
  H withLockout(Lockout lockout);

  /**
   * The same account with another password.
   *
   * @param password the new hash
   * @return a copy
   */
  H withPassword(PasswordHash password);
}
