/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.EndCause;
import org.memberportal.affiliation.membership.LeaveOrganisation;
import org.memberportal.affiliation.membership.RemoveAffiliation;
import org.memberportal.affiliation.organisation.EnterOrganisation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.ReviewOrganisation;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.IllegalTransition;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.ties.testkit.TiesWorld;

/** One example per rule of the TIES access workflow (T1-T3, T5, T7), named after the rule. */
class TiesAccessRulesTests {

  private final TiesWorld world = TiesWorld.create();
  private final Staffed itu = world.staffed("ITU Test Org");
  private final TiesAccess access = world.access();

  private static RequestTiesAccess request(AccountSummary user) {
    return RequestTiesAccess.builder().account(user.id()).build();
  }

  private static DecideTiesRequest decide(AccountSummary user) {
    return DecideTiesRequest.builder().account(user.id()).build();
  }

  private TiesState stateOf(AccountSummary user) {
    return access.of(user.id(), world.operator()).map(TiesAccount::state).orElse(TiesState.NONE);
  }

  @Test
  void requestNeedsAnApprovedAffiliation() {
    AccountSummary loner = world.affiliation.accounts.active("Lou", "Loner");

    assertThatThrownBy(() -> access.request(request(loner), TiesWorld.as(loner)))
        .isInstanceOf(PreconditionFailed.class).hasFieldOrPropertyWithValue("reason", "ties.no-approved-affiliation");
    assertThat(world.register.find(loner.id())).isEmpty();
  }

  @Test
  void requestWhileAffiliationIsPendingNeedsAnApprovedAffiliation() {
    AccountSummary user = world.affiliation.accounts.active("Pat", "Pending");
    world.requestAffiliation(user, itu, false);

    assertThatThrownBy(() -> access.request(request(user), TiesWorld.as(user)))
        .isInstanceOf(PreconditionFailed.class).hasFieldOrPropertyWithValue("reason", "ties.no-approved-affiliation");
  }

  @Test
  void aLinkWithTheTiesTickMergedIntoAMemberFilesTheTiesRequestOnceItsFocalPointApprovesIt() {
    AccountSummary user = world.affiliation.accounts.active("Mo", "Merged");
    Organisation typo = world.affiliation.module.organisations().enter(EnterOrganisation.builder()
        .name("ITU Test Org (typo)").country("CH").build(), TiesWorld.as(user)).value();
    Affiliation link = world.affiliation.request(user, typo, true);
    world.affiliation.module.organisations().merge(ReviewOrganisation.builder().organisation(typo.id())
        .mergeInto(itu.organisation().id()).build(), world.operator());

    assertThat(world.register.find(user.id())).isEmpty();
    assertThatThrownBy(() -> access.request(request(user), TiesWorld.as(user)))
        .isInstanceOf(PreconditionFailed.class).hasFieldOrPropertyWithValue("reason", "ties.no-approved-affiliation");

    world.affiliation.module.affiliations().approve(DecideAffiliation.builder().affiliation(link.id()).build(),
        TiesWorld.as(itu.ties()));

    assertThat(stateOf(user)).isEqualTo(TiesState.REQUESTED);
    assertThat(world.register.find(user.id()).orElseThrow().current()).satisfies(t -> {
      assertThat(t.organisation()).isEqualTo(itu.organisation().id());
      assertThat(t.origin()).isEqualTo(TiesOrigin.SIGN_UP_TICK);
    });
  }

  @Test
  void theOperatorDecidesTheItuFocalPointsOwnTiesRequestWhenThereIsNoTiesFocalPoint() {
    Staffed orange = world.affiliation.withItuFocalPointOnly("Orange");
    AccountSummary ituFp = orange.itu();
    Affiliation own = world.requestAffiliation(ituFp, orange, false);
    world.affiliation.module.affiliations().approve(DecideAffiliation.builder().affiliation(own.id()).build(),
        world.operator());
    access.request(request(ituFp), TiesWorld.as(ituFp));

    assertThat(world.delivered(ituFp, "ties.requested")).as("not asked to decide their own request").isEmpty();
    assertThatThrownBy(() -> access.approve(decide(ituFp), TiesWorld.as(ituFp))).isInstanceOf(NotAllowed.class);

    access.approve(decide(ituFp), world.operator());

    TiesAccount approved = access.of(ituFp.id(), world.operator()).orElseThrow();
    assertThat(approved.state()).isEqualTo(TiesState.ACTIVE);
    assertThat(approved.decidedBy()).isEmpty();
    assertThat(world.events(TiesAccessEvent.Approved.class)).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo(world.operator());
      assertThat(e.decidedBy()).isNull();
    });
    assertThat(world.delivered(ituFp, "ties.approved")).hasSize(1);
  }

  @Test
  void theOperatorIsRefusedATiesRequestAFocalPointCanDecide() {
    AccountSummary user = world.requester(itu, "Rae", "Requester");
    int events = world.events().size();

    for (boolean approve : new boolean[] {true, false}) {
      assertThatThrownBy(() -> {
        if (approve) {
          access.approve(decide(user), world.operator());
        } else {
          access.reject(decide(user), world.operator());
        }
      }).isInstanceOf(NotAllowed.class).hasFieldOrPropertyWithValue("reason", "ties.focal-point-decides");
    }
    assertThat(stateOf(user)).isEqualTo(TiesState.REQUESTED);
    assertThat(world.events()).hasSize(events);
  }

  @Test
  void requestForANonMemberOrganisationIsRefused() {
    Organisation club = world.affiliation.organisation("Radio Club", MembershipType.NOT_A_MEMBER, "CH");
    AccountSummary user = world.affiliation.accounts.active("Nia", "Nonmember");
    world.affiliation.request(user, club, false);

    assertThatThrownBy(() -> access.request(request(user), TiesWorld.as(user)))
        .isInstanceOf(PreconditionFailed.class).hasFieldOrPropertyWithValue("reason", "ties.organisation-not-a-member");
  }

  @Test
  void requestNeedsAnActiveAccount() {
    AccountSummary user = world.member(itu, "Sue", "Suspended");
    world.affiliation.accounts.setStatus(user.id(), AccountStatus.SUSPENDED);

    assertThatThrownBy(() -> access.request(request(user), TiesWorld.as(user)))
        .isInstanceOf(PreconditionFailed.class).hasFieldOrPropertyWithValue("reason", "ties.account-not-active");
  }

  @Test
  void requestGoesToTiesFocalPointForApproval() {
    AccountSummary user = world.requester(itu, "Ana", "Silva");

    assertThat(stateOf(user)).isEqualTo(TiesState.REQUESTED);
    assertThat(world.delivered(itu.ties(), "ties.requested")).singleElement()
        .satisfies(n -> assertThat(n.parameters()).containsEntry("userName", "Ana Silva")
            .containsEntry("organisationName", "ITU Test Org"));
    assertThat(world.delivered(itu.itu(), "ties.requested")).isEmpty();
    assertThat(world.delivered(user, "ties.requested")).isEmpty();
  }

  @Test
  void requestGoesToItuFocalPointWhenThereIsNoTiesFocalPoint() {
    Staffed vacant = world.affiliation.withItuFocalPointOnly("No TIES FP Org");
    AccountSummary user = world.affiliation.accounts.active("Vic", "Vacant");
    Affiliation a = world.requestAffiliation(user, vacant, false);
    world.affiliation.module.affiliations().approve(
        DecideAffiliation.builder().affiliation(a.id()).build(),
        TiesWorld.as(vacant.itu()));

    access.request(request(user), TiesWorld.as(user));

    assertThat(world.delivered(vacant.itu(), "ties.requested")).hasSize(1);
  }

  @Test
  void itufocalPointHasSameRightsButReceivesNoEmail() {
    AccountSummary user = world.requester(itu, "Ben", "Brown");

    access.approve(decide(user), TiesWorld.as(itu.itu()));

    assertThat(stateOf(user)).isEqualTo(TiesState.ACTIVE);
    assertThat(world.delivered(itu.itu(), "ties.requested")).isEmpty();
    assertThat(world.delivered(user, "ties.approved")).hasSize(1);
  }

  @Test
  void approvedUserIsNotifiedAndTiesIsActive() {
    AccountSummary user = world.requester(itu, "Cleo", "Chen");
    assertThat(access.isActive(user.id(), TiesWorld.as(user))).isFalse();

    TiesAccount approved = access.approve(decide(user), TiesWorld.as(itu.ties())).value();

    assertThat(approved.state()).isEqualTo(TiesState.ACTIVE);
    assertThat(approved.decidedBy()).contains(itu.ties().id());
    assertThat(access.isActive(user.id(), TiesWorld.as(user))).isTrue();
    assertThat(world.delivered(user, "ties.approved")).hasSize(1);
    assertThat(world.events(TiesAccessEvent.Approved.class)).singleElement()
        .satisfies(e -> assertThat(e.subject()).isEqualTo("ties:" + user.id()));
  }

  @Test
  void rejectedUserIsNotifiedAndMayRequestAgain() {
    AccountSummary user = world.requester(itu, "Dan", "Dupont");

    access.reject(DecideTiesRequest.builder().account(user.id()).reason("Use the public site").build(),
        TiesWorld.as(itu.ties()));
    assertThat(world.delivered(user, "ties.rejected")).singleElement()
        .satisfies(n -> assertThat(n.parameters()).containsEntry("reason", "Use the public site"));

    access.request(request(user), TiesWorld.as(user));
    assertThat(stateOf(user)).isEqualTo(TiesState.REQUESTED);
  }

  @Test
  void userMayCancelTheirRequestBeforeADecision() {
    AccountSummary user = world.requester(itu, "Eva", "Early");

    access.cancel(CancelTiesRequest.builder().account(user.id()).build(), TiesWorld.as(user));

    assertThat(stateOf(user)).isEqualTo(TiesState.CANCELLED);
    assertThatThrownBy(() -> access.approve(decide(user), TiesWorld.as(itu.ties())))
        .isInstanceOf(IllegalTransition.class).hasFieldOrPropertyWithValue("reason", "ties.illegal-transition");
  }

  @Test
  void nobodyRequestsTwice() {
    AccountSummary user = world.requester(itu, "Fay", "Twice");

    assertThatThrownBy(() -> access.request(request(user), TiesWorld.as(user)))
        .isInstanceOf(IllegalTransition.class);
    assertThat(world.delivered(itu.ties(), "ties.requested")).hasSize(1);
  }

  @Test
  void secondDecisionOnTheSameRequestIsAConflict() {
    AccountSummary user = world.requester(itu, "Gus", "Race");
    access.approve(decide(user), TiesWorld.as(itu.ties()));

    assertThatThrownBy(() -> access.reject(decide(user), TiesWorld.as(itu.itu())))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", "ties.already-decided");
  }

  @Test
  void decisionOnAStaleVersionIsAConflict() {
    AccountSummary user = world.requester(itu, "Hal", "Stale");
    long seen = world.register.find(user.id()).orElseThrow().version();

    assertThatThrownBy(() -> access.approve(DecideTiesRequest.builder().account(user.id()).expectedVersion(seen - 1)
        .build(), TiesWorld.as(itu.ties())))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", KernelRefusals.STALE_VERSION);
    assertThat(stateOf(user)).isEqualTo(TiesState.REQUESTED);
  }

  @Test
  void focalPointMayAssignTiesAccessDirectlyToAnAffiliatedUser() {
    AccountSummary user = world.member(itu, "Ivy", "Direct");

    access.assign(AssignTiesAccess.builder().account(user.id()).build(), TiesWorld.as(itu.itu()));

    assertThat(stateOf(user)).isEqualTo(TiesState.ACTIVE);
    assertThat(world.delivered(user, "ties.assigned")).hasSize(1);
    assertThat(world.events(TiesAccessEvent.Assigned.class)).filteredOn(e -> e.account().equals(user.id())).singleElement()
        .satisfies(e -> assertThat(e.origin()).isEqualTo(TiesOrigin.FOCAL_POINT_ASSIGNMENT));
  }

  @Test
  void systemMayAssignTiesAccessWithoutADecider() {
    AccountSummary user = world.member(itu, "Sam", "System");

    access.assign(AssignTiesAccess.builder().account(user.id()).build(), Actor.system("operator-tool"));

    assertThat(stateOf(user)).isEqualTo(TiesState.ACTIVE);
    assertThat(world.events(TiesAccessEvent.Assigned.class)).filteredOn(e -> e.account().equals(user.id())).hasSize(1);
  }

  @Test
  void focalPointMayOnlyAssignToAnAffiliatedUser() {
    AccountSummary stranger = world.affiliation.accounts.active("Jo", "Stranger");

    assertThatThrownBy(() -> access.assign(AssignTiesAccess.builder().account(stranger.id()).build(),
        TiesWorld.as(itu.ties())))
        .isInstanceOf(PreconditionFailed.class).hasFieldOrPropertyWithValue("reason", "ties.no-approved-affiliation");
  }

  @Test
  void focalPointMayRemoveAccessAndReactivateIt() {
    AccountSummary user = world.tiesUser(itu, "Kim", "Removed");

    access.remove(RemoveTiesAccess.builder().account(user.id()).reason("Left the project").build(),
        TiesWorld.as(itu.ties()));
    assertThat(stateOf(user)).isEqualTo(TiesState.REMOVED);
    assertThat(access.isActive(user.id(), TiesWorld.as(user))).isFalse();
    assertThat(world.delivered(user, "ties.removed")).hasSize(1);

    access.assign(AssignTiesAccess.builder().account(user.id()).build(), TiesWorld.as(itu.ties()));
    assertThat(stateOf(user)).isEqualTo(TiesState.ACTIVE);
  }

  @Test
  void removedUserMayRequestAgain() {
    AccountSummary user = world.tiesUser(itu, "Lea", "Again");
    access.remove(RemoveTiesAccess.builder().account(user.id()).build(), TiesWorld.as(itu.itu()));

    access.request(request(user), TiesWorld.as(user));

    assertThat(stateOf(user)).isEqualTo(TiesState.REQUESTED);
    assertThat(world.register.find(user.id()).orElseThrow().requests()).hasSize(2);
  }

  @Test
  void tiesLapsesWhenTheUserLeavesTheOrganisation() {
    AccountSummary user = world.tiesUser(itu, "Max", "Leaver");
    Affiliation a = world.affiliation.module.affiliations().approvedAffiliationOf(user.id()).orElseThrow();

    world.affiliation.module.affiliations().leave(LeaveOrganisation.builder().affiliation(a.id()).build(),
        TiesWorld.as(user));

    assertThat(stateOf(user)).isEqualTo(TiesState.LAPSED);
    assertThat(access.isActive(user.id(), TiesWorld.as(user))).isFalse();
    assertThat(world.delivered(user, "ties.lapsed")).hasSize(1);
    assertThat(world.events(TiesAccessEvent.Lapsed.class)).singleElement()
        .satisfies(e -> assertThat(e.cause()).isEqualTo(EndCause.LEFT));
  }

  @Test
  void tiesLapsesSilentlyWhenTheOperatorClosesTheAccount() {
    AccountSummary user = world.tiesUser(itu, "Max", "Closed");

    world.affiliation.accounts.close(user.id());

    assertThat(stateOf(user)).isEqualTo(TiesState.LAPSED);
    assertThat(world.delivered(user, "ties.lapsed")).isEmpty();
    assertThat(world.events(TiesAccessEvent.Lapsed.class)).singleElement()
        .satisfies(e -> assertThat(e.cause()).isEqualTo(EndCause.ACCOUNT_CLOSED));
  }

  @Test
  void tiesLapsesWhenAFocalPointRemovesTheAffiliation() {
    AccountSummary user = world.tiesUser(itu, "Ned", "Removed");
    Affiliation a = world.affiliation.module.affiliations().approvedAffiliationOf(user.id()).orElseThrow();

    world.affiliation.module.affiliations().remove(RemoveAffiliation.builder().affiliation(a.id()).build(),
        TiesWorld.as(itu.itu()));

    assertThat(stateOf(user)).isEqualTo(TiesState.LAPSED);
  }

  @Test
  void tiesLapsesWhenTheAffiliationIsReplaced() {
    AccountSummary user = world.tiesUser(itu, "Ola", "Mover");
    Staffed other = world.staffed("Other Org");
    Affiliation move = world.requestAffiliation(user, other, false);

    world.approveAffiliation(move, other);

    assertThat(stateOf(user)).isEqualTo(TiesState.LAPSED);
    assertThat(world.events(TiesAccessEvent.Lapsed.class)).singleElement()
        .satisfies(e -> assertThat(e.cause()).isEqualTo(EndCause.REPLACED));
  }

  @Test
  void pendingTiesRequestLapsesWhenTheAffiliationEnds() {
    AccountSummary user = world.requester(itu, "Pia", "Pending");
    Affiliation a = world.affiliation.module.affiliations().approvedAffiliationOf(user.id()).orElseThrow();

    world.affiliation.module.affiliations().leave(LeaveOrganisation.builder().affiliation(a.id()).build(),
        TiesWorld.as(user));

    assertThat(stateOf(user)).isEqualTo(TiesState.LAPSED);
    assertThat(world.events(TiesAccessEvent.Lapsed.class)).singleElement()
        .satisfies(e -> assertThat(e.wasActive()).isFalse());
  }

  @Test
  void lapsedUserMayBeReactivatedByAFocalPointOfTheNewOrganisation() {
    AccountSummary user = world.tiesUser(itu, "Quin", "Back");
    Staffed other = world.staffed("New Home");
    world.approveAffiliation(world.requestAffiliation(user, other, false), other);

    access.assign(AssignTiesAccess.builder().account(user.id()).build(), TiesWorld.as(other.ties()));

    TiesAccount t = world.register.find(user.id()).orElseThrow();
    assertThat(t.state()).isEqualTo(TiesState.ACTIVE);
    assertThat(t.organisation()).isEqualTo(other.organisation().id());
  }

  @Test
  void signUpTickIsFiledAsATiesRequestWhenTheAffiliationIsApproved() {
    AccountSummary user = world.affiliation.accounts.active("Rosa", "Tick");
    Affiliation a = world.requestAffiliation(user, itu, true);
    assertThat(world.register.find(user.id())).isEmpty();

    world.approveAffiliation(a, itu);

    TiesAccount t = world.register.find(user.id()).orElseThrow();
    assertThat(t.state()).isEqualTo(TiesState.REQUESTED);
    assertThat(t.current().origin()).isEqualTo(TiesOrigin.SIGN_UP_TICK);
    assertThat(t.ticksFiled()).containsExactly(a.id());
    assertThat(world.delivered(itu.ties(), "ties.requested")).hasSize(1);
  }

  @Test
  void signUpTickIsFiledOnceEvenWhenTheApprovalIsDeliveredAgain() {
    AccountSummary user = world.affiliation.accounts.active("Sam", "Twice");
    world.approveAffiliation(world.requestAffiliation(user, itu, true), itu);
    AffiliationEvent.Approved approved = world.events(AffiliationEvent.Approved.class).stream()
        .filter(e -> e.account().equals(user.id())).findFirst().orElseThrow();

    // an at-least-once bus may deliver the same event again
    world.affiliation.host.transactions().inTransaction(() -> {
      world.affiliation.host.events().publish(List.of(approved));
      return null;
    });

    assertThat(world.events(TiesAccessEvent.Requested.class)).filteredOn(e -> e.account().equals(user.id())).hasSize(1);
    assertThat(world.register.find(user.id()).orElseThrow().requests()).hasSize(1);
  }

  @Test
  void signUpTickIsNotFiledWithoutTheTick() {
    AccountSummary user = world.affiliation.accounts.active("Tia", "Notick");

    world.approveAffiliation(world.requestAffiliation(user, itu, false), itu);

    assertThat(world.register.find(user.id())).isEmpty();
  }

  @Test
  void signUpTickIsNotFiledWhenTheAffiliationIsRejected() {
    AccountSummary user = world.affiliation.accounts.active("Uma", "Rejected");
    Affiliation a = world.requestAffiliation(user, itu, true);

    world.affiliation.module.affiliations().reject(
        DecideAffiliation.builder().affiliation(a.id()).build(),
        TiesWorld.as(itu.ties()));

    assertThat(world.register.find(user.id())).isEmpty();
  }

  @Test
  void sittingTiesFocalPointCannotLoseTiesAccessUntilHandedOver() {
    assertThatThrownBy(() -> access.remove(RemoveTiesAccess.builder().account(itu.ties().id()).build(),
        TiesWorld.as(itu.itu())))
        .isInstanceOf(PreconditionFailed.class)
        .hasFieldOrPropertyWithValue("reason", "ties.focal-point-must-hand-over");
    assertThat(stateOf(itu.ties())).isEqualTo(TiesState.ACTIVE);
  }

  @Test
  void sittingTiesFocalPointCannotLeaveTheAffiliationUntilHandedOver() {
    Affiliation a = world.affiliation.module.affiliations().approvedAffiliationOf(itu.ties().id()).orElseThrow();

    assertThatThrownBy(() -> world.affiliation.module.affiliations().leave(
        LeaveOrganisation.builder().affiliation(a.id()).build(), TiesWorld.as(itu.ties())))
        .isInstanceOf(PreconditionFailed.class);
    assertThat(stateOf(itu.ties())).isEqualTo(TiesState.ACTIVE);
  }

  @Test
  void operatorRemovingTheFocalPointsTiesAccessAlsoClearsTheRole() {
    access.remove(RemoveTiesAccess.builder().account(itu.ties().id()).build(), world.operator());

    assertThat(stateOf(itu.ties())).isEqualTo(TiesState.REMOVED);
    assertThat(world.affiliation.module.focalPoints().seatsOf(itu.organisation().id()).ties()).isEmpty();
    assertThat(world.delivered(itu.ties(), "affiliation.focal-point-released")).hasSize(1);
  }

  @Test
  void operatorRemovingTheFocalPointsAffiliationClearsTheRoleAndLapsesAccess() {
    Affiliation a = world.affiliation.module.affiliations().approvedAffiliationOf(itu.ties().id()).orElseThrow();

    world.affiliation.module.affiliations().remove(RemoveAffiliation.builder().affiliation(a.id()).build(),
        world.operator());

    assertThat(stateOf(itu.ties())).isEqualTo(TiesState.LAPSED);
    assertThat(world.affiliation.module.focalPoints().seatsOf(itu.organisation().id()).ties()).isEmpty();
  }

  @Test
  void appointedTiesFocalPointHoldsTiesAccess() {
    assertThat(access.isActive(itu.ties().id(), TiesWorld.as(itu.ties()))).isTrue();
    assertThat(world.register.find(itu.ties().id()).orElseThrow().current().origin())
        .isEqualTo(TiesOrigin.FOCAL_POINT_APPOINTMENT);
    assertThat(world.affiliation.module.focalPoints().seatsOf(itu.organisation().id()).holder(FocalPointRole.TIES))
        .contains(itu.ties().id());
  }

  @Test
  void invalidCommandIsRefusedWithLocalisedViolationsAndChangesNothing() {
    int events = world.events().size();

    assertThatThrownBy(() -> access.request(RequestTiesAccess.builder().build(),
        TiesWorld.as(itu.ties()).in(Locale.FRENCH)))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> {
              assertThat(v.code()).isEqualTo("ties.account.required");
              assertThat(v.path()).isEqualTo("account");
              assertThat(v.message()).isEqualTo("Un compte est requis.");
            }));
    assertThatThrownBy(() -> access.remove(RemoveTiesAccess.builder().account(itu.ties().id())
        .reason("x".repeat(501)).build(), world.operator()))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> assertThat(v.code()).isEqualTo("ties.reason.too-long")));
    assertThat(world.events()).hasSize(events);
  }

  @Test
  void notificationsCarryAnIdempotencyKeyAndTheRecipientsLanguage() {
    AccountSummary french = world.affiliation.frenchUser("Zoé", "Leroy");
    Affiliation a = world.requestAffiliation(french, itu, false);
    world.approveAffiliation(a, itu);
    access.assign(AssignTiesAccess.builder().account(french.id()).build(), TiesWorld.as(itu.ties()));

    List<Notification> mails = world.delivered(french, "ties.assigned");
    assertThat(mails).singleElement().satisfies(n -> {
      assertThat(n.locale()).isEqualTo(Locale.FRENCH);
      assertThat(n.idempotencyKey()).startsWith("ties.assigned:" + french.id());
    });
  }
}
