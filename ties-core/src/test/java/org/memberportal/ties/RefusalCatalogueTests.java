/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.kernel.testkit.RefusalCatalogue;

/** X11: every reason the TIES module can raise has an English and a French sentence in the catalogue. */
class RefusalCatalogueTests {

  @Test
  void everyReasonTheModuleCanRaiseHasAnEnglishAndAFrenchSentence() {
    RefusalCatalogue catalogue = RefusalCatalogue.of(TiesModule.class, AffiliationModule.class);

    assertThat(catalogue.reasons()).containsKey("ties.no-approved-affiliation");
    assertThat(catalogue.unresolved()).isEmpty();
    assertThat(catalogue.missingSentences()).isEmpty();
  }

  @Test
  void noReasonIsALiteralOutsideTheCatalogue() {
    RefusalCatalogue catalogue = RefusalCatalogue.of(TiesModule.class, AffiliationModule.class);

    assertThat(catalogue.literalsOutside(Path.of("src/main/java"), "TiesRefusals.java")).isEmpty();
  }
}
