/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.careers.CareersModule;
import org.memberportal.examples.postgres.PostgresApplications;
import org.memberportal.kernel.testkit.RefusalCatalogue;
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
    assertThat(CATALOGUE.literalsOutside(Path.of("src/main/java"))).isEmpty();
  }
}
