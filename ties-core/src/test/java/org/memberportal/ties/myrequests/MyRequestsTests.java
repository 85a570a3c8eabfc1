/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.myrequests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.testkit.TiesWorld;

/** "My Requests" (T6): affiliation and TIES requests of one user, with status and dates, newest first. */
class MyRequestsTests {

  private final TiesWorld world = TiesWorld.create();
  private final Staffed swisscom = world.staffed("Swisscom");
  private final Staffed orange = world.staffed("Orange");

  @Test
  void myRequestsListsAffiliationAndTiesRequestsNewestFirst() {
    AccountSummary user = world.affiliation.accounts.active("Ana", "Silva");
    Affiliation first = world.requestAffiliation(user, swisscom, true);
    world.affiliation.clock.advance(Duration.ofHours(1));
    world.approveAffiliation(first, swisscom);
    world.affiliation.clock.advance(Duration.ofHours(1));
    world.access().approve(DecideTiesRequest.builder().account(user.id()).build(), TiesWorld.as(swisscom.ties()));
    world.affiliation.clock.advance(Duration.ofDays(1));
    world.requestAffiliation(user, orange, false);

    List<RequestLine> lines = world.ties.myRequests().of(user.id(), TiesWorld.as(user));

    assertThat(lines).extracting(RequestLine::kind, RequestLine::organisationName, RequestLine::status)
        .containsExactly(
            tuple(RequestKind.AFFILIATION, "Orange", "pending"),
            tuple(RequestKind.TIES, "Swisscom", "active"),
            tuple(RequestKind.AFFILIATION, "Swisscom", "approved"));
    RequestLine ties = lines.get(1);
    assertThat(ties.requestedAt()).isEqualTo(first.requestedAt().plus(Duration.ofHours(1)));
    assertThat(ties.decidedAt()).contains(first.requestedAt().plus(Duration.ofHours(2)));
    assertThat(ties.endedAt()).isEmpty();
  }

  @Test
  void myRequestsAreOnlyForTheUserAndStaff() {
    AccountSummary user = world.tiesUser(swisscom, "Ben", "Brown");

    assertThat(world.ties.myRequests().of(user.id(), world.operator())).hasSize(2);
    assertThatThrownBy(() -> world.ties.myRequests().of(user.id(), TiesWorld.as(swisscom.ties())))
        .isInstanceOf(NotAllowed.class);
  }
}
