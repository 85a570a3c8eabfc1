/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.affiliation.testkit.AffiliationWorld.as;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.focalpoint.FocalPointEvent;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.focalpoint.HandOverTiesFocalPoint;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.ValidationFailed;

class AffiliationRulesTests {

  private final AffiliationWorld world = AffiliationWorld.create();
  private final Affiliations affiliations = world.module.affiliations();

  private static DecideAffiliation decide(Affiliation a) {
    return DecideAffiliation.builder().affiliation(a.id()).build();
  }

  @Test
  void requestToMemberOrganisationWaitsForFocalPointDecision() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");

    Affiliation request = world.request(user, org.organisation(), false);

    assertThat(request.state()).isEqualTo(AffiliationState.PENDING);
    assertThat(request.memberRights()).isFalse();
    assertThat(affiliations.mayRepresent(user.id(), org.organisation().id(), as(user))).isFalse();
  }

  @Test
  void requestWaitsForEmailVerification() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.unverified("Ana", "Silva");

    Affiliation request = world.request(user, org.organisation(), true);

    assertThat(request.state()).isEqualTo(AffiliationState.REQUESTED);
    assertThat(world.delivered(org.ties(), "affiliation.requested")).isEmpty();

    world.accounts.verify(user.id());

    assertThat(affiliations.get(request.id(), as(user)).state()).isEqualTo(AffiliationState.PENDING);
    assertThat(world.delivered(org.ties(), "affiliation.requested")).hasSize(1);
    assertThat(world.events(AffiliationEvent.Submitted.class)).extracting(AffiliationEvent.Submitted::affiliation)
        .contains(request.id());
  }

  @Test
  void expiredSignUpCancelsItsWaitingRequest() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.unverified("Ana", "Silva");
    Affiliation request = world.request(user, org.organisation(), true);

    world.accounts.expire(user.id());

    assertThat(affiliations.get(request.id(), Actor.operator(StaffId.random())).state())
        .isEqualTo(AffiliationState.CANCELLED);
    assertThat(world.delivered(org.ties(), "affiliation.requested")).isEmpty();
  }

  @Test
  void focalPointCannotDecideBeforeEmailVerification() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.unverified("Ana", "Silva");
    Affiliation request = world.request(user, org.organisation(), false);

    assertThatThrownBy(() -> affiliations.approve(decide(request), as(org.ties())))
        .hasFieldOrPropertyWithValue("reason", "affiliation.illegal-transition");
  }

  @Test
  void notificationOfNewRequestGoesOnlyToTiesFocalPoint() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");

    Affiliation request = world.request(user, org.organisation(), false);

    List<Notification> toTies = world.delivered(org.ties(), "affiliation.requested");
    assertThat(toTies).singleElement().satisfies(n -> {
      assertThat(n.parameters()).containsEntry("organisationName", "Swisscom")
          .containsEntry("requesterName", "Ana Silva").containsEntry("affiliationId", request.id().toString());
      assertThat(n.idempotencyKey()).contains(request.id().toString());
    });
    assertThat(world.delivered(org.itu(), "affiliation.requested"))
        .noneMatch(n -> n.parameters().get("affiliationId").equals(request.id().toString()));
  }

  @Test
  void notificationOfNewRequestGoesToItuFocalPointWhenThereIsNoTiesFocalPoint() {
    Staffed org = world.withItuFocalPointOnly("Orange");
    AccountSummary user = world.accounts.active("Ana", "Silva");

    world.request(user, org.organisation(), false);

    assertThat(world.delivered(org.itu(), "affiliation.requested")).hasSize(1);
  }

  @Test
  void itufocalPointCanApproveButGetsNoEmail() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Affiliation request = world.request(user, org.organisation(), false);

    Affiliation approved = affiliations.approve(decide(request), as(org.itu())).value();

    assertThat(approved.state()).isEqualTo(AffiliationState.APPROVED);
    assertThat(approved.decidedAs()).contains(FocalPointRole.ITU);
    assertThat(world.delivered(org.itu(), "affiliation.requested"))
        .noneMatch(n -> n.parameters().get("affiliationId").equals(request.id().toString()));
  }

  @Test
  void approvalNotifiesTheUserInTheirLanguageAndCarriesTheTiesTick() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.frenchUser("Élodie", "Durand");
    Affiliation request = world.request(user, org.organisation(), true);

    affiliations.approve(DecideAffiliation.builder().affiliation(request.id()).reason("Bienvenue").build(),
        as(org.ties()));

    assertThat(world.delivered(user, "affiliation.approved")).singleElement().satisfies(n -> {
      assertThat(n.locale()).isEqualTo(Locale.FRENCH);
      assertThat(n.parameters()).containsEntry("organisationName", "Swisscom").containsEntry("reason", "Bienvenue")
          .containsEntry("requesterName", "Élodie Durand");
    });
    assertThat(world.events(AffiliationEvent.Approved.class)).filteredOn(e -> e.affiliation().equals(request.id()))
        .singleElement().satisfies(e -> {
          assertThat(e.wantsTiesAccess()).isTrue();
          assertThat(e.memberOrganisation()).isTrue();
          assertThat(e.membershipType()).isEqualTo(MembershipType.SECTOR_MEMBER);
          assertThat(e.decidedBy()).isEqualTo(org.ties().id());
        });
  }

  @Test
  void rejectionNotifiesTheUser() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Affiliation request = world.request(user, org.organisation(), false);

    Affiliation rejected = affiliations.reject(decide(request), as(org.ties())).value();

    assertThat(rejected.state()).isEqualTo(AffiliationState.REJECTED);
    assertThat(world.delivered(user, "affiliation.rejected")).hasSize(1);
  }

  @Test
  void focalPointOfAnotherOrganisationCannotDecide() {
    Staffed org = world.staffed("Swisscom");
    Staffed other = world.staffed("Orange");
    Affiliation request = world.request(world.accounts.active("Ana", "Silva"), org.organisation(), false);

    assertThatThrownBy(() -> affiliations.approve(decide(request), as(other.ties())))
        .isInstanceOf(NotAllowed.class);
    assertThat(affiliations.get(request.id(), world.operator).state()).isEqualTo(AffiliationState.PENDING);
  }

  @Test
  void focalPointCannotDecideTheirOwnRequest() {
    Staffed org = world.staffed("Swisscom");
    Organisation second = world.organisation("Swisscom Broadcast", MembershipType.SECTOR_MEMBER, "CH");
    world.appoint(second, FocalPointRole.ITU, org.itu());
    Affiliation own = world.request(org.itu(), second, false);

    assertThatThrownBy(() -> affiliations.approve(decide(own), as(org.itu()))).isInstanceOf(NotAllowed.class);
  }

  @Test
  void nonMemberOrganisationLinksWithoutApprovalAndGivesNoMemberRights() {
    Organisation club = world.organisation("Radio Club", MembershipType.NOT_A_MEMBER, "CH");
    AccountSummary user = world.accounts.active("Ana", "Silva");

    Affiliation link = world.request(user, club, false);

    assertThat(link.state()).isEqualTo(AffiliationState.LINKED);
    assertThat(link.memberRights()).isFalse();
    assertThat(affiliations.mayRepresent(user.id(), club.id(), as(user))).isFalse();
    assertThat(world.events(AffiliationEvent.Linked.class)).hasSize(1);
  }

  @Test
  void atMostOnePendingRequestPerAccount() {
    Staffed a = world.staffed("Swisscom");
    Staffed b = world.staffed("Orange");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    world.request(user, a.organisation(), false);

    assertThatThrownBy(() -> world.request(user, b.organisation(), false))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", "affiliation.request-already-open");
  }

  @Test
  void newerApprovedAffiliationEndsThePreviousOne() {
    Staffed a = world.staffed("Swisscom");
    Staffed b = world.staffed("Orange");
    AccountSummary user = world.member(a, "Ana", "Silva");
    Affiliation first = affiliations.approvedAffiliationOf(user.id()).orElseThrow();

    Affiliation second = world.request(user, b.organisation(), false);
    affiliations.approve(decide(second), as(b.ties()));

    assertThat(affiliations.get(first.id(), world.operator).state()).isEqualTo(AffiliationState.REPLACED);
    assertThat(affiliations.mayRepresent(user.id(), b.organisation().id(), as(user))).isTrue();
    assertThat(affiliations.mayRepresent(user.id(), a.organisation().id(), as(user))).isFalse();
    assertThat(world.events(AffiliationEvent.Ended.class)).filteredOn(e -> e.affiliation().equals(first.id()))
        .singleElement().satisfies(e -> {
          assertThat(e.cause()).isEqualTo(EndCause.REPLACED);
          assertThat(e.replacedBy()).contains(second.id());
          assertThat(e.hadMemberRights()).isTrue();
        });
  }

  @Test
  void userCanCancelPendingRequest() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Affiliation request = world.request(user, org.organisation(), false);

    Affiliation cancelled = affiliations.withdraw(WithdrawRequest.builder().affiliation(request.id()).build(),
        as(user)).value();

    assertThat(cancelled.state()).isEqualTo(AffiliationState.CANCELLED);
    assertThat(world.request(user, org.organisation(), false).state()).isEqualTo(AffiliationState.PENDING);
  }

  @Test
  void focalPointRemovesAffiliationAndTheUserIsNotified() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.member(org, "Ana", "Silva");
    Affiliation approved = affiliations.approvedAffiliationOf(user.id()).orElseThrow();

    affiliations.remove(RemoveAffiliation.builder().affiliation(approved.id()).reason("left the company").build(),
        as(org.itu()));

    assertThat(affiliations.approvedAffiliationOf(user.id())).isEmpty();
    assertThat(world.delivered(user, "affiliation.removed")).singleElement()
        .satisfies(n -> assertThat(n.parameters()).containsEntry("organisationName", "Swisscom"));
    assertThat(world.events(AffiliationEvent.Ended.class)).filteredOn(e -> e.affiliation().equals(approved.id()))
        .extracting(AffiliationEvent.Ended::cause).containsExactly(EndCause.REMOVED_BY_FOCAL_POINT);
  }

  @Test
  void userCanLeave() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.member(org, "Ana", "Silva");
    Affiliation approved = affiliations.approvedAffiliationOf(user.id()).orElseThrow();

    Affiliation left = affiliations.leave(LeaveOrganisation.builder().affiliation(approved.id()).build(), as(user))
        .value();

    assertThat(left.state()).isEqualTo(AffiliationState.LEFT);
    assertThat(world.events(AffiliationEvent.Ended.class)).filteredOn(e -> e.affiliation().equals(approved.id()))
        .extracting(AffiliationEvent.Ended::cause).containsExactly(EndCause.LEFT);
  }

  @Test
  void sittingTiesFocalPointCannotLeaveOrBeRemovedByAFocalPoint() {
    Staffed org = world.staffed("Swisscom");
    Affiliation seat = affiliations.approvedAffiliationOf(org.ties().id()).orElseThrow();

    assertThatThrownBy(() -> affiliations.leave(LeaveOrganisation.builder().affiliation(seat.id()).build(),
        as(org.ties()))).isInstanceOf(PreconditionFailed.class)
        .hasFieldOrPropertyWithValue("reason", "affiliation.ties-focal-point-must-hand-over");
    assertThatThrownBy(() -> affiliations.remove(RemoveAffiliation.builder().affiliation(seat.id()).build(),
        as(org.itu()))).isInstanceOf(PreconditionFailed.class);
    assertThat(affiliations.approvedAffiliationOf(org.ties().id())).isPresent();
  }

  @Test
  void sittingTiesFocalPointCannotBeReplacedByAnotherAffiliation() {
    Staffed org = world.staffed("Swisscom");
    Staffed other = world.staffed("Orange");

    assertThatThrownBy(() -> world.request(org.ties(), other.organisation(), false))
        .isInstanceOf(PreconditionFailed.class)
        .hasFieldOrPropertyWithValue("reason", "affiliation.ties-focal-point-must-hand-over");
  }

  @Test
  void operatorRemovingTheTiesFocalPointsAffiliationAlsoClearsTheRole() {
    Staffed org = world.staffed("Swisscom");
    Affiliation seat = affiliations.approvedAffiliationOf(org.ties().id()).orElseThrow();

    affiliations.remove(RemoveAffiliation.builder().affiliation(seat.id()).build(), world.operator);

    assertThat(world.module.focalPoints().seatsOf(org.organisation().id()).ties()).isEmpty();
    assertThat(world.events(FocalPointEvent.Changed.class)).last().satisfies(e -> {
      assertThat(e.previous()).contains(org.ties().id());
      assertThat(e.current()).isEmpty();
    });
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Affiliation request = world.request(user, org.organisation(), false);
    assertThatThrownBy(() -> affiliations.approve(decide(request), as(org.ties()))).isInstanceOf(NotAllowed.class);
  }

  @Test
  void closingAnAccountEndsItsAffiliation() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.member(org, "Ana", "Silva");
    Affiliation approved = affiliations.approvedAffiliationOf(user.id()).orElseThrow();

    world.accounts.close(user.id());

    assertThat(affiliations.get(approved.id(), world.operator).state()).isEqualTo(AffiliationState.REMOVED);
    assertThat(affiliations.mayRepresent(user.id(), org.organisation().id(), world.operator)).isFalse();
    assertThat(world.events(AffiliationEvent.Ended.class)).filteredOn(e -> e.affiliation().equals(approved.id()))
        .extracting(AffiliationEvent.Ended::cause).containsExactly(EndCause.ACCOUNT_CLOSED);
  }

  @Test
  void closingAnAccountCancelsItsWaitingRequest() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Affiliation pending = world.request(user, org.organisation(), false);

    world.accounts.close(user.id());

    assertThat(affiliations.get(pending.id(), world.operator).state()).isEqualTo(AffiliationState.CANCELLED);
    assertThat(world.events(AffiliationEvent.Cancelled.class)).extracting(AffiliationEvent.Cancelled::affiliation)
        .containsExactly(pending.id());
  }

  @Test
  void closingTheAccountOfAFocalPointVacatesEverySeatItHeld() {
    Staffed org = world.staffed("Swisscom");
    world.appoint(org.organisation(), FocalPointRole.ITU, org.ties());

    world.accounts.close(org.ties().id());

    assertThat(world.module.focalPoints().seatsOf(org.organisation().id()).ties()).isEmpty();
    assertThat(world.module.focalPoints().seatsOf(org.organisation().id()).itu()).isEmpty();
    assertThat(world.events(FocalPointEvent.Changed.class)).filteredOn(e -> e.current().isEmpty())
        .extracting(FocalPointEvent.Changed::seat).containsExactlyInAnyOrder(FocalPointRole.ITU, FocalPointRole.TIES);
    assertThat(affiliations.approvedAffiliationOf(org.ties().id())).isEmpty();
  }

  @Test
  void formerFocalPointCannotDecideOnceTheHandOverCommits() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary successor = world.member(org, "Sam", "Successor");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Affiliation request = world.request(user, org.organisation(), false);

    world.confirmedHandOver().handOver(HandOverTiesFocalPoint.builder().organisation(org.organisation().id())
        .successor(successor.id()).build(), as(org.ties()));

    assertThatThrownBy(() -> affiliations.approve(decide(request), as(org.ties()))).isInstanceOf(NotAllowed.class);
    assertThat(affiliations.approve(decide(request), as(successor)).value().state())
        .isEqualTo(AffiliationState.APPROVED);
  }

  @Test
  void handOverJoinsTheCallersTransaction() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary successor = world.member(org, "Sam", "Successor");

    assertThatThrownBy(() -> world.host.command(() -> {
      world.confirmedHandOver().handOver(HandOverTiesFocalPoint.builder().organisation(org.organisation().id())
          .successor(successor.id()).build(), as(org.ties()));
      throw new PreconditionFailed("ties.no-ties-access", "the caller's own rule fails after the hand-over");
    })).isInstanceOf(PreconditionFailed.class);

    assertThat(world.module.focalPoints().seatsOf(org.organisation().id()).ties()).contains(org.ties().id());
  }

  @Test
  void mayRepresentOnlyWithApprovedAffiliation() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary member = world.member(org, "Ana", "Silva");
    AccountSummary pending = world.accounts.active("Bo", "Pending");
    world.request(pending, org.organisation(), false);

    assertThat(affiliations.mayRepresent(member.id(), org.organisation().id(), Actor.system("events"))).isTrue();
    assertThat(affiliations.mayRepresent(pending.id(), org.organisation().id(), Actor.system("events"))).isFalse();
    assertThatThrownBy(() -> affiliations.mayRepresent(member.id(), org.organisation().id(), Actor.anonymous()))
        .isInstanceOf(NotAllowed.class);
  }

  @Test
  void suspendedAccountCannotRequest() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    world.accounts.setStatus(user.id(), AccountStatus.SUSPENDED);

    assertThatThrownBy(() -> world.request(user, org.organisation(), false))
        .hasFieldOrPropertyWithValue("reason", "affiliation.account-not-usable");
  }

  @Test
  void nullFieldsFailValidationInTheCallersLanguage() {
    AccountSummary user = world.frenchUser("Élodie", "Durand");

    assertThatThrownBy(() -> affiliations.request(RequestAffiliation.builder().account(user.id()).build(),
        as(user)))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> {
              assertThat(v.code()).isEqualTo("affiliation.organisation.required");
              assertThat(v.path()).isEqualTo("organisation");
              assertThat(v.message()).isEqualTo("Choisissez une organisation.");
            }));
    assertThatThrownBy(() -> affiliations.approve(DecideAffiliation.builder().affiliation(AffiliationId.random())
        .reason("x".repeat(501)).build(), as(user)))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
            .extracting(v -> v.code()).contains("affiliation.reason.too-long"));
  }

  @Test
  void eventsAndNotificationsCarryNoPersonalDataInClear() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.member(org, "Ana", "Silva");

    assertThat(world.events()).allSatisfy(e -> assertThat(e.toString())
        .doesNotContain(user.email().display()).doesNotContain("Silva"));
    assertThat(world.delivered()).allSatisfy(n -> assertThat(n.toString()).doesNotContain(user.email().display()));
    assertThat(affiliations.approvedAffiliationOf(user.id()).orElseThrow().toString()).doesNotContain("Silva");
  }

  @Test
  void everyStateChangeLeavesAnAuditTrail() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.unverified("Ana", "Silva");
    Affiliation request = world.request(user, org.organisation(), false);
    world.accounts.verify(user.id());
    affiliations.approve(decide(request), as(org.ties()));

    assertThat(world.kernel.eventLog().trail("affiliation:" + request.id()))
        .extracting(DomainEvent::type)
        .containsExactly("AffiliationRequested", "AffiliationSubmitted", "AffiliationApproved");
  }

  @Test
  void rejectedCommandChangesNothing() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Affiliation request = world.request(user, org.organisation(), false);
    int events = world.events().size();
    int mails = world.kernel.outbox().entries().size();

    assertThatThrownBy(() -> affiliations.approve(decide(request), as(user))).isInstanceOf(NotAllowed.class);

    assertThat(world.events()).hasSize(events);
    assertThat(world.kernel.outbox().entries()).hasSize(mails);
    assertThat(affiliations.get(request.id(), as(user))).isEqualTo(request);
  }

  @Test
  void mailServerOutageDelaysTheDecisionEmailWithoutLosingOrDuplicatingIt() {
    Staffed org = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Affiliation request = world.request(user, org.organisation(), false);
    world.notifier.failAll();

    affiliations.approve(decide(request), as(org.ties()));
    world.relay.deliverDue();

    assertThat(affiliations.get(request.id(), as(user)).state()).isEqualTo(AffiliationState.APPROVED);
    assertThat(world.notifier.sentTo(user.email())).isEmpty();
    world.notifier.recover();
    world.clock.advance(java.time.Duration.ofMinutes(5));
    assertThat(world.delivered(user, "affiliation.approved")).hasSize(1);
    world.clock.advance(java.time.Duration.ofMinutes(5));
    assertThat(world.delivered(user, "affiliation.approved")).hasSize(1);
  }

  @Test
  void logsCarryIdsButNoNamesOrAddresses() {
    ch.qos.logback.classic.Logger logger =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.memberportal.affiliation");
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender =
        new ch.qos.logback.core.read.ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    ch.qos.logback.classic.Level level = logger.getLevel();
    logger.setLevel(ch.qos.logback.classic.Level.INFO);
    try {
      Staffed org = world.staffed("Swisscom");
      AccountSummary user = world.member(org, "Ana", "Silva");
      Affiliation approved = affiliations.approvedAffiliationOf(user.id()).orElseThrow();
      affiliations.remove(RemoveAffiliation.builder().affiliation(approved.id()).reason("Ana Silva left").build(),
          as(org.itu()));

      assertThat(appender.list).isNotEmpty().allSatisfy(e -> assertThat(e.getFormattedMessage())
          .doesNotContain("Silva").doesNotContain(user.email().display()).doesNotContain("Swisscom"));
      assertThat(appender.list).anySatisfy(e -> assertThat(e.getFormattedMessage()).contains(approved.id().toString()));
    } finally {
      logger.detachAppender(appender);
      logger.setLevel(level);
    }
  }
}
