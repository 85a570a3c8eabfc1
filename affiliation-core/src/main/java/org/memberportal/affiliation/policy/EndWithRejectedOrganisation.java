/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.policy;

import java.util.EnumSet;
import java.util.Set;
import java.util.Optional;
import org.memberportal.affiliation.membership.AffiliationParts;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationAction;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.EndCause;
import org.memberportal.affiliation.membership.Ending;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationEvent;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Outcome;

/** Links to a user-entered organisation the operator rejected end (cause {@code ORGANISATION_REJECTED}). */
record EndWithRejectedOrganisation(AffiliationParts parts, Ending ending) {

  void on(OrganisationEvent.Rejected rejected) {
    Organisation organisation = parts.lookups().organisation(rejected.organisation());
    Set<AffiliationState> linked = EnumSet.of(AffiliationState.LINKED);
    for (Affiliation a : parts.affiliations().ofOrganisation(rejected.organisation(), linked)) {
      parts.host().command(() -> {
        DomainEvent event = ending.end(a, AffiliationAction.REMOVE, EndCause.ORGANISATION_REJECTED, Optional.empty(),
            rejected.actor(), Optional.empty());
        Affiliation saved = parts.lookups().affiliation(a.id());
        parts.letters().toUser(saved, "affiliation.removed", organisation, Optional.empty());
        return Outcome.of(saved, event);
      });
    }
  }
}
