/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate.policy;

import org.apiguardian.api.API;
import org.memberportal.account.credential.Credentials;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.privacy.PrivacyEvent;

/**
 * When a candidate is erased (privacy), their careers account goes too, with every one-time code and reset
 * allowance of theirs, in the erasure's transaction.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class ForgetAccountOnErasure {

  private final CandidateAccounts accounts;
  private final Credentials<CandidateAccount> credentials;

  /**
   * Creates the policy; the module's wiring subscribes {@link #on} to {@link PrivacyEvent.CandidateErased}.
   *
   * @param accounts the careers accounts
   * @param credentials the careers accounts' credential flows, whose codes it forgets
   */
  public ForgetAccountOnErasure(CandidateAccounts accounts, Credentials<CandidateAccount> credentials) {
    this.accounts = accounts;
    this.credentials = credentials;
  }

  /**
   * Erases the candidate's careers account and forgets their codes.
   *
   * @param event the erasure
   */
  public void on(PrivacyEvent.CandidateErased event) {
    accounts.remove(event.candidate());
    credentials.forget(CandidateAccount.codeSubject(event.candidate()));
  }
}
