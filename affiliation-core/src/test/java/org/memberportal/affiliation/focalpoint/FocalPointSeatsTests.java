/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.StaffId;

/** The rules the seats of one organisation answer by themselves (F4, F6, F10, T2, T5), with no world. */
class FocalPointSeatsTests {

  private final OrganisationId org = OrganisationId.random();
  private final AccountId ties = AccountId.random();
  private final AccountId itu = AccountId.random();
  private final AccountId requester = AccountId.random();

  private FocalPointSeats seats(Optional<AccountId> itu, Optional<AccountId> ties) {
    return FocalPointSeats.vacant(org).withItu(itu).withTies(ties);
  }

  private final FocalPointSeats both = seats(Optional.of(itu), Optional.of(ties));

  @Test
  void newRequestsAreToldToTheTiesFocalPointElseTheItuFocalPoint() {
    assertThat(both.toldOfNewRequestBy(requester)).contains(ties);
    assertThat(seats(Optional.of(itu), Optional.empty()).toldOfNewRequestBy(requester)).contains(itu);
    assertThat(FocalPointSeats.vacant(org).toldOfNewRequestBy(requester)).isEmpty();
  }

  @Test
  void nobodyIsToldOfTheirOwnRequest() {
    assertThat(both.toldOfNewRequestBy(ties)).contains(itu);
    assertThat(seats(Optional.of(itu), Optional.of(itu)).toldOfNewRequestBy(itu)).isEmpty();
  }

  @Test
  void theOperatorDecidesOnlyARequestNoFocalPointMayDecide() {
    assertThat(both.operatorDecides(requester)).isFalse();
    assertThat(both.operatorDecides(ties)).isFalse();
    assertThat(seats(Optional.of(itu), Optional.empty()).operatorDecides(itu)).isTrue();
    assertThat(FocalPointSeats.vacant(org).operatorDecides(requester)).isTrue();
  }

  @Test
  void escalationGoesToTheItuFocalPointUnlessItIsTheRequester() {
    assertThat(both.escalatedTo(requester)).contains(itu);
    assertThat(both.escalatedTo(itu)).isEmpty();
    assertThat(seats(Optional.empty(), Optional.of(ties)).escalatedTo(requester)).isEmpty();
  }

  @Test
  void onlyTheHolderOfTheTiesSeatSitsInIt() {
    assertThat(both.sitsInTiesSeat(ties)).isTrue();
    assertThat(both.sitsInTiesSeat(itu)).isFalse();
    assertThat(FocalPointSeats.vacant(org).sitsInTiesSeat(ties)).isFalse();
  }

  @Test
  void anActorHoldsItsSeatsOrItsStaffOrLibraryRole() {
    assertThat(both.rolesOf(Actor.account(ties))).containsExactly(AffiliationRole.TIES_FOCAL_POINT);
    assertThat(seats(Optional.of(itu), Optional.of(itu)).rolesOf(Actor.account(itu)))
        .containsExactlyInAnyOrder(AffiliationRole.ITU_FOCAL_POINT, AffiliationRole.TIES_FOCAL_POINT);
    assertThat(both.rolesOf(Actor.account(requester))).isEmpty();
    assertThat(both.rolesOf(Actor.operator(new StaffId(UUID.randomUUID())))).containsExactly(AffiliationRole.OPERATOR);
    assertThat(both.rolesOf(Actor.system("test"))).containsExactly(AffiliationRole.SYSTEM);
    assertThat(both.rolesOf(Actor.anonymous())).isEmpty();
  }
}
