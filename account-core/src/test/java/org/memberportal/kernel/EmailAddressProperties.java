/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;

class EmailAddressProperties {

  @Provide
  Arbitrary<String> addresses() {
    // dot-atoms: an address has no dot at either end of its local part, nor two in a row
    Arbitrary<String> local = Arbitraries.strings().withChars("abcXYZ019._-+").ofMinLength(1).ofMaxLength(20)
        .filter(l -> !l.startsWith(".") && !l.endsWith(".") && !l.contains(".."));
    Arbitrary<String> domain = Arbitraries.strings().withChars("abcdeXYZ").ofMinLength(1).ofMaxLength(10)
        .map(d -> d + ".Org");
    Arbitrary<String> padding = Arbitraries.of("", " ", "  ", "\t");
    return Combinators.combine(padding, local, domain, padding).as((p, l, d, q) -> p + l + "@" + d + q);
  }

  @Property
  void normalisationIsIdempotent(@ForAll("addresses") String text) {
    String key = EmailAddress.normalise(text);

    assertThat(EmailAddress.normalise(key)).isEqualTo(key);
  }

  @Property
  void caseVariantsAreTheSameAddress(@ForAll("addresses") String text) {
    EmailAddress typed = EmailAddress.of(text);
    EmailAddress shouted = EmailAddress.of(text.toUpperCase(Locale.ROOT));

    assertThat(shouted).isEqualTo(typed).hasSameHashCodeAs(typed);
    assertThat(shouted.key()).isEqualTo(typed.key());
  }

  @Property
  void aFullWidthSpellingIsTheSameMailbox(@ForAll("addresses") String text) {
    // U+FF01..U+FF5E are the full-width forms of ASCII ! to ~
    String wide = text.strip().codePoints()
        .map(c -> c > ' ' && c < 0x7F && c != '@' ? c - '!' + 0xFF01 : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();

    assertThat(EmailAddress.of(wide)).isEqualTo(EmailAddress.of(text));
    assertThat(EmailAddress.problems(wide)).isEqualTo(EmailAddress.problems(text)).isEmpty();
  }

  @Provide
  Arbitrary<String> anyText() {
    Arbitrary<String> part = Arbitraries.strings().all().ofMaxLength(30);
    return Combinators.combine(part, part).as((l, d) -> l + "@" + d);
  }

  @Property(tries = 3000)
  void anyTextIsEitherAnAddressWithAKeyOrAValidationFailure(@ForAll("anyText") String text) {
    try {
      EmailAddress address = EmailAddress.of(text);
      assertThat(EmailAddress.of(address.key())).isEqualTo(address);
    } catch (ValidationFailed e) {
      assertThat(EmailAddress.problems(text)).containsAnyOf("kernel.email.malformed", "kernel.email.too-long",
          Text.CONTROL_CHARACTER, Text.ILL_FORMED, Text.BIDI_CONTROL);
    }
  }

  @Property
  void maskedFormNeverShowsMoreThanTheFirstCharacterOfTheLocalPart(@ForAll("addresses") String text) {
    EmailAddress address = EmailAddress.of(text);
    String local = address.key().substring(0, address.key().lastIndexOf('@'));

    assertThat(address.toString()).isEqualTo(address.masked()).startsWith(local.substring(0, 1) + "***@");
  }
}
