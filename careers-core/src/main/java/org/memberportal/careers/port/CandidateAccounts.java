/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.KernelRefusals;

/**
 * Port: the careers accounts, one per normalised email address. The store owns the version: {@link #add} stores a
 * new account at version 1, {@link #update} only over the version it was read at and one version on; a stale write
 * is refused with {@link KernelRefusals#STALE_VERSION} and changes nothing. Writes join the current transaction.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface CandidateAccounts {

  /**
   * An account by id.
   *
   * @param id the candidate
   * @return the account, or empty
   */
  Optional<CandidateAccount> find(CandidateId id);

  /**
   * An account by address (normalised key).
   *
   * @param email the address
   * @return the account, or empty
   */
  Optional<CandidateAccount> findByEmail(EmailAddress email);

  /**
   * Stores a new account.
   *
   * @param account the account, at version 0
   * @return the account as stored, at version 1
   * @throws Conflict {@code candidate.email-taken} when an account has the address (or the id)
   */
  CandidateAccount add(CandidateAccount account);

  /**
   * Stores a changed account over the version it was read at.
   *
   * @param account the account as read, changed
   * @return the account as stored, one version on
   * @throws Conflict {@link KernelRefusals#STALE_VERSION} when the stored version is not {@code account.version()}
   *     (another change came first, or the account is gone), {@code candidate.email-taken} when its new address
   *     belongs to another account
   */
  CandidateAccount update(CandidateAccount account);

  /**
   * The candidates whose account has seen no activity (sign-in) since before the cut-off.
   *
   * @param cutoff the instant; accounts last active strictly before it are returned
   * @return the candidates
   */
  List<CandidateId> inactiveSince(Instant cutoff);

  /**
   * Removes an account.
   *
   * @param id the candidate
   * @return true when there was one
   */
  boolean remove(CandidateId id);
}
