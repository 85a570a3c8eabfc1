/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.roster.RosterEntry;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.PortalException;

/**
 * Journeys 1 and 2: Ada signs up with the cast's organisation and ticks TIES access; the TIES focal point approves
 * her affiliation. Ada is who the TIES journeys then follow.
 */
final class AffiliationJourney {

  private final Portal portal;
  private final Story story;
  private final Cast cast;
  private AccountSummary ada;
  private Affiliation adaRequest;

  AffiliationJourney(Portal portal, Story story, Cast cast) {
    this.portal = portal;
    this.story = story;
    this.cast = cast;
  }

  /** Ada, once she signed up (journey 1). */
  AccountSummary ada() {
    return ada;
  }

  // --------------------------------------------------------------------------------------------- journey 1

  void signUpWithOrganisation() {
    story.does("Ada Lovelace signs up, picks " + Cast.ORGANISATION
        + " and ticks \"I want to request TIES access\"");
    AccountId id = portal.signUp(portal.signUpForm("Ada", "Lovelace", "ada.lovelace@alpine-telecom.example",
        "female"));
    ada = portal.account(id);
    adaRequest = portal.affiliation.affiliations().request(RequestAffiliation.builder().account(id)
        .organisation(cast.organisation().id()).wantsTiesAccess(true).build(), portal.as(ada)).value();
    story.outcome("account " + ada.status() + ", affiliation " + adaRequest.state()
        + " (the focal points hear of it only once the address is verified)");
    story.mails(portal.deliver());

    portal.later(Duration.ofMinutes(3));
    story.does("Ada types the code from the mail");
    ada = portal.verify(ada.email());
    adaRequest = portal.affiliation.affiliations().get(adaRequest.id(), portal.as(ada));
    story.outcome("account " + ada.status() + ", affiliation " + adaRequest.state()
        + " (now the TIES focal point is told, and only he)");
    story.mails(portal.deliver());
  }

  // --------------------------------------------------------------------------------------------- journey 2

  void tiesFocalPointApproves() {
    AccountSummary itu = cast.itu();
    portal.later(Duration.ofHours(2));
    story.does("Ida (ITU focal point) opens \"Manage my users\", pending requests only");
    List<RosterEntry> pending = portal.affiliation.manageMyUsers().list(RosterQuery.builder()
        .organisation(cast.organisation().id()).pendingOnly(true).build(), portal.as(itu)).items();
    List<String> rows = new ArrayList<>();
    for (RosterEntry row : pending) {
      rows.add(row.firstName() + " " + row.lastName() + " " + row.state()
          + (row.wantsTiesAccess() ? " (wants TIES access)" : ""));
    }
    story.outcome("she sees " + rows + "; mails she received about it: "
        + portal.mailbox.to(itu.email(), "affiliation.requested").stream()
            .filter(n -> ada.fullName().equals(n.parameters().get("requesterName"))).count()
        + " (only the TIES focal point is told)");

    story.does("Tom (TIES focal point) approves Ada's request");
    adaRequest = portal.affiliation.affiliations().approve(DecideAffiliation.builder()
        .affiliation(adaRequest.id()).build(), portal.as(cast.ties())).value();
    story.outcome("affiliation " + adaRequest.state() + "; may Ada represent " + Cast.ORGANISATION + "? "
        + portal.affiliation.affiliations().mayRepresent(ada.id(), cast.organisation().id(), portal.as(ada)));
    story.mails(portal.deliver());

    story.does("Ada, approved once, asks again to join " + Cast.ORGANISATION);
    try {
      portal.affiliation.affiliations().request(RequestAffiliation.builder().account(ada.id())
          .organisation(cast.organisation().id()).build(), portal.as(ada));
      story.outcome("accepted");
    } catch (PortalException e) {
      story.refused(e);
    }
    story.mails(portal.deliver());
  }
}
