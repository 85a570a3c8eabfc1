/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.handover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.focalpoint.HandOverTiesFocalPoint;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.access.RemoveTiesAccess;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.testkit.TiesWorld;

/** One example per rule of the TIES focal point hand-over (T4) and the operator's appointment. */
class TiesHandOverTests {

  private final TiesWorld world = TiesWorld.create();
  private final Staffed org = world.staffed("Swisscom");
  private final TiesFocalPoints focalPoints = world.ties.focalPoints();

  private HandOverPreview prepare(AccountSummary by, AccountSummary successor) {
    return focalPoints.prepare(PrepareTiesHandOver.builder().organisation(org.organisation().id())
        .successor(successor.id()).build(), TiesWorld.as(by)).value();
  }

  private FocalPointSeats confirm(AccountSummary by, Secret token) {
    return focalPoints.confirm(ConfirmTiesHandOver.builder().token(token).build(), TiesWorld.as(by)).value();
  }

  private FocalPointSeats seats() {
    return world.affiliation.module.focalPoints().seatsOf(org.organisation().id());
  }

  @Test
  void focalPointMayOnlyHandOverToSomeoneWithTiesAccess() {
    AccountSummary member = world.member(org, "Mia", "Member");

    assertThatThrownBy(() -> prepare(org.ties(), member))
        .isInstanceOf(PreconditionFailed.class)
        .hasFieldOrPropertyWithValue("reason", "ties.successor-without-ties-access");
    assertThat(seats().ties()).contains(org.ties().id());
  }

  @Test
  void focalPointMayOnlyHandOverToSomeoneWithTiesAccessInTheSameOrganisation() {
    Staffed other = world.staffed("Orange");
    AccountSummary elsewhere = world.tiesUser(other, "Eli", "Elsewhere");

    assertThatThrownBy(() -> prepare(org.ties(), elsewhere))
        .isInstanceOf(PreconditionFailed.class)
        .hasFieldOrPropertyWithValue("reason", "ties.successor-without-ties-access");
  }

  @Test
  void handOverChangesNothingUntilConfirmed() {
    AccountSummary successor = world.tiesUser(org, "Sam", "Successor");

    HandOverPreview preview = prepare(org.ties(), successor);

    assertThat(preview.former()).isEqualTo(org.ties().id());
    assertThat(preview.successor()).isEqualTo(successor.id());
    assertThat(preview.changes()).containsExactly(HandOverChange.SUCCESSOR_TAKES_SEAT,
        HandOverChange.FORMER_LOSES_FOCAL_POINT_RIGHTS, HandOverChange.FORMER_KEEPS_TIES_ACCESS,
        HandOverChange.BOTH_NOTIFIED);
    assertThat(preview.expiresAt()).isEqualTo(world.affiliation.clock.instant().plus(Duration.ofMinutes(15)));
    assertThat(seats().ties()).contains(org.ties().id());
  }

  @Test
  void formerFocalPointLosesRightsButKeepsAccess() {
    AccountSummary successor = world.tiesUser(org, "Sam", "Successor");
    AccountSummary applicant = world.requester(org, "Ali", "Applicant");

    FocalPointSeats after = confirm(org.ties(), prepare(org.ties(), successor).token());

    assertThat(after.ties()).contains(successor.id());
    assertThat(after.rolesOf(org.ties().id())).doesNotContain(AffiliationRole.TIES_FOCAL_POINT);
    assertThat(world.access().isActive(org.ties().id(), TiesWorld.as(org.ties()))).isTrue();
    assertThatThrownBy(() -> world.access().approve(DecideTiesRequest.builder().account(applicant.id()).build(),
        TiesWorld.as(org.ties()))).isInstanceOf(NotAllowed.class);
    world.access().approve(DecideTiesRequest.builder().account(applicant.id()).build(), TiesWorld.as(successor));
    assertThat(world.register.find(applicant.id()).orElseThrow().state()).isEqualTo(TiesState.ACTIVE);
  }

  @Test
  void bothFocalPointsAreNotifiedOfTheHandOver() {
    AccountSummary successor = world.tiesUser(org, "Sam", "Successor");

    confirm(org.ties(), prepare(org.ties(), successor).token());

    assertThat(world.delivered(successor, "affiliation.focal-point-appointed")).hasSize(1);
    assertThat(world.delivered(org.ties(), "affiliation.focal-point-released")).hasSize(1);
    assertThat(world.events(TiesFocalPointEvent.HandedOver.class)).singleElement()
        .satisfies(e -> assertThat(e.former()).isEqualTo(org.ties().id()));
  }

  @Test
  void ituFocalPointMayHandOverTheTiesRoleAndReceivesNoEmail() {
    AccountSummary successor = world.tiesUser(org, "Sam", "Successor");
    int ituMails = world.delivered().stream().filter(n -> n.recipient().equals(org.itu().email())).toList().size();

    confirm(org.itu(), prepare(org.itu(), successor).token());

    assertThat(seats().ties()).contains(successor.id());
    assertThat(world.delivered().stream().filter(n -> n.recipient().equals(org.itu().email()))).hasSize(ituMails);
  }

  @Test
  void ordinaryUsersMayNotHandOver() {
    AccountSummary successor = world.tiesUser(org, "Sam", "Successor");
    AccountSummary user = world.tiesUser(org, "Ursula", "User");

    assertThatThrownBy(() -> prepare(user, successor))
        .isInstanceOf(NotAllowed.class).hasFieldOrPropertyWithValue("reason", "ties.not-a-focal-point");
  }

  @Test
  void confirmationTokenWorksOnce() {
    AccountSummary successor = world.tiesUser(org, "Sam", "Successor");
    Secret token = prepare(org.ties(), successor).token();
    confirm(org.ties(), token);

    assertThatThrownBy(() -> confirm(org.ties(), token))
        .isInstanceOf(NotFound.class).hasFieldOrPropertyWithValue("reason", "ties.hand-over-unknown");
  }

  @Test
  void confirmationTokenExpires() {
    AccountSummary successor = world.tiesUser(org, "Sam", "Successor");
    Secret token = prepare(org.ties(), successor).token();
    world.affiliation.clock.advance(Duration.ofMinutes(16));

    assertThatThrownBy(() -> confirm(org.ties(), token))
        .isInstanceOf(PreconditionFailed.class).hasFieldOrPropertyWithValue("reason", "ties.hand-over-expired");
    assertThat(seats().ties()).contains(org.ties().id());
  }

  @Test
  void onlyThePreparerConfirms() {
    AccountSummary successor = world.tiesUser(org, "Sam", "Successor");
    Secret token = prepare(org.ties(), successor).token();

    assertThatThrownBy(() -> confirm(org.itu(), token))
        .isInstanceOf(NotAllowed.class).hasFieldOrPropertyWithValue("reason", "ties.hand-over-not-yours");
    assertThat(seats().ties()).contains(org.ties().id());
    confirm(org.ties(), token);
    assertThat(seats().ties()).contains(successor.id());
  }

  @Test
  void preparingAgainInvalidatesTheEarlierToken() {
    AccountSummary first = world.tiesUser(org, "Fred", "First");
    AccountSummary second = world.tiesUser(org, "Sara", "Second");
    Secret stale = prepare(org.ties(), first).token();
    Secret fresh = prepare(org.ties(), second).token();

    assertThatThrownBy(() -> confirm(org.ties(), stale)).isInstanceOf(NotFound.class);
    confirm(org.ties(), fresh);
    assertThat(seats().ties()).contains(second.id());
  }

  @Test
  void confirmationRechecksTheSuccessorsTiesAccess() {
    AccountSummary successor = world.tiesUser(org, "Sam", "Successor");
    Secret token = prepare(org.ties(), successor).token();
    world.access().remove(RemoveTiesAccess.builder().account(successor.id()).build(), TiesWorld.as(org.itu()));

    assertThatThrownBy(() -> confirm(org.ties(), token))
        .isInstanceOf(PreconditionFailed.class)
        .hasFieldOrPropertyWithValue("reason", "ties.successor-without-ties-access");
    assertThat(seats().ties()).contains(org.ties().id());
  }

  @Test
  void confirmationTokenIsStoredHashedAndNeverShown() {
    AccountSummary successor = world.tiesUser(org, "Sam", "Successor");
    HandOverPreview preview = prepare(org.ties(), successor);
    String token = preview.token().reveal();

    assertThat(token).hasSizeGreaterThanOrEqualTo(43);
    assertThat(preview.toString()).doesNotContain(token);
    assertThat(world.events()).allSatisfy(e -> assertThat(e.toString()).doesNotContain(token));
    assertThat(world.delivered()).allSatisfy(n -> assertThat(n.parameters().values()).doesNotContain(token));
    PendingHandOver stored = world.pending.remove(TiesFocalPoints.hash(token)).orElseThrow();
    assertThat(stored.tokenHash()).isNotEqualTo(token).hasSize(64);
    assertThat(stored.toString()).doesNotContain(token).doesNotContain(stored.tokenHash());
  }

  @Test
  void theOperatorsHandOverToSomeoneWithoutTiesAccessIsRefusedBeforeTheSeatChanges() {
    AccountSummary member = world.member(org, "Mia", "Member");
    int events = world.events().size();
    int mails = world.affiliation.kernel.outbox().entries().size();

    // the operator's direct path: the only one without the two steps
    assertThatThrownBy(() -> world.affiliation.module.focalPoints().handOverTies(HandOverTiesFocalPoint.builder()
        .organisation(org.organisation().id()).successor(member.id()).build(), world.operator()))
        .isInstanceOf(PreconditionFailed.class)
        .hasFieldOrPropertyWithValue("reason", "ties.successor-without-ties-access");
    assertThat(seats().ties()).contains(org.ties().id());
    assertThat(world.events()).hasSize(events);
    assertThat(world.affiliation.kernel.outbox().entries()).as("no mail for a change that did not commit")
        .hasSize(mails);
  }

  @Test
  void noFocalPointMovesTheSeatWithoutTheConfirmation() {
    AccountSummary successor = world.tiesUser(org, "Sam", "Successor");
    HandOverTiesFocalPoint toSuccessor = HandOverTiesFocalPoint.builder().organisation(org.organisation().id())
        .successor(successor.id()).build();
    int events = world.events().size();

    for (AccountSummary focalPoint : List.of(org.ties(), org.itu())) {
      assertThatThrownBy(() -> world.affiliation.module.focalPoints().handOverTies(toSuccessor,
          TiesWorld.as(focalPoint))).isInstanceOf(NotAllowed.class)
          .hasFieldOrPropertyWithValue("reason", "affiliation.hand-over-needs-confirmation");
    }
    assertThatThrownBy(() -> world.affiliation.module.focalPoints().confirmedHandOver())
        .as("the TIES module holds the confirmed path's hook").isInstanceOf(IllegalStateException.class);
    assertThat(seats().ties()).contains(org.ties().id());
    assertThat(world.events()).hasSize(events);
  }

  @Test
  void operatorMaySetATiesFocalPointWhereNoneExists() {
    Staffed vacant = world.affiliation.withItuFocalPointOnly("Vacant Org");
    AccountSummary user = world.affiliation.accounts.active("Val", "Appointee");
    Affiliation a = world.affiliation.request(user, vacant.organisation(), false);
    world.affiliation.module.affiliations().approve(DecideAffiliation.builder().affiliation(a.id()).build(),
        TiesWorld.as(vacant.itu()));

    FocalPointSeats after = focalPoints.appoint(AppointTiesFocalPoint.builder()
        .organisation(vacant.organisation().id()).account(user.id()).build(), world.operator()).value();

    assertThat(after.ties()).contains(user.id());
    assertThat(world.access().isActive(user.id(), TiesWorld.as(user))).isTrue();
    assertThat(world.events(TiesFocalPointEvent.Appointed.class)).hasSize(1);
  }

  @Test
  void operatorMayNotAppointOverASittingTiesFocalPoint() {
    AccountSummary successor = world.tiesUser(org, "Sam", "Successor");

    assertThatThrownBy(() -> focalPoints.appoint(AppointTiesFocalPoint.builder()
        .organisation(org.organisation().id()).account(successor.id()).build(), world.operator()))
        .isInstanceOf(PreconditionFailed.class).hasFieldOrPropertyWithValue("reason", "ties.ties-focal-point-sitting");
  }

  @Test
  void handOverNeedsASittingTiesFocalPoint() {
    Staffed vacant = world.affiliation.withItuFocalPointOnly("Vacant Org");
    AccountSummary user = world.affiliation.accounts.active("Val", "Vacant");

    assertThatThrownBy(() -> focalPoints.prepare(PrepareTiesHandOver.builder()
        .organisation(vacant.organisation().id()).successor(user.id()).build(), TiesWorld.as(vacant.itu())))
        .isInstanceOf(PreconditionFailed.class).hasFieldOrPropertyWithValue("reason", "ties.no-ties-focal-point");
  }

  @Test
  void handOverToTheSittingFocalPointIsAConflict() {
    assertThatThrownBy(() -> prepare(org.itu(), org.ties()))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", "ties.focal-point-unchanged");
  }
}
