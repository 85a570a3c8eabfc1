/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

class TextProperties {

  /** What passes the rule survives a UTF-8 database unchanged, and shows no control or direction character. */
  @Property(tries = 2000)
  void textThatPassesRoundTripsThroughUtf8AndHoldsNoControl(@ForAll String text) {
    if (Text.Check.problem(text, false).isEmpty()) {
      assertThat(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(text);
      assertThat(text.codePoints()).noneMatch(c -> Character.getType(c) == Character.CONTROL
          || Character.getDirectionality(c) >= Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING
          && Character.getDirectionality(c) <= Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE);
    }
  }

  @Provide
  Arbitrary<Character> bad() {
    return Arbitraries.of('\u0000', '\u0009', '\u001b', '\u007f', '\u0085', '\u202e', '\u2067', '\ud800', '\udc00',
        '\uffff');
  }

  /** One bad character anywhere in otherwise good text is found, whatever surrounds it. */
  @Property(tries = 1000)
  void oneBadCharacterAnywhereIsFound(@ForAll @CharRange(from = ' ', to = '~') @Chars({'é', 'ß', '中'}) String before,
      @ForAll("bad") char bad,
      @ForAll @CharRange(from = ' ', to = '~') String after) {
    assertThat(Text.Check.problem(before + bad + after, false)).as("%s|%04x|%s", before, (int) bad, after)
        .isPresent();
  }
}
