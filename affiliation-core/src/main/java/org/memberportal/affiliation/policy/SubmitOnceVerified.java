/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.policy;

import java.util.List;
import java.util.Set;
import org.memberportal.account.EmailVerified;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationAction;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.AffiliationWorkflow;
import org.memberportal.affiliation.membership.Lookups;
import org.memberportal.affiliation.membership.Submitting;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Role;

/** Requests made before the email was verified go to the focal points when it is (F3, F6). */
final class SubmitOnceVerified {

  private final Host host;
  private final AffiliationRegister affiliations;
  private final Lookups lookups;
  private final Submitting submitting;

  SubmitOnceVerified(Host host, AffiliationRegister affiliations, Lookups lookups, Submitting submitting) {
    this.host = host;
    this.affiliations = affiliations;
    this.lookups = lookups;
    this.submitting = submitting;
  }

  void on(EmailVerified verified) {
    List<Affiliation> waiting = affiliations.ofAccount(verified.account()).stream()
        .filter(a -> a.state() == AffiliationState.REQUESTED).toList();
    Actor system = Actor.system("affiliation.email-verified");
    for (Affiliation a : waiting) {
      host.command(() -> {
        AffiliationState next = AffiliationWorkflow.TABLE.next(a.state(), AffiliationAction.SUBMIT, Set.of(Role.SYSTEM));
        Affiliation saved = affiliations.update(a.withState(next).withSubmittedAt(host.clock().instant()));
        return Outcome.of(saved, submitting.submit(saved, system, lookups.organisation(a.organisation()),
            lookups.account(a.account())));
      });
    }
  }
}
