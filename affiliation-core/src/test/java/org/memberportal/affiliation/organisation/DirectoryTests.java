/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.memberportal.affiliation.testkit.AffiliationWorld.as;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.EndCause;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.IllegalTransition;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.ValidationFailed;

class DirectoryTests {

  private final AffiliationWorld world = AffiliationWorld.create();
  private final Organisations directory = world.module.organisations();

  private static final String SEED = """
      name,membershipType,country,sectors,website
      Administration fédérale,Member State,CH,,https://admin.ch
      Swisscom,SECTOR_MEMBER,CH,ITU-R;ITU-T,https://swisscom.ch
      "Orange, S.A.",Sector Member,FR,ITU-D,
      Université de Genève,Academia,CH,,
      EPFL,academia,CH,,
      """;

  private List<Organisation> seed() {
    return directory.importSeed(DirectorySeed.parseCsv(new StringReader(SEED), Locale.ENGLISH), world.operator)
        .value();
  }

  @Test
  void searchByNameIgnoresCaseAndAccents() {
    seed();

    Page<Organisation> found = directory.search(DirectoryQuery.builder().name("universite de GENEVE").build(),
        Actor.anonymous());

    assertThat(found.items()).extracting(Organisation::name).containsExactly("Université de Genève");
  }

  @Test
  void filtersFollowTheSignUpFormOrder() {
    seed();

    assertThat(directory.membershipTypes()).containsExactly(MembershipType.MEMBER_STATE,
        MembershipType.SECTOR_MEMBER, MembershipType.ACADEMIA);
    assertThat(directory.countries(Optional.of(MembershipType.SECTOR_MEMBER))).containsExactly("CH", "FR");
    assertThat(directory.search(DirectoryQuery.builder().membershipType(MembershipType.SECTOR_MEMBER).country("FR")
        .build(), Actor.anonymous()).items()).extracting(Organisation::name).containsExactly("Orange, S.A.");
  }

  @Test
  void searchPagesSortedByName() {
    seed();

    Page<Organisation> first = directory.search(DirectoryQuery.builder().size(2).build(), Actor.anonymous());
    Page<Organisation> last = directory.search(DirectoryQuery.builder().size(2).page(2).build(), Actor.anonymous());

    assertThat(first.items()).extracting(Organisation::name).containsExactly("Administration fédérale", "EPFL");
    assertThat(first.total()).isEqualTo(5);
    assertThat(first.hasNext()).isTrue();
    assertThat(last.items()).extracting(Organisation::name).containsExactly("Université de Genève");
    assertThat(last.hasNext()).isFalse();
  }

  @Test
  void directoryAnswersAnOrganisationsMembershipType() {
    Organisation swisscom = seed().get(1);

    assertThat(directory.membershipTypeOf(swisscom.id())).isEqualTo(MembershipType.SECTOR_MEMBER);
    assertThat(swisscom.sectors()).containsExactlyInAnyOrder("ITU-R", "ITU-T");
  }

  @Test
  void seedImportIsIdempotentByNameAndCountry() {
    List<Organisation> first = seed();
    List<Organisation> again = seed();

    assertThat(again).extracting(Organisation::id).containsExactlyElementsOf(first.stream().map(Organisation::id)
        .toList());
    assertThat(directory.search(DirectoryQuery.builder().build(), Actor.anonymous()).total()).isEqualTo(5);
  }

  @Test
  void seedFileWithBadRowsReportsEveryProblemWithItsLine() {
    String bad = "id,name,membershipType,country\n,Good,Academia,CH\n,,Academia,CH\n,X,Pirate,ch\n,Y,Academia,CHE\n"
        + "not-a-uuid,Z,Academia,CH\n";

    assertThatThrownBy(() -> DirectorySeed.parseCsv(new StringReader(bad), Locale.FRENCH))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
            .extracting(v -> v.path() + " " + v.code())
            .contains("line[3].name affiliation.organisation.name.required",
                "line[4].membershipType affiliation.seed.membership-type-unknown",
                "line[5].country affiliation.organisation.country.invalid",
                "line[6].id affiliation.seed.id-malformed"));
    assertThatThrownBy(() -> DirectorySeed.parseCsv(new StringReader("name,country\nA,CH\n"), Locale.ENGLISH))
        .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations()).singleElement()
            .satisfies(v -> assertThat(v.message()).contains("membershipType")));
  }

  @Test
  void userEnteredOrganisationIsUnverifiedAndNotAMember() {
    AccountSummary user = world.accounts.active("Ana", "Silva");

    Organisation entered = directory.enter(EnterOrganisation.builder().name("Garage Telecom").country("CH")
        .declaredMembershipType(MembershipType.SECTOR_MEMBER).build(), as(user)).value();

    assertThat(entered.status()).isEqualTo(OrganisationStatus.UNVERIFIED);
    assertThat(entered.membershipType()).isEqualTo(MembershipType.NOT_A_MEMBER);
    assertThat(entered.enteredBy()).contains(user.id());
    assertThat(directory.search(DirectoryQuery.builder().name("garage").build(), as(user)).items()).isEmpty();
    assertThat(directory.awaitingReview(world.operator)).extracting(Organisation::id).containsExactly(entered.id());
    assertThat(world.request(user, entered, false).state()).isEqualTo(AffiliationState.LINKED);
  }

  @Test
  void operatorApprovesUserEnteredOrganisationAsARecord() {
    Organisation entered = directory.enter(EnterOrganisation.builder().name("Garage Telecom").country("CH").build(),
        as(world.accounts.active("Ana", "Silva"))).value();

    Organisation approved = directory.approve(ReviewOrganisation.builder().organisation(entered.id()).build(),
        world.operator).value();

    assertThat(approved.status()).isEqualTo(OrganisationStatus.VERIFIED);
    assertThat(approved.membershipType()).isEqualTo(MembershipType.NOT_A_MEMBER);
    assertThat(directory.search(DirectoryQuery.builder().name("garage").build(), Actor.anonymous()).items())
        .hasSize(1);
    assertThatThrownBy(() -> directory.approve(ReviewOrganisation.builder().organisation(entered.id()).build(),
        world.operator)).isInstanceOf(IllegalTransition.class);
  }

  @Test
  void mergeMovesTheAffiliationsToTheExistingRecord() {
    Organisation swisscom = seed().get(1);
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Organisation entered = directory.enter(EnterOrganisation.builder().name("Swiss-com").country("CH").build(),
        as(user)).value();
    Affiliation link = world.request(user, entered, false);

    directory.merge(ReviewOrganisation.builder().organisation(entered.id()).mergeInto(swisscom.id()).build(),
        world.operator);

    Affiliation moved = world.module.affiliations().get(link.id(), as(user));
    assertThat(moved.organisation()).isEqualTo(swisscom.id());
    // Swisscom is a member: the link became a request its focal points decide (MergeIntoMemberTests)
    assertThat(moved.state()).isEqualTo(AffiliationState.PENDING);
    assertThat(directory.get(entered.id()).status()).isEqualTo(OrganisationStatus.MERGED);
    assertThat(directory.get(entered.id()).mergedInto()).contains(swisscom.id());
    assertThat(world.events(AffiliationEvent.Moved.class)).singleElement()
        .satisfies(e -> assertThat(e.from()).isEqualTo(entered.id()));
  }

  @Test
  void rejectionEndsTheLinksToTheRecord() {
    AccountSummary user = world.accounts.active("Ana", "Silva");
    Organisation entered = directory.enter(EnterOrganisation.builder().name("Fake Org").country("CH").build(),
        as(user)).value();
    Affiliation link = world.request(user, entered, false);

    directory.reject(ReviewOrganisation.builder().organisation(entered.id()).reason("not an organisation").build(),
        world.operator);

    assertThat(world.module.affiliations().get(link.id(), as(user)).state()).isEqualTo(AffiliationState.REMOVED);
    assertThat(world.events(AffiliationEvent.Ended.class)).singleElement()
        .satisfies(e -> assertThat(e.cause()).isEqualTo(EndCause.ORGANISATION_REJECTED));
    assertThat(world.delivered(user, "affiliation.removed")).hasSize(1);
    assertThatThrownBy(() -> world.request(world.accounts.active("Bo", "Chen"), entered, false))
        .hasFieldOrPropertyWithValue("reason", "affiliation.organisation-closed");
  }

  @Test
  void invalidEntryFailsValidationInFrench() {
    AccountSummary user = world.frenchUser("Élodie", "Durand");

    assertThatThrownBy(() -> directory.enter(EnterOrganisation.builder().name(" ").country("Suisse").build(),
        as(user))).isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
            .extracting(v -> v.code() + ": " + v.message())
            .containsExactly(
                "affiliation.organisation.country.invalid: Choisissez un pays (code ISO de deux lettres majuscules).",
                "affiliation.organisation.name.required: Saisissez le nom de l'organisation."));
  }
}
