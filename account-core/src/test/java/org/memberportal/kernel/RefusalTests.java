/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** X11: a refusal carries what it found, machine-readable, and says it in the caller's language. */
class RefusalTests {

  @Test
  void aPreconditionRefusalCarriesItsDetailsAndNamesThemInTheCallersLanguage() {
    List<String> parts = new ArrayList<>(List.of("left", "right"));
    PreconditionFailed refusal = new PreconditionFailed("kernel.sample.missing", "two parts are missing",
        Map.of("kernel.sample.part", parts));
    parts.clear();

    assertThat(refusal.details()).containsExactly(Map.entry("kernel.sample.part", List.of("left", "right")));
    assertThatThrownBy(() -> refusal.details().put("x", List.of())).isInstanceOf(UnsupportedOperationException.class);
    assertThat(refusal.message(Locale.ENGLISH)).isEqualTo("Missing: the left part, right.");
    assertThat(refusal.message(Locale.forLanguageTag("fr-CH"))).isEqualTo("Il manque : la partie gauche, right.");
    assertThat(refusal.getMessage()).isEqualTo("two parts are missing");
  }

  @Test
  void aRefusalWithoutDetailsHasNoneAndItsSentenceComesFromTheCatalogue() {
    Unavailable unavailable = new Unavailable(new IllegalStateException("db down"));

    assertThat(unavailable.details()).isEmpty();
    assertThat(unavailable.message(Locale.ENGLISH)).startsWith("The service is temporarily unavailable.");
    assertThat(unavailable.message(Locale.FRENCH)).startsWith("Le service est momentanément indisponible.");
    assertThat(new NotFound("kernel.no-such-reason", "log").message(Locale.ENGLISH)).isEqualTo("kernel.no-such-reason");
  }
}
