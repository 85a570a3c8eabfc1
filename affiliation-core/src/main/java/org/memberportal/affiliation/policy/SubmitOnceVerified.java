/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.policy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.memberportal.account.AccountEvent.EmailVerified;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationAction;
import org.memberportal.affiliation.membership.AffiliationParts;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.AffiliationWorkflow;
import org.memberportal.affiliation.membership.Submitting;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;

/** Requests made before the email was verified go to the focal points when it is (F3, F6). */
record SubmitOnceVerified(AffiliationParts parts, Submitting submitting) {

  void on(EmailVerified verified) {
    List<Affiliation> waiting = parts.affiliations().ofAccount(verified.account()).stream()
        .filter(a -> a.state() == AffiliationState.REQUESTED).toList();
    Actor system = Actor.system("affiliation.email-verified");
    for (Affiliation a : waiting) {
      parts.host().command(() -> {
        AffiliationState next = AffiliationWorkflow.TABLE.next(a.state(), AffiliationAction.SUBMIT,
            Set.of(AffiliationRole.SYSTEM));
        Instant now = parts.host().clock().instant();
        Affiliation saved = parts.affiliations().update(a.withState(next).withSubmittedAt(now));
        return Outcome.of(saved, submitting.submit(saved, system, parts.lookups().organisation(a.organisation()),
            parts.lookups().account(a.account())));
      });
    }
  }
}
