/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.roster.ManageMyUsers;
import org.memberportal.affiliation.roster.RosterEntry;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.portal.security.Me;
import org.springframework.stereotype.Component;

/**
 * What the focal point's pages (Manage my users, Change TIES Focal Point) read: the reader's organisation (a member
 * whom no organisation has approved yet is sent to My Requests) and its users, searched by name or address.
 */
@Component
class Roster {

  private final Affiliations affiliations;
  private final ManageMyUsers roster;
  private final Me me;

  Roster(Affiliations affiliations, ManageMyUsers roster, Me me) {
    this.affiliations = affiliations;
    this.roster = roster;
    this.me = me;
  }

  /** The organisation of the signed-in member's approved affiliation. */
  OrganisationId organisation() {
    return affiliations.approvedAffiliationOf(AccountPages.member()).map(Affiliation::organisation)
        .orElseThrow(() -> new SentElsewhere("/my/requests"));
  }

  /** The organisation's pending requests, or its affiliated users, matching the search if any (100 at most). */
  List<RosterEntry> entries(OrganisationId organisation, @Nullable String text, boolean pending) {
    RosterQuery.Builder query = RosterQuery.builder().organisation(organisation).pendingOnly(pending).size(100);
    if (SignUpForm.text(text) != null) {
      query.text(text.strip());
    }
    return roster.list(query.build(), me.actor()).items();
  }
}
