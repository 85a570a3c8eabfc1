/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PasswordHashProperties {

  @Provide
  Arbitrary<String> phcLike() {
    Arbitrary<String> segment = Arbitraries.strings().withChars("ABCxyz019+/=$-,").ofMaxLength(12);
    Arbitrary<String> b64 = Arbitraries.bytes().array(byte[].class).ofMaxSize(40)
        .map(b -> Base64.getEncoder().withoutPadding().encodeToString(b));
    Arbitrary<String> padded = Arbitraries.bytes().array(byte[].class).ofMaxSize(40)
        .map(b -> Base64.getEncoder().encodeToString(b));
    Arbitrary<String> part = Arbitraries.oneOf(segment, b64, padded);
    return Arbitraries.oneOf(
        Combinators.combine(segment, part, part).as((h, s, d) -> h + "$" + s + "$" + d),
        Combinators.combine(segment, part, part).as((h, s, d) -> "$argon2id$v=19$m=" + h + "$" + s + "$" + d),
        Arbitraries.strings().ofMaxLength(30));
  }

  @Property(tries = 2000)
  void anyTextComesBackExactly(@ForAll("phcLike") String text) {
    PasswordHash hash = PasswordHash.of(text);

    assertThat(hash.phc()).isEqualTo(text);
    assertThat(hash).isEqualTo(PasswordHash.of(text)).hasSameHashCodeAs(PasswordHash.of(text));
    String[] parts = text.split("\\$");
    assertThat(hash.algorithm()).isEqualTo(parts.length > 1 ? parts[1] : "");
  }
}
