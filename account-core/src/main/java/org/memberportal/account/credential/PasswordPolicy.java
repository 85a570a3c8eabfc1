/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

/**
 * The password policy: the seed's rules ({@link #seed()}: 8 to 128 characters, upper and lower case, digit,
 * symbol) or the NIST SP 800-63B-4 / ASVS 6.2.5 profile ({@link #nist()}: 15 to 128 characters, no composition
 * rules). Both refuse, whatever the case and the common substitutions ({@code @} for a, {@code 0} for o, ...), a
 * password containing the email's local part, a name or the organisation's name (each a whole value of at least
 * {@value #MIN_CONTEXT_LENGTH} characters, or one of its words of at least four letters; the domain's words but
 * its last label count as the address's), and common passwords, even decorated ({@link CommonPasswords}). Every
 * rule holds the password in NFKC, the form in which it is hashed ({@link #normalised}); a password that is not
 * well-formed UTF-16 is refused, and one longer than four times the maximum is refused unread. It works on plain
 * values, so any kind of account can use it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class PasswordPolicy {

  /** Shortest email local part or name that a password may not contain (shorter ones match too much). */
  public static final int MIN_CONTEXT_LENGTH = 3;

  /** Beyond this many times the maximum length, a password is refused unread. */
  private static final int UNREAD_FACTOR = 4;

  private final String name;
  private final int minLength;
  private final int maxLength;
  private final Set<PasswordRule> rules;

  private PasswordPolicy(String name, int minLength, int maxLength, Set<PasswordRule> rules) {
    if (minLength < 1 || maxLength < 64 || maxLength < minLength) {
      throw new IllegalArgumentException("lengths out of range: the maximum must be at least 64");
    }
    this.name = name;
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.rules = Set.copyOf(rules);
  }

  /**
   * The seed's rules, the default profile: 8 to 128 characters, an uppercase and a lowercase letter, a digit and
   * a symbol, no email local part, no name, not common, confirmed.
   *
   * @return the policy
   */
  public static PasswordPolicy seed() {
    return new PasswordPolicy("seed", 8, 128, EnumSet.allOf(PasswordRule.class));
  }

  /**
   * The NIST SP 800-63B-4 / ASVS 6.2.5 profile: 15 to 128 characters without composition rules, no email local
   * part, no name, not common, confirmed.
   *
   * @return the policy
   */
  public static PasswordPolicy nist() {
    return new PasswordPolicy("nist", 15, 128, EnumSet.complementOf(EnumSet.of(
        PasswordRule.UPPERCASE, PasswordRule.LOWERCASE, PasswordRule.DIGIT, PasswordRule.SYMBOL)));
  }

  /**
   * A copy with other lengths.
   *
   * @param min shortest length
   * @param max longest length, at least 64
   * @return the policy
   */
  public PasswordPolicy withLengths(int min, int max) {
    return new PasswordPolicy(name, min, max, rules);
  }

  /**
   * The rules of this profile, in checklist order.
   *
   * @return the rules
   */
  public List<PasswordRule> rules() {
    return EnumSet.copyOf(rules).stream().toList();
  }

  /**
   * The shortest length accepted.
   *
   * @return the length in code points
   */
  public int minLength() {
    return minLength;
  }

  /**
   * The longest length accepted.
   *
   * @return the length in code points
   */
  public int maxLength() {
    return maxLength;
  }

  /**
   * The rules a password breaks, for a live checklist. The password is held to them in its NFKC form
   * ({@link #normalised}), as it is hashed.
   *
   * @param password the password in clear
   * @param confirmation the confirmation as typed
   * @param context what it must not contain
   * @return the broken rules, in checklist order; empty when the password is acceptable
   */
  public Set<PasswordRule> broken(Secret password, Secret confirmation, PasswordContext context) {
    Set<PasswordRule> out = EnumSet.noneOf(PasswordRule.class);
    if (unreadable(password) || unreadable(confirmation)) {
      check(out, PasswordRule.MAX_LENGTH, false);
      check(out, PasswordRule.CONFIRMED, password.equals(confirmation));
      return out;
    }
    String p = normalised(password).reveal();
    int length = p.codePointCount(0, p.length());
    check(out, PasswordRule.MIN_LENGTH, length >= minLength);
    check(out, PasswordRule.MAX_LENGTH, length <= maxLength);
    check(out, PasswordRule.WELL_FORMED, wellFormed(password));
    check(out, PasswordRule.UPPERCASE, p.codePoints().anyMatch(Character::isUpperCase));
    check(out, PasswordRule.LOWERCASE, p.codePoints().anyMatch(Character::isLowerCase));
    check(out, PasswordRule.DIGIT, p.codePoints().anyMatch(Character::isDigit));
    check(out, PasswordRule.SYMBOL, p.codePoints().anyMatch(PasswordPolicy::isSymbol));
    String folded = BaseForm.fold(p);
    check(out, PasswordRule.NOT_EMAIL, !context.addressIn(folded));
    check(out, PasswordRule.NOT_NAME, !context.nameIn(folded));
    check(out, PasswordRule.NOT_ORGANISATION, !context.organisationIn(folded));
    check(out, PasswordRule.NOT_COMMON, !CommonPasswords.contains(p));
    check(out, PasswordRule.CONFIRMED, normalised(password).equals(normalised(confirmation)));
    return out;
  }

  /**
   * Refuses a password typed to prove who one is (sign-in, the current password of a change) that no chosen
   * password can be: longer than the maximum length or ill-formed. Call it before any hashing, so that a huge
   * text costs nothing; a missing password is left to the command's own validation.
   *
   * @param path the property path of the password in the command, e.g. {@code "password"}
   * @param password the password as typed, or null
   * @param locale the language of the messages
   * @throws ValidationFailed listing {@code account.password.too-long} and {@code account.password.ill-formed}
   */
  public void checkEntered(String path, @Nullable Secret password, Locale locale) {
    if (password == null) {
      return;
    }
    Set<PasswordRule> out = EnumSet.noneOf(PasswordRule.class);
    if (unreadable(password) || normalised(password).length() > maxLength) {
      out.add(PasswordRule.MAX_LENGTH);
    }
    if (!wellFormed(password)) {
      out.add(PasswordRule.WELL_FORMED);
    }
    if (!out.isEmpty()) {
      throw new ValidationFailed(out.stream().map(rule -> Validation.violation(path, rule.code(), locale,
          Map.of("min", minLength, "max", maxLength))).toList());
    }
  }

  /**
   * The form in which a password is checked, hashed and compared (NIST SP 800-63B-4): Unicode NFKC, so that a
   * password typed in NFD on one keyboard is the one typed in NFC on another.
   *
   * @param password the password as typed
   * @return the same password in NFKC
   */
  public static Secret normalised(Secret password) {
    String typed = password.reveal();
    String form = Normalizer.normalize(typed, Normalizer.Form.NFKC);
    return form.equals(typed) ? password : Secret.of(form);
  }

  /**
   * Whether a password is well-formed UTF-16: no lone surrogate, which UTF-8 would turn into {@code ?}.
   *
   * @param password the password as typed
   * @return true when every surrogate is paired
   */
  public static boolean wellFormed(Secret password) {
    String p = password.reveal();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < p.length() && Character.isLowSurrogate(p.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The violations of a password, one per broken rule, with messages in the caller's language.
   *
   * @param path the property path of the password in the command, e.g. {@code "password"}
   * @param password the password in clear
   * @param confirmation the confirmation as typed
   * @param context what it must not contain
   * @param locale the language of the messages
   * @return the violations, empty when acceptable
   */
  public List<Violation> violations(String path, Secret password, Secret confirmation, PasswordContext context,
      Locale locale) {
    List<Violation> out = new ArrayList<>();
    for (PasswordRule rule : broken(password, confirmation, context)) {
      out.add(Validation.violation(rule == PasswordRule.CONFIRMED ? path + "Confirmation" : path, rule.code(),
          locale, Map.of("min", minLength, "max", maxLength)));
    }
    return out;
  }

  /**
   * The violations of a chosen password, under the properties {@code password} and {@code passwordConfirmation};
   * none for a missing field, which the command's own validation reports.
   *
   * @param chosen the command's password fields
   * @param context what the password must not contain
   * @param locale the language of the messages
   * @return the violations, empty when acceptable
   */
  public List<Violation> violations(NewPassword chosen, PasswordContext context, Locale locale) {
    Secret password = chosen.password();
    Secret confirmation = chosen.passwordConfirmation();
    return password == null || confirmation == null ? List.of()
        : violations("password", password, confirmation, context, locale);
  }

  /**
   * Refuses a chosen password that breaks the policy.
   *
   * @param chosen the command's password fields
   * @param context what the password must not contain
   * @param locale the language of the messages
   * @throws ValidationFailed listing every broken rule
   */
  public void check(NewPassword chosen, PasswordContext context, Locale locale) {
    List<Violation> violations = violations(chosen, context, locale);
    if (!violations.isEmpty()) {
      throw new ValidationFailed(violations);
    }
  }

  /**
   * Whether a character counts as a special symbol: neither a letter, a digit nor white space.
   *
   * @param codePoint the character
   * @return true for a symbol
   */
  public static boolean isSymbol(int codePoint) {
    return !Character.isLetterOrDigit(codePoint) && !Character.isWhitespace(codePoint);
  }

  @Override
  public String toString() {
    return "PasswordPolicy{" + name + ", " + minLength + ".." + maxLength + "}";
  }

  private void check(Set<PasswordRule> out, PasswordRule rule, boolean holds) {
    if (rules.contains(rule) && !holds) {
      out.add(rule);
    }
  }

  /**
   * Whether a text counts as too long to be read at all: beyond {@value #UNREAD_FACTOR} times the maximum, which
   * no normalisation brings back under it; refused without normalising it.
   */
  private boolean unreadable(Secret password) {
    return password.reveal().length() > UNREAD_FACTOR * maxLength;
  }
}
