/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.policy;

import java.util.function.Consumer;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.privacy.PrivacyEvent;

/**
 * Erasure forgets the candidate's careers account (C4): the account is deleted and its one-time codes and reset
 * allowances are forgotten ({@link CareersAccounts#forget}), in the erasure's transaction.
 */
record ForgetAccountOnErasure(CareersAccounts accounts) implements Consumer<PrivacyEvent.CandidateErased> {

  @Override
  public void accept(PrivacyEvent.CandidateErased event) {
    accounts.forget(event.candidate());
  }
}
