/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.affiliation.testkit.AffiliationWorld.as;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.PreconditionFailed;

class FocalPointsTests {

  private final AffiliationWorld world = AffiliationWorld.create();
  private final FocalPoints focalPoints = world.module.focalPoints();

  @Test
  void operatorChangesTheItuFocalPoint() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary next = world.accounts.active("Nina", "Next");

    world.appoint(org.organisation(), FocalPointRole.ITU, next);

    assertThat(focalPoints.seatsOf(org.organisation().id()).itu()).contains(next.id());
    assertThat(world.delivered(next, "affiliation.focal-point-appointed")).hasSize(1);
    assertThat(world.delivered(org.itu(), "affiliation.focal-point-released")).hasSize(1);
  }

  @Test
  void operatorSetsATiesFocalPointOnlyWhereThereIsNone() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary member = world.member(org, "Ana", "Silva");

    assertThatThrownBy(() -> world.appoint(org.organisation(), FocalPointRole.TIES, member))
        .isInstanceOf(PreconditionFailed.class)
        .hasFieldOrPropertyWithValue("reason", "affiliation.ties-focal-point-sitting");
  }

  @Test
  void tiesFocalPointMustBeAffiliatedWithTheOrganisation() {
    Staffed org = world.withItuFocalPointOnly("Swisscom");
    AccountSummary outsider = world.accounts.active("Olga", "Outsider");

    assertThatThrownBy(() -> world.appoint(org.organisation(), FocalPointRole.TIES, outsider))
        .hasFieldOrPropertyWithValue("reason", "affiliation.focal-point-not-affiliated");
  }

  @Test
  void nonMemberOrganisationsHaveNoFocalPoints() {
    Organisation club = world.organisation("Radio Club", MembershipType.NOT_A_MEMBER, "CH");

    assertThatThrownBy(() -> world.appoint(club, FocalPointRole.ITU, world.accounts.active("Ana", "Silva")))
        .hasFieldOrPropertyWithValue("reason", "affiliation.organisation-not-a-member");
  }

  @Test
  void handOverNeedsAnAffiliatedSuccessorAndPublishesTheChange() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary outsider = world.accounts.active("Olga", "Outsider");
    AccountSummary successor = world.member(org, "Sam", "Successor");
    HandOverTiesFocalPoint.Builder toOutsider = HandOverTiesFocalPoint.builder();
    toOutsider.organisation(org.organisation().id()).successor(outsider.id());

    ConfirmedHandOver confirmed = world.confirmedHandOver();

    assertThatThrownBy(() -> confirmed.handOver(toOutsider.build(), as(org.ties())))
        .hasFieldOrPropertyWithValue("reason", "affiliation.focal-point-not-affiliated");
    assertThatThrownBy(() -> confirmed.handOver(HandOverTiesFocalPoint.builder()
        .organisation(org.organisation().id()).successor(org.ties().id()).build(), as(org.itu())))
        .isInstanceOf(Conflict.class);

    confirmed.handOver(HandOverTiesFocalPoint.builder().organisation(org.organisation().id())
        .successor(successor.id()).build(), as(org.itu()));

    assertThat(world.events(FocalPointEvent.Changed.class)).last().satisfies(e -> {
      assertThat(e.change()).isEqualTo(FocalPointChange.HANDED_OVER);
      assertThat(e.previous()).contains(org.ties().id());
      assertThat(e.current()).contains(successor.id());
      assertThat(e.seat()).isEqualTo(FocalPointRole.TIES);
    });
    assertThat(focalPoints.rolesOf(as(org.ties()), org.organisation().id())).isEmpty();
  }

  @Test
  void theSeatMovesAtOnceOnlyForTheOperatorFocalPointsConfirmFirst() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary successor = world.member(org, "Sam", "Successor");
    HandOverTiesFocalPoint toSuccessor = HandOverTiesFocalPoint.builder().organisation(org.organisation().id())
        .successor(successor.id()).build();
    int events = world.events().size();

    for (AccountSummary focalPoint : List.of(org.ties(), org.itu())) {
      assertThatThrownBy(() -> focalPoints.handOverTies(toSuccessor, as(focalPoint))).isInstanceOf(NotAllowed.class)
          .hasFieldOrPropertyWithValue("reason", "affiliation.hand-over-needs-confirmation");
    }
    assertThat(focalPoints.seatsOf(org.organisation().id()).ties()).contains(org.ties().id());
    assertThat(world.events()).hasSize(events);

    focalPoints.handOverTies(toSuccessor, world.operator);

    assertThat(focalPoints.seatsOf(org.organisation().id()).ties()).contains(successor.id());
    assertThat(world.events(FocalPointEvent.Changed.class)).last()
        .satisfies(e -> assertThat(e.actor()).isEqualTo(world.operator));
  }

  @Test
  void theConfirmedHandOverHookIsHandedOutOnce() {
    world.confirmedHandOver();

    assertThatThrownBy(focalPoints::confirmedHandOver).isInstanceOf(IllegalStateException.class);
  }
}
