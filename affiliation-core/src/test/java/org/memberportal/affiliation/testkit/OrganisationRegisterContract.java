/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.organisation.DirectoryQuery;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.NameKey;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.OrganisationStatus;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.Transactions;

/**
 * Contract of {@link OrganisationRegister}: versioned saves, directory search (verified only, case and accents
 * ignored, filters, order, paging) and rollback. Extend it with a fresh, empty register per test.
 */
public abstract class OrganisationRegisterContract {

  /**
   * The register under test, empty.
   *
   * @return the implementation
   */
  protected abstract OrganisationRegister register();

  /**
   * The transactions the register writes in.
   *
   * @return the transactions
   */
  protected abstract Transactions transactions();

  /**
   * A verified organisation, not yet saved.
   *
   * @param name its name
   * @param type its type
   * @param country its country
   * @return it
   */
  protected static Organisation organisation(String name, MembershipType type, String country) {
    return Organisation.builder().id(OrganisationId.random()).name(name).membershipType(type).country(country)
        .status(OrganisationStatus.VERIFIED).build();
  }

  private Organisation save(Organisation o) {
    return transactions().inTransaction(() -> register().add(o));
  }

  private Organisation update(Organisation o) {
    return transactions().inTransaction(() -> register().update(o));
  }

  @Test
  void addedOrganisationIsFoundAtVersionOne() {
    Organisation saved = save(organisation("Swisscom", MembershipType.SECTOR_MEMBER, "CH"));

    assertThat(saved.version()).isEqualTo(1);
    assertThat(register().find(saved.id())).contains(saved);
  }

  @Test
  void updateIsStoredAtTheNextVersion() {
    Organisation saved = save(organisation("Swisscom", MembershipType.SECTOR_MEMBER, "CH"));
    Organisation updated = update(saved.withStatus(OrganisationStatus.UNVERIFIED));

    assertThat(updated.version()).isEqualTo(2);
    assertThat(register().find(saved.id())).contains(updated);
  }

  @Test
  void staleUpdateIsAConflictAndChangesNothing() {
    Organisation saved = save(organisation("Swisscom", MembershipType.SECTOR_MEMBER, "CH"));
    update(saved.withStatus(OrganisationStatus.VERIFIED));

    assertThatThrownBy(() -> update(saved.withStatus(OrganisationStatus.REJECTED)))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", KernelRefusals.STALE_VERSION);
    assertThat(register().find(saved.id()).orElseThrow().status()).isEqualTo(OrganisationStatus.VERIFIED);
  }

  @Test
  void addingATakenIdIsAConflictAndChangesNothing() {
    Organisation saved = save(organisation("Swisscom", MembershipType.SECTOR_MEMBER, "CH"));
    Organisation other = Organisation.builder().id(saved.id()).name("Orange")
        .membershipType(MembershipType.SECTOR_MEMBER).country("FR").status(OrganisationStatus.VERIFIED).build();

    assertThatThrownBy(() -> save(other))
        .isInstanceOf(Conflict.class).hasFieldOrPropertyWithValue("reason", KernelRefusals.STALE_VERSION);
    assertThat(register().find(saved.id())).contains(saved);
  }

  @Test
  void searchIgnoresCaseAndAccentsAndSortsByName() {
    save(organisation("Université de Genève", MembershipType.ACADEMIA, "CH"));
    save(organisation("ETH Zürich", MembershipType.ACADEMIA, "CH"));
    save(organisation("Orange", MembershipType.SECTOR_MEMBER, "FR"));

    assertThat(register().search(DirectoryQuery.builder().name("GENEVE").build()).items())
        .extracting(Organisation::name).containsExactly("Université de Genève");
    assertThat(register().search(DirectoryQuery.builder().name("zur").build()).items())
        .extracting(Organisation::name).containsExactly("ETH Zürich");
    assertThat(register().search(DirectoryQuery.builder().build()).items())
        .extracting(Organisation::name).containsExactly("ETH Zürich", "Orange", "Université de Genève");
  }

  @Test
  void searchFiltersByMembershipTypeThenCountryAndPages() {
    save(organisation("A1", MembershipType.SECTOR_MEMBER, "CH"));
    save(organisation("A2", MembershipType.SECTOR_MEMBER, "CH"));
    save(organisation("A3", MembershipType.SECTOR_MEMBER, "CH"));
    save(organisation("B1", MembershipType.SECTOR_MEMBER, "FR"));
    save(organisation("C1", MembershipType.ACADEMIA, "CH"));

    var page = register().search(DirectoryQuery.builder().membershipType(MembershipType.SECTOR_MEMBER)
        .country("CH").page(1).size(2).build());
    assertThat(page.items()).extracting(Organisation::name).containsExactly("A3");
    assertThat(page.total()).isEqualTo(3);
    assertThat(register().countries(Optional.of(MembershipType.SECTOR_MEMBER))).containsExactly("CH", "FR");
    assertThat(register().membershipTypes()).containsExactlyInAnyOrder(MembershipType.SECTOR_MEMBER,
        MembershipType.ACADEMIA);
  }

  @Test
  void unverifiedOrganisationsAreNotInTheDirectory() {
    Organisation entered = save(organisation("Garage Telecom", MembershipType.NOT_A_MEMBER, "CH")
        .withStatus(OrganisationStatus.UNVERIFIED));

    assertThat(register().search(DirectoryQuery.builder().build()).items()).isEmpty();
    assertThat(register().inStatus(OrganisationStatus.UNVERIFIED)).extracting(Organisation::id)
        .containsExactly(entered.id());
  }

  @Test
  void verifiedOrganisationIsFoundByFoldedNameAndCountry() {
    Organisation saved = save(organisation("Université de Genève", MembershipType.ACADEMIA, "CH"));

    assertThat(register().findByName(NameKey.of("universite de geneve"), "CH")).contains(saved);
    assertThat(register().findByName(NameKey.of("universite de geneve"), "FR")).isEmpty();
  }

  @Test
  void rolledBackAddLeavesNothing() {
    Organisation o = organisation("Ghost", MembershipType.ACADEMIA, "CH");
    assertThatThrownBy(() -> transactions().inTransaction(() -> {
      register().add(o);
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(register().find(o.id())).isEmpty();
    assertThat(register().search(DirectoryQuery.builder().build()).items()).isEmpty();
  }
}
