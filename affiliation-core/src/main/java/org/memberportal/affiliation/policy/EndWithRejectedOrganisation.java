/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.policy;

import java.util.EnumSet;
import java.util.Optional;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationAction;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.EndCause;
import org.memberportal.affiliation.membership.Ending;
import org.memberportal.affiliation.membership.Lookups;
import org.memberportal.affiliation.membership.RequestLetters;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationEvent;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outcome;

/** Links to a user-entered organisation the operator rejected end (cause {@code ORGANISATION_REJECTED}). */
final class EndWithRejectedOrganisation {

  private final Host host;
  private final AffiliationRegister affiliations;
  private final Lookups lookups;
  private final Ending ending;
  private final RequestLetters letters;

  EndWithRejectedOrganisation(Host host, AffiliationRegister affiliations, Lookups lookups, Ending ending,
      RequestLetters letters) {
    this.host = host;
    this.affiliations = affiliations;
    this.lookups = lookups;
    this.ending = ending;
    this.letters = letters;
  }

  void on(OrganisationEvent.Rejected rejected) {
    Organisation organisation = lookups.organisation(rejected.organisation());
    for (Affiliation a : affiliations.ofOrganisation(rejected.organisation(), EnumSet.of(AffiliationState.LINKED))) {
      host.command(() -> {
        DomainEvent event = ending.end(a, AffiliationAction.REMOVE, EndCause.ORGANISATION_REJECTED, Optional.empty(),
            rejected.actor(), Optional.empty());
        Affiliation saved = lookups.affiliation(a.id());
        letters.toUser(saved, "affiliation.removed", organisation, Optional.empty());
        return Outcome.of(saved, event);
      });
    }
  }
}
