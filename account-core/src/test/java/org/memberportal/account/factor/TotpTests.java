/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Secret;

/** RFC 6238 as authenticator apps compute it, checked against the RFC's own vectors. */
class TotpTests {

  private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @Test
  void theCodesAreThoseOfRfc6238AppendixBForSha1() {
    Map<Long, String> vectors = Map.of(59L, "94287082", 1111111109L, "07081804", 1111111111L, "14050471",
        1234567890L, "89005924", 2000000000L, "69279037", 20000000000L, "65353130");
    vectors.forEach((seconds, code) ->
        assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(seconds)), 8)).as("T = %d", seconds)
            .isEqualTo(code));
  }

  @Test
  void sixDigitCodesAreTheLastSixOfTheEightAndZeroPadded() {
    assertThat(Totp.code(RFC_KEY, Totp.step(Instant.ofEpochSecond(1111111109L)), 6)).isEqualTo("081804");
    assertThat(Totp.codeAt(Secret.of(Totp.encode(RFC_KEY)), Instant.ofEpochSecond(59)).reveal())
        .isEqualTo("287082");
  }

  @Test
  void keysAreBase32AsRfc4648WritesItWithoutPadding() {
    Map<String, String> vectors = Map.of("", "", "f", "MY", "fo", "MZXQ", "foo", "MZXW6", "foob", "MZXW6YQ",
        "fooba", "MZXW6YTB", "foobar", "MZXW6YTBOI");
    vectors.forEach((text, base32) -> {
      assertThat(Totp.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(base32);
      assertThat(new String(Totp.decode(base32.toLowerCase(java.util.Locale.ROOT) + "="),
          StandardCharsets.US_ASCII)).isEqualTo(text);
    });
  }

  @Test
  void aCodeMatchesWithinOneStepEitherWayAndOnlyAfterTheLastStepUsed() {
    long now = 1_000_000;
    String previous = Totp.code(RFC_KEY, now - 1, 6);
    String next = Totp.code(RFC_KEY, now + 1, 6);
    String tooLate = Totp.code(RFC_KEY, now + 2, 6);

    assertThat(Totp.matchingStep(RFC_KEY, previous, now, 1, -1)).hasValue(now - 1);
    assertThat(Totp.matchingStep(RFC_KEY, next, now, 1, -1)).hasValue(now + 1);
    assertThat(Totp.matchingStep(RFC_KEY, tooLate, now, 1, -1)).isEmpty();
    assertThat(Totp.matchingStep(RFC_KEY, previous, now, 1, now - 1)).as("a replay").isEmpty();
    assertThat(Totp.matchingStep(RFC_KEY, next, now, 1, now)).hasValue(now + 1);
  }
}
