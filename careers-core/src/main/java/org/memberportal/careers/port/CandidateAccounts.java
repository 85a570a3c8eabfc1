/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;

/**
 * Port: the careers accounts, one per normalised email address, saved with an optimistic version check.
 * Writes join the current transaction.
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
   * Stores a new account (version 1).
   *
   * @param account the account
   * @throws Conflict {@code candidate.email-taken} when an account has the address
   */
  void add(CandidateAccount account);

  /**
   * Stores a changed account whose version is one more than the stored one.
   *
   * @param account the account
   * @throws Conflict {@code candidate.stale-version} when another change came first
   */
  void update(CandidateAccount account);

  /**
   * The candidates whose account has seen no activity (sign-in) since before the cut-off.
   *
   * @param cutoff the instant; accounts last active strictly before it are returned
   * @return the candidates
   */
  List<CandidateId> inactiveSince(Instant cutoff);

  /**
   * Deletes an account.
   *
   * @param id the candidate
   * @return true when there was one
   */
  boolean delete(CandidateId id);
}
