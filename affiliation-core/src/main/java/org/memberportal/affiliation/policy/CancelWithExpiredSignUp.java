/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.policy;

import org.memberportal.account.AccountEvent;
import org.memberportal.affiliation.membership.AffiliationParts;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.Ending;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;

/** The request an unverified sign-up made is cancelled when the sign-up expires. */
record CancelWithExpiredSignUp(AffiliationParts parts, Ending ending) {

  void on(AccountEvent.SignUpExpired expired) {
    Actor system = Actor.system("affiliation.sign-up-expired");
    for (Affiliation a : parts.affiliations().ofAccount(expired.account())) {
      if (a.state() == AffiliationState.REQUESTED) {
        parts.host().command(() -> {
          AffiliationEvent.Cancelled event = ending.cancel(a, system);
          return Outcome.of(parts.lookups().affiliation(a.id()), event);
        });
      }
    }
  }
}
