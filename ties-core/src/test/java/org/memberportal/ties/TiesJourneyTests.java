/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesOrigin;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.handover.ConfirmTiesHandOver;
import org.memberportal.ties.handover.HandOverPreview;
import org.memberportal.ties.handover.PrepareTiesHandOver;
import org.memberportal.ties.myrequests.RequestKind;
import org.memberportal.ties.myrequests.RequestLine;
import org.memberportal.ties.testkit.TiesWorld;

/**
 * The seed's user journey end to end: sign up with an organisation and the TIES tick, verify the email, the TIES
 * Focal Point approves the affiliation, the TIES request is filed, the TIES Focal Point approves it, TIES is
 * active, and the Focal Point hands the role over to the new user: the former one stays active, no longer FP.
 */
class TiesJourneyTests {

  @Test
  void signUpWithTiesTickToFocalPointHandOver() {
    TiesWorld world = TiesWorld.create();
    Staffed org = world.staffed("Swisscom");
    AccountSummary tom = org.ties();

    // sign-up: the account waits for verification; the affiliation request (with the tick) waits with it
    AccountSummary ana = world.affiliation.accounts.unverified("Ana", "Silva");
    Affiliation request = world.requestAffiliation(ana, org, true);
    assertThat(request.state()).isEqualTo(AffiliationState.REQUESTED);
    assertThat(request.wantsTiesAccess()).isTrue();
    assertThat(world.delivered(tom, "affiliation.requested")).isEmpty();

    world.affiliation.clock.advance(Duration.ofMinutes(5));
    world.affiliation.accounts.verify(ana.id());
    assertThat(world.delivered(tom, "affiliation.requested")).hasSize(1);

    world.affiliation.clock.advance(Duration.ofHours(2));
    world.approveAffiliation(world.affiliation.module.affiliations().get(request.id(), world.operator()), org);

    TiesAccount filed = world.register.find(ana.id()).orElseThrow();
    assertThat(filed.state()).isEqualTo(TiesState.REQUESTED);
    assertThat(filed.current().origin()).isEqualTo(TiesOrigin.SIGN_UP_TICK);
    assertThat(world.delivered(tom, "ties.requested")).hasSize(1);
    assertThat(world.delivered(org.itu(), "ties.requested")).isEmpty();

    world.affiliation.clock.advance(Duration.ofHours(1));
    world.access().approve(DecideTiesRequest.builder().account(ana.id()).build(), TiesWorld.as(tom));
    assertThat(world.access().isActive(ana.id(), TiesWorld.as(ana))).isTrue();
    assertThat(world.delivered(ana, "ties.approved")).hasSize(1);

    List<RequestLine> myRequests = world.ties.myRequests().of(ana.id(), TiesWorld.as(ana));
    assertThat(myRequests).extracting(RequestLine::kind, RequestLine::status).containsExactly(
        tuple(RequestKind.TIES, "active"),
        tuple(RequestKind.AFFILIATION, "approved"));

    HandOverPreview preview = world.ties.focalPoints().prepare(PrepareTiesHandOver.builder()
        .organisation(org.organisation().id()).successor(ana.id()).build(), TiesWorld.as(tom)).value();
    FocalPointSeats seats = world.ties.focalPoints().confirm(ConfirmTiesHandOver.builder().token(preview.token())
        .build(), TiesWorld.as(tom)).value();

    assertThat(seats.ties()).contains(ana.id());
    assertThat(seats.rolesOf(tom.id())).doesNotContain(AffiliationRole.TIES_FOCAL_POINT);
    assertThat(world.access().isActive(tom.id(), TiesWorld.as(tom))).isTrue();
    assertThat(world.delivered(ana, "affiliation.focal-point-appointed")).hasSize(1);
    assertThat(world.delivered(tom, "affiliation.focal-point-released")).hasSize(1);
  }
}
