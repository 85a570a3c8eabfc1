/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.memberportal.careers.privacy.Json;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.testkit.JsonReader;
import org.memberportal.careers.testkit.ProfileArbitraries;

/** The profile codec: every valid profile survives it exactly, and a damaged document is refused, never half read. */
class ProfileDocumentProperties {

  /** Profiles from empty to complete, at any version, with instants to the nanosecond. */
  @Provide
  Arbitrary<Profile> profiles() {
    Arbitrary<Instant> instants = Arbitraries.longs().between(0, 4_102_444_800L)
        .flatMap(s -> Arbitraries.integers().between(0, 999_999_999).map(n -> Instant.ofEpochSecond(s, n)));
    return Combinators.combine(Arbitraries.oneOf(ProfileArbitraries.profiles(), ProfileArbitraries.completeProfiles()),
            Arbitraries.longs().between(0, Long.MAX_VALUE), instants, instants)
        .as((p, version, created, active) -> Profile.builder().candidate(p.candidate()).version(version)
            .createdAt(created).lastActivity(active).personalInformation(p.personalInformation())
            .address(p.address()).contractInformation(p.contractInformation())
            .noRelativesDeclared(p.noRelativesDeclared()).addAllEntries(p.entries()).build());
  }

  @Property(tries = 100)
  void everyProfileSurvivesEncodingExactly(@ForAll("profiles") Profile profile) {
    String document = ProfileDocument.encode(profile);

    Profile back = ProfileDocument.decode(ProfileDocument.FORMAT, document);
    assertThat(back).isEqualTo(profile);
    assertThat(back.entries()).containsExactlyElementsOf(profile.entries());
    assertThat(back.complete()).isEqualTo(profile.complete());
  }

  @Property(tries = 100)
  void theDocumentIsJsonThatAnyReaderAccepts(@ForAll("profiles") Profile profile) {
    assertThat(JsonReader.parse(ProfileDocument.encode(profile))).isNotNull();
  }

  /** Format profile/1 is stored: the text is what the hand-written writer of 0.1.0 ({@code privacy.Json}) gave. */
  @Property(tries = 100)
  void theDocumentIsTheTextThatTheWriterOf010Gave(@ForAll("profiles") Profile profile) {
    String document = ProfileDocument.encode(profile);

    assertThat(Json.render(JsonReader.parse(document))).isEqualTo(document);
  }

  @Property(tries = 100)
  void aTruncatedDocumentIsRefused(@ForAll("profiles") Profile profile, @ForAll @IntRange(max = 1000) int cut) {
    String document = ProfileDocument.encode(profile);
    String damaged = document.substring(0, cut % document.length());

    assertThatThrownBy(() -> ProfileDocument.decode(ProfileDocument.FORMAT, damaged))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 20)
  void anUnknownFormatIsRefusedRatherThanGuessed(@ForAll("profiles") Profile profile) {
    assertThatThrownBy(() -> ProfileDocument.decode("profile/2", ProfileDocument.encode(profile)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("profile/2");
  }
}
