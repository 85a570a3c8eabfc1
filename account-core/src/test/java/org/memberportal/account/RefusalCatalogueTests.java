/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.testkit.RefusalCatalogue;

/** X11: every reason the kernel and the account module can raise has an English and a French sentence. */
class RefusalCatalogueTests {

  private static final RefusalCatalogue CATALOGUE = RefusalCatalogue.of(UserAccounts.class);

  @Test
  void everyReasonTheKernelAndTheAccountModuleCanRaiseHasAnEnglishAndAFrenchSentence() {
    assertThat(CATALOGUE.unresolved()).isEmpty();
    assertThat(CATALOGUE.missingSentences()).isEmpty();
  }

  @Test
  void theScanFindsReasonsThroughConstantsHelpersAndWorkflowTables() {
    assertThat(CATALOGUE.reasons()).containsKeys("host.unavailable", "account.not-allowed", "account.code-rejected",
        "account.illegal-transition");
  }

  @Test
  void noReasonIsALiteralOutsideTheCatalogue() {
    assertThat(CATALOGUE.literalsOutside(Path.of("src/main/java"), "KernelRefusals.java", "AccountRefusals.java"))
        .isEmpty();
  }
}
