/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import java.time.Duration;
import java.util.List;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.kernel.AccountId;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.handover.ConfirmTiesHandOver;
import org.memberportal.ties.handover.HandOverPreview;
import org.memberportal.ties.handover.PrepareTiesHandOver;
import org.memberportal.ties.myrequests.RequestLine;

/**
 * Journeys 3 and 4: TIES access for the newly affiliated user, then the TIES focal point's hand-over to her.
 *
 * @param portal the portal
 * @param story where they are told
 */
record TiesJourney(Portal portal, Story story) {

  // --------------------------------------------------------------------------------------------- journey 3

  void requestApproved(Organisation organisation, AccountSummary ada, AccountSummary ties) {
    story.does("Ada opens \"My Requests\": the TIES tick of her sign-up was filed when the affiliation was approved");
    story.outcome(lines(portal.ties.myRequests().of(ada.id(), portal.as(ada))).toString());

    portal.later(Duration.ofHours(1));
    story.does("Tom (TIES focal point) approves Ada's TIES request");
    TiesAccount access = portal.ties.access().approve(DecideTiesRequest.builder().account(ada.id()).build(),
        portal.as(ties)).value();
    story.outcome("TIES access " + access.state() + "; is TIES active for Ada? "
        + portal.ties.access().isActive(ada.id(), portal.as(ada)));
    story.mails(portal.deliver());

    story.does("Ada opens \"My Requests\" again");
    story.outcome(lines(portal.ties.myRequests().of(ada.id(), portal.as(ada))).toString());
  }

  // --------------------------------------------------------------------------------------------- journey 4

  void handOver(Organisation organisation, AccountSummary ada, AccountSummary ties) {
    story.does("Tom prepares handing the TIES focal point role over to Ada");
    HandOverPreview preview = portal.ties.focalPoints().prepare(PrepareTiesHandOver.builder()
        .organisation(organisation.id()).successor(ada.id()).build(), portal.as(ties)).value();
    story.outcome("preview: " + preview.changes() + "; confirm within "
        + Duration.between(portal.clock.instant(), preview.expiresAt()).toMinutes() + " minutes; the seat is still "
        + name(seats(organisation).ties().orElseThrow(), ada, ties));
    story.mails(portal.deliver());

    portal.later(Duration.ofMinutes(2));
    story.does("Tom confirms the hand-over");
    FocalPointSeats seats = portal.ties.focalPoints().confirm(ConfirmTiesHandOver.builder().token(preview.token())
        .build(), portal.as(ties)).value();
    story.outcome("TIES focal point: " + name(seats.ties().orElseThrow(), ada, ties) + "; Tom keeps TIES access? "
        + portal.ties.access().isActive(ties.id(), portal.as(ties)));
    story.mails(portal.deliver());
  }

  private FocalPointSeats seats(Organisation organisation) {
    return portal.affiliation.focalPoints().seatsOf(organisation.id());
  }

  private static String name(AccountId id, AccountSummary ada, AccountSummary ties) {
    return id.equals(ada.id()) ? ada.fullName() : id.equals(ties.id()) ? ties.fullName() : "someone else";
  }

  private static List<String> lines(List<RequestLine> lines) {
    return lines.stream().map(l -> l.kind() + " " + l.organisationName() + " " + l.status()).toList();
  }
}
