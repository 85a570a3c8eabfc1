/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.memberportal.affiliation.testkit.AffiliationWorld.as;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.organisation.EnterOrganisation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.ReviewOrganisation;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.affiliation.roster.RosterEntry;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;

/**
 * F2 and F3: when the operator merges a user-entered organisation into a member organisation, the links to it
 * become requests that the member's focal points decide (and are told of, TIES focal point first), with no step
 * by the user; affiliation to a member organisation always needs their approval.
 */
class MergeIntoMemberTests {

  private final AffiliationWorld world = AffiliationWorld.create(
      new ReminderPolicy(Duration.ofDays(3), Duration.ofDays(7)));
  private final Affiliations affiliations = world.module.affiliations();

  /** The user enters an organisation the directory lacks and links to it. */
  private Organisation entered(AccountSummary user, String name) {
    return world.module.organisations().enter(EnterOrganisation.builder().name(name).country("CH").build(),
        as(user)).value();
  }

  private void merge(Organisation entered, Organisation into) {
    world.module.organisations().merge(ReviewOrganisation.builder().organisation(entered.id())
        .mergeInto(into.id()).build(), world.operator);
  }

  /** The user links to an organisation they entered, which the operator then merges into a member. */
  private Affiliation linkMergedInto(Staffed member, AccountSummary user, boolean wantsTies) {
    Organisation typo = entered(user, member.organisation().name() + " (typo)");
    Affiliation link = world.request(user, typo, wantsTies);
    merge(typo, member.organisation());
    return link;
  }

  private RosterQuery pending(Staffed org) {
    return RosterQuery.builder().organisation(org.organisation().id()).pendingOnly(true).build();
  }

  @Test
  void aLinkMergedIntoAMemberBecomesARequestItsTiesFocalPointIsToldOfAndDecides() {
    Staffed swisscom = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");

    Affiliation link = linkMergedInto(swisscom, user, true);

    Affiliation request = affiliations.get(link.id(), as(user));
    assertThat(request.state()).isEqualTo(AffiliationState.PENDING);
    assertThat(request.organisation()).isEqualTo(swisscom.organisation().id());
    assertThat(request.membershipType()).isEqualTo(MembershipType.SECTOR_MEMBER);
    assertThat(request.wantsTiesAccess()).isTrue();
    assertThat(request.memberRights()).isFalse();
    assertThat(affiliations.mayRepresent(user.id(), swisscom.organisation().id(), as(user))).isFalse();
    assertThat(world.module.manageMyUsers().list(pending(swisscom), as(swisscom.ties())).items())
        .extracting(RosterEntry::affiliation).containsExactly(link.id());
    assertThat(world.delivered(swisscom.ties(), "affiliation.requested")).singleElement()
        .satisfies(n -> assertThat(n.parameters()).containsEntry("affiliationId", link.id().toString()));
    assertThat(world.delivered(swisscom.itu(), "affiliation.requested"))
        .noneMatch(n -> n.parameters().get("affiliationId").equals(link.id().toString()));
    assertThat(world.events(AffiliationEvent.Submitted.class)).filteredOn(e -> e.affiliation().equals(link.id()))
        .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo(world.operator));

    affiliations.approve(DecideAffiliation.builder().affiliation(link.id()).build(), as(swisscom.ties()));

    assertThat(affiliations.mayRepresent(user.id(), swisscom.organisation().id(), as(user))).isTrue();
  }

  @Test
  void withNoTiesFocalPointTheItuFocalPointIsToldAndRemindedOfTheMergedRequest() {
    Staffed orange = world.withItuFocalPointOnly("Orange");
    AccountSummary user = world.accounts.active("Bo", "Chen");

    Affiliation link = linkMergedInto(orange, user, false);
    world.clock.advance(Duration.ofDays(4));
    world.module.reminders().tick(world.operator);

    assertThat(world.delivered(orange.itu(), "affiliation.requested")).hasSize(1);
    assertThat(world.delivered(orange.itu(), "affiliation.reminder")).singleElement()
        .satisfies(n -> assertThat(n.parameters()).containsEntry("affiliationId", link.id().toString()));
  }

  @Test
  void theMergedLinkOfAnUnverifiedAccountWaitsForItsVerification() {
    Staffed swisscom = world.staffed("Swisscom");
    AccountSummary user = world.accounts.unverified("Cy", "Waiting");

    Affiliation link = linkMergedInto(swisscom, user, false);

    assertThat(affiliations.get(link.id(), as(user)).state()).isEqualTo(AffiliationState.REQUESTED);
    assertThat(world.delivered(swisscom.ties(), "affiliation.requested")).isEmpty();

    world.accounts.verify(user.id());

    assertThat(affiliations.get(link.id(), as(user)).state()).isEqualTo(AffiliationState.PENDING);
    assertThat(world.delivered(swisscom.ties(), "affiliation.requested")).hasSize(1);
  }

  @Test
  void anAccountWithAnOpenRequestKeepsTheLinkAndMayAskTheMemberForApprovalItself() {
    Staffed swisscom = world.staffed("Swisscom");
    Staffed orange = world.staffed("Orange");
    AccountSummary user = world.accounts.active("Dan", "Busy");
    Organisation typo = entered(user, "Swiss-com");
    Affiliation link = world.request(user, typo, false);
    Affiliation elsewhere = world.request(user, orange.organisation(), false);

    merge(typo, swisscom.organisation());

    assertThat(affiliations.get(link.id(), as(user)).state()).isEqualTo(AffiliationState.LINKED);
    assertThat(affiliations.get(elsewhere.id(), as(user)).state()).isEqualTo(AffiliationState.PENDING);

    affiliations.withdraw(WithdrawRequest.builder().affiliation(elsewhere.id()).build(), as(user));
    Affiliation asked = world.request(user, swisscom.organisation(), false);
    affiliations.approve(DecideAffiliation.builder().affiliation(asked.id()).build(), as(swisscom.ties()));

    assertThat(affiliations.get(link.id(), as(user)).state()).isEqualTo(AffiliationState.REPLACED);
    assertThat(affiliations.mayRepresent(user.id(), swisscom.organisation().id(), as(user))).isTrue();
  }

  @Test
  void aLinkMergedIntoANonMemberStaysALink() {
    Organisation club = world.organisation("Chess Club", MembershipType.NOT_A_MEMBER, "CH");
    AccountSummary user = world.accounts.active("Eve", "Player");
    Organisation typo = entered(user, "Chess-Club");
    Affiliation link = world.request(user, typo, false);

    merge(typo, club);

    Affiliation moved = affiliations.get(link.id(), as(user));
    assertThat(moved.state()).isEqualTo(AffiliationState.LINKED);
    assertThat(moved.organisation()).isEqualTo(club.id());
  }
}
