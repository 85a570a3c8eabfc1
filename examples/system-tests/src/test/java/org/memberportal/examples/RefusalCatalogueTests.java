/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.careers.CareersModule;
import org.memberportal.examples.Repository;
import org.memberportal.kernel.testkit.RefusalCatalogue;
import org.memberportal.postgres.PostgresApplications;
import org.memberportal.ties.TiesModule;

/**
 * X11: every reason the reference adapters (PostgreSQL stores, SMTP, journey) can raise has an English and a
 * French sentence in the catalogue.
 */
class RefusalCatalogueTests {

  private static final RefusalCatalogue CATALOGUE = RefusalCatalogue.of(PostgresApplications.class,
      AffiliationModule.class, TiesModule.class, CareersModule.class);

  @Test
  void everyReasonTheAdaptersCanRaiseHasAnEnglishAndAFrenchSentence() {
    RefusalCatalogue catalogue = CATALOGUE;

    assertThat(catalogue.reasons()).containsKey("application.already-applied");
    assertThat(catalogue.unresolved()).isEmpty();
    assertThat(catalogue.missingSentences()).isEmpty();
  }

  @Test
  void theAdaptersNameTheModulesCataloguesAndSpellNoReason() {
    for (String module : List.of("postgres", "mail", "demo", "benchmarks")) {
      Path sources = Repository.root().resolve("examples").resolve(module).resolve("src/main/java");
      assertThat(sources).isDirectory();
      assertThat(CATALOGUE.literalsOutside(sources)).as(module).isEmpty();
    }
  }
}
