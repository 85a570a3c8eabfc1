/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.affiliation.testkit.AffiliationWorld.as;

import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Page;

class ManageMyUsersTests {

  private final AffiliationWorld world = AffiliationWorld.create();
  private final Staffed org = world.staffed("Swisscom");
  private final Staffed other = world.staffed("Orange");
  private final ManageMyUsers roster = world.module.manageMyUsers();

  private RosterQuery.Builder query() {
    RosterQuery.Builder b = RosterQuery.builder();
    b.organisation(org.organisation().id());
    return b;
  }

  @Test
  void focalPointsSeeAffiliatedUsersAndPendingRequestsOfTheirOrganisationOnly() {
    world.member(org, "Ana", "Silva");
    world.request(world.accounts.active("Bo", "Chen"), org.organisation(), true);
    world.request(world.accounts.unverified("Cy", "Waiting"), org.organisation(), false);
    world.member(other, "Dan", "Elsewhere");

    Page<RosterEntry> page = roster.list(query().build(), as(org.itu()));

    assertThat(page.items()).extracting(RosterEntry::lastName).containsExactly("Chen", "Silva", "Ties-Swisscom");
    assertThat(page.items()).filteredOn(e -> e.lastName().equals("Chen")).singleElement().satisfies(e -> {
      assertThat(e.state()).isEqualTo(AffiliationState.PENDING);
      assertThat(e.wantsTiesAccess()).isTrue();
    });
    assertThat(page.items()).filteredOn(e -> e.lastName().equals("Ties-Swisscom")).singleElement()
        .satisfies(e -> assertThat(e.focalPointRoles()).containsExactly(AffiliationRole.TIES_FOCAL_POINT));
  }

  @Test
  void searchByNameOrEmailIgnoringCaseAndAccents() {
    world.member(org, "Élodie", "Durand");
    AccountSummary bo = world.member(org, "Bo", "Chen");

    assertThat(roster.list(query().text("elodie").build(), as(org.ties())).items())
        .extracting(RosterEntry::firstName).containsExactly("Élodie");
    assertThat(roster.list(query().text(bo.email().display().toUpperCase()).build(), as(org.ties())).items())
        .extracting(RosterEntry::account).containsExactly(bo.id());
  }

  @Test
  void theExactAddressOfAUserWithAccentsFindsThem() {
    AccountSummary noemie = world.accounts.activeWithEmail("Noémie", "Müller", "Noémie.Müller@Exemple-Général.fr");
    approve(noemie);
    world.member(org, "Ana", "Silva");

    for (String typed : new String[] {"Noémie.Müller@Exemple-Général.fr", "noémie.müller@exemple-général.fr",
        "NOEMIE.MULLER@EXEMPLE-GENERAL.FR", "müller@exemple"}) {
      assertThat(roster.list(query().text(typed).build(), as(org.ties())).items()).as(typed)
          .extracting(RosterEntry::account).containsExactly(noemie.id());
    }
  }

  private void approve(AccountSummary user) {
    Affiliation request = world.request(user, org.organisation(), false);
    world.module.affiliations().approve(DecideAffiliation.builder().affiliation(request.id()).build(),
        as(org.ties()));
  }

  @Test
  void sortsAndPages() {
    world.member(org, "Ana", "Alpha");
    world.member(org, "Bo", "Beta");
    world.request(world.accounts.active("Cy", "Gamma"), org.organisation(), false);

    Page<RosterEntry> desc = roster.list(query().sort(RosterSort.NAME).descending(true).size(2).build(),
        as(org.ties()));
    Page<RosterEntry> pendingFirst = roster.list(query().sort(RosterSort.STATE).build(), as(org.ties()));
    Page<RosterEntry> pendingOnly = roster.list(query().pendingOnly(true).build(), as(org.ties()));

    assertThat(desc.items()).extracting(RosterEntry::lastName).containsExactly("Ties-Swisscom", "Gamma");
    assertThat(desc.total()).isEqualTo(4);
    assertThat(pendingFirst.items().get(0).lastName()).isEqualTo("Gamma");
    assertThat(pendingOnly.items()).extracting(RosterEntry::lastName).containsExactly("Gamma");
  }

  @Test
  void nobodyElseSeesAnotherOrganisationsList() {
    AccountSummary member = world.member(org, "Ana", "Silva");

    assertThatThrownBy(() -> roster.list(query().build(), as(other.ties()))).isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> roster.list(query().build(), as(member))).isInstanceOf(NotAllowed.class);
    assertThat(roster.list(query().build(), world.operator).items()).isNotEmpty();
  }

  @Test
  void entryToStringMasksPersonalData() {
    AccountSummary member = world.member(org, "Ana", "Silva");

    assertThat(roster.list(query().text("silva").build(), world.operator).items()).singleElement()
        .satisfies(e -> assertThat(e.toString()).doesNotContain("Silva").doesNotContain(member.email().display()));
  }
}
