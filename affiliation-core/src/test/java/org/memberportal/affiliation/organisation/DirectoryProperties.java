/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.memberportal.affiliation.testkit.AffiliationArbitraries;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Page;

class DirectoryProperties {

  @Provide
  Arbitrary<String> names() {
    return AffiliationArbitraries.organisationNames();
  }

  @Provide
  Arbitrary<List<RegisterOrganisation>> directories() {
    return AffiliationArbitraries.registrations().list().ofMinSize(1).ofMaxSize(15);
  }

  @Property(tries = 300)
  void nameKeyIgnoresCaseAndAccents(@ForAll("names") String name) {
    String bare = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");

    assertThat(NameKey.of(bare.toUpperCase(Locale.ROOT))).isEqualTo(NameKey.of(name));
    assertThat(NameKey.of(name)).doesNotContainPattern("[A-ZÀ-ÿ]");
  }

  @Property(tries = 40)
  void everyRegisteredOrganisationIsFoundByAnyPartOfItsNameAndItsFilters(
      @ForAll("directories") List<RegisterOrganisation> rows) {
    AffiliationWorld world = AffiliationWorld.create();
    Organisations directory = world.module.organisations();
    List<Organisation> stored = directory.importSeed(rows, world.operator).value();

    for (Organisation o : stored) {
      String part = o.name().substring(o.name().length() / 2).toUpperCase(Locale.ROOT);
      Page<Organisation> page = directory.search(DirectoryQuery.builder().membershipType(o.membershipType())
          .country(o.country()).name(part).size(100).build(), Actor.anonymous());
      assertThat(page.items()).contains(o);
      assertThat(page.items()).allMatch(f -> f.membershipType() == o.membershipType() && f.country().equals(o.country()));
      assertThat(page.items()).isSortedAccordingTo(java.util.Comparator.comparing(Organisation::nameKey)
          .thenComparing(f -> f.id().value()));
    }
  }
}
