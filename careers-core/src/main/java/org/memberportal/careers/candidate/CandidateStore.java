/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import java.util.Optional;
import org.memberportal.account.credential.HolderStore;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.kernel.EmailAddress;

/**
 * The careers accounts' store as the credential flows use it: the port itself, which checks and moves the version
 * on as every {@link HolderStore} does.
 */
final class CandidateStore implements HolderStore<CandidateAccount> {

  private final CandidateAccounts accounts;

  CandidateStore(CandidateAccounts accounts) {
    this.accounts = accounts;
  }

  @Override
  public Optional<CandidateAccount> findByEmail(EmailAddress email) {
    return accounts.findByEmail(email);
  }

  @Override
  public Optional<CandidateAccount> current(CandidateAccount holder) {
    return accounts.find(holder.id());
  }

  @Override
  public CandidateAccount add(CandidateAccount holder) {
    return accounts.add(holder);
  }

  @Override
  public CandidateAccount update(CandidateAccount changed) {
    return accounts.update(changed);
  }
}
