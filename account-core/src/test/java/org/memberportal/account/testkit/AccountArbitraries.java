/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.memberportal.account.SignUp;

/** jqwik generators for the account module's inputs. */
public final class AccountArbitraries {

  private AccountArbitraries() {}

  /**
   * Plausible email addresses with mixed case and surrounding spaces.
   *
   * @return addresses as typed
   */
  public static Arbitrary<String> emails() {
    Arbitrary<String> local = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-")
        .ofMinLength(1).ofMaxLength(20)
        .filter(s -> Character.isLetterOrDigit(s.charAt(0)) && !s.contains("..") && !s.endsWith("."));
    Arbitrary<String> domain = Arbitraries.strings().withCharRange('a', 'z').withChars("ABCXYZ").ofMinLength(2)
        .ofMaxLength(12);
    Arbitrary<String> tld = Arbitraries.of("org", "int", "CH", "fr", "com");
    Arbitrary<String> pad = Arbitraries.of("", " ", "  ");
    return Combinators.combine(pad, local, domain, tld, pad).as((a, l, d, t, b) -> a + l + "@" + d + "." + t + b);
  }

  /**
   * Any string a user might type as a password: letters, digits, symbols, spaces, accented letters.
   *
   * @return candidate passwords
   */
  public static Arbitrary<String> passwordCandidates() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcXYZ019!@# éÉ-_").ofMinLength(0).ofMaxLength(140),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(20),
        Arbitraries.of("password", "Password1!", "Tr0ub4dor&3", "Ada-Lovelace-1", "P@ssw0rd", "Blue-Heron-Sky-42"));
  }

  /**
   * Passwords that satisfy the seed policy whatever the fixtures' names and address.
   *
   * @return strong passwords
   */
  public static Arbitrary<String> strongPasswords() {
    Arbitrary<String> word = Arbitraries.strings().withCharRange('p', 'z').ofMinLength(4).ofMaxLength(10);
    return Combinators.combine(word, word, Arbitraries.integers().between(10, 999))
        .as((a, b, n) -> Character.toUpperCase(a.charAt(0)) + a.substring(1) + "-" + b + "#" + n);
  }

  /**
   * Valid sign-ups with random addresses and strong passwords.
   *
   * @return sign-up commands
   */
  public static Arbitrary<SignUp> signUps() {
    return Combinators.combine(emails(), strongPasswords()).as((email, password) -> AccountFixtures.signUp(email).password(password).build());
  }
}
