/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.policy;

import org.memberportal.account.AccountEvent;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.Ending;
import org.memberportal.affiliation.membership.Lookups;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outcome;

/** The request an unverified sign-up made is cancelled when the sign-up expires. */
final class CancelWithExpiredSignUp {

  private final Host host;
  private final AffiliationRegister affiliations;
  private final Lookups lookups;
  private final Ending ending;

  CancelWithExpiredSignUp(Host host, AffiliationRegister affiliations, Lookups lookups, Ending ending) {
    this.host = host;
    this.affiliations = affiliations;
    this.lookups = lookups;
    this.ending = ending;
  }

  void on(AccountEvent.SignUpExpired expired) {
    Actor system = Actor.system("affiliation.sign-up-expired");
    for (Affiliation a : affiliations.ofAccount(expired.account())) {
      if (a.state() == AffiliationState.REQUESTED) {
        host.command(() -> {
          AffiliationEvent.Cancelled event = ending.cancel(a, system);
          return Outcome.of(lookups.affiliation(a.id()), event);
        });
      }
    }
  }
}
