/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.kernel.EmailAddress;

/**
 * Where the accounts of one kind are kept, as the credential flows ({@link Credentials}) use it: one account per
 * normalised address, written inside the command's transaction. The store owns the version: it stores a new
 * account at version 1 and moves the version on with each update; the flows never do.
 *
 * @param <H> the account type
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface HolderStore<H> {

  /**
   * The account with this address (normalised key).
   *
   * @param email the address
   * @return the account, if any
   */
  Optional<H> findByEmail(EmailAddress email);

  /**
   * The account as stored now.
   *
   * @param holder an account read earlier
   * @return the same account as stored now, or empty when it is gone
   */
  Optional<H> current(H holder);

  /**
   * Stores a new account (built at version 0).
   *
   * @param holder the new account
   * @return the account as stored, at version 1
   * @throws org.memberportal.kernel.Conflict {@code <kind>.email-taken} when another account has the address
   */
  H add(H holder);

  /**
   * Stores a changed account, checking that nobody changed it since it was read, at the next version.
   *
   * @param changed the account as read, changed
   * @return the account as stored
   * @throws org.memberportal.kernel.Conflict {@link org.memberportal.kernel.KernelRefusals#STALE_VERSION} when the
   *     stored version is not the one it was read at
   */
  H update(H changed);
}
