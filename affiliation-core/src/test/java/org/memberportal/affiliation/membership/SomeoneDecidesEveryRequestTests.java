/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.affiliation.testkit.AffiliationWorld.as;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotAllowed;

/**
 * F4: nobody decides their own request, yet someone can decide every request: the operator decides (audited) a
 * request that no focal point of the organisation can decide, and only such a request.
 */
class SomeoneDecidesEveryRequestTests {

  private final AffiliationWorld world = AffiliationWorld.create();
  private final Affiliations affiliations = world.module.affiliations();

  private static DecideAffiliation decide(Affiliation a) {
    return DecideAffiliation.builder().affiliation(a.id()).build();
  }

  @Test
  void theOperatorDecidesTheItuFocalPointsOwnRequestWhenThereIsNoTiesFocalPoint() {
    Staffed orange = world.withItuFocalPointOnly("Orange");
    AccountSummary itu = orange.itu();
    Affiliation own = world.request(itu, orange.organisation(), false);

    assertThatThrownBy(() -> affiliations.approve(decide(own), as(itu))).isInstanceOf(NotAllowed.class);
    assertThat(world.delivered(itu, "affiliation.requested")).as("not asked to decide their own request").isEmpty();

    affiliations.approve(decide(own), world.operator);

    Affiliation approved = affiliations.get(own.id(), world.operator);
    assertThat(approved.state()).isEqualTo(AffiliationState.APPROVED);
    assertThat(approved.decidedAt()).isPresent();
    assertThat(approved.decidedBy()).isEmpty();
    assertThat(approved.decidedAs()).isEmpty();
    assertThat(world.events(AffiliationEvent.Approved.class)).filteredOn(e -> e.affiliation().equals(own.id()))
        .singleElement().satisfies(e -> {
          assertThat(e.actor()).isEqualTo(world.operator);
          assertThat(e.decidedBy()).isNull();
          assertThat(e.decidedAs()).isNull();
        });
    assertThat(world.kernel.eventLog().trail("affiliation:" + own.id())).extracting(DomainEvent::actor)
        .contains(world.operator);
    assertThat(world.delivered(itu, "affiliation.approved")).hasSize(1);
    assertThat(affiliations.mayRepresent(itu.id(), orange.organisation().id(), as(itu))).isTrue();
  }

  @Test
  void theOperatorRejectsARequestToAnOrganisationWithoutFocalPoints() {
    Organisation vacant = world.organisation("Vacant Academy", MembershipType.ACADEMIA, "FR");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Affiliation request = world.request(user, vacant, false);

    affiliations.reject(DecideAffiliation.builder().affiliation(request.id()).reason("unknown to us").build(),
        world.operator);

    assertThat(affiliations.get(request.id(), as(user)).state()).isEqualTo(AffiliationState.REJECTED);
    assertThat(world.events(AffiliationEvent.Rejected.class)).singleElement()
        .satisfies(e -> assertThat(e.actor()).isEqualTo(world.operator));
    assertThat(world.delivered(user, "affiliation.rejected")).singleElement()
        .satisfies(n -> assertThat(n.parameters()).containsEntry("reason", "unknown to us"));
  }

  @Test
  void theOperatorIsRefusedWhileAFocalPointOfTheOrganisationCanDecide() {
    Staffed swisscom = world.staffed("Swisscom");
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Affiliation request = world.request(user, swisscom.organisation(), false);
    // the ITU FP's own request: the TIES FP can decide it
    Affiliation itusOwn = world.request(swisscom.itu(), swisscom.organisation(), false);
    int events = world.events().size();

    for (Affiliation a : new Affiliation[] {request, itusOwn}) {
      assertThatThrownBy(() -> affiliations.approve(decide(a), world.operator)).isInstanceOf(NotAllowed.class)
          .hasFieldOrPropertyWithValue("reason", "affiliation.focal-point-decides");
      assertThatThrownBy(() -> affiliations.reject(decide(a), world.operator)).isInstanceOf(NotAllowed.class)
          .hasFieldOrPropertyWithValue("reason", "affiliation.focal-point-decides");
      assertThat(affiliations.get(a.id(), world.operator).state()).isEqualTo(AffiliationState.PENDING);
    }
    assertThat(world.events()).hasSize(events);

    affiliations.approve(decide(itusOwn), as(swisscom.ties()));
    assertThat(affiliations.get(itusOwn.id(), world.operator).decidedBy()).contains(swisscom.ties().id());
  }

  @Test
  void remindersGoOnlyToAFocalPointWhoMayDecide() {
    Staffed orange = world.withItuFocalPointOnly("Orange");
    world.request(orange.itu(), orange.organisation(), false);

    world.clock.advance(Duration.ofDays(30));
    world.module.reminders().tick(world.operator);

    assertThat(world.delivered(orange.itu(), "affiliation.reminder")).isEmpty();
    assertThat(world.delivered(orange.itu(), "affiliation.escalation")).isEmpty();
  }
}
