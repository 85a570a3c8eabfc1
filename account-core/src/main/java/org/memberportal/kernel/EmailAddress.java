/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.IDNA;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * An email address as the person typed it (trimmed), with the key that names its mailbox: the key is what
 * uniqueness and look-ups use, so that one mailbox has one account (A1). Two addresses are equal when their keys
 * are equal.
 *
 * <p>The key is built the way mail is routed and people read it:
 * <ul>
 *   <li>the domain goes through IDNA (UTS #46, nontransitional, with the STD3, bidi and context rules), as a mail
 *       system resolves it: full-width letters, {@code 。} (U+3002) and the {@code xn--} form all name the same
 *       domain; its Unicode form is then case folded like the local part, so {@code straße} and {@code strasse}
 *       are one key;</li>
 *   <li>the local part goes through NFKC and full case folding (Unicode's NFKC_Casefold), so full-width letters,
 *       ligatures, {@code ß}/{@code ss} and the letter case are one key, and a dot above a letter that already has
 *       one (the Turkish capital {@code İ} folds to {@code i} plus U+0307) is dropped.</li>
 * </ul>
 *
 * <p>{@link ValidEmail} refuses at validation what the key alone would silently join or what only spoofs: invisible
 * (default-ignorable) characters, a local part or domain label that mixes scripts (UTS #39, highly
 * restrictive: a Cyrillic letter in a Latin name), single-label domains and IP literals; and, before any of these, what
 * the kernel's text rule refuses in every text ({@link Text}: control characters, bidi controls, ill-formed text),
 * under the text rule's codes. {@link #of} accepts those,
 * so that an address stored before these rules can still be read; it refuses only text that has no key.
 *
 * <p>The Unicode data and algorithms come from ICU4J ({@code IDNA}, {@code Normalizer2}, {@code SpoofChecker},
 * {@code UCharacter} properties), not from tables of the library's own.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class EmailAddress {

  /** Longest address accepted (RFC 5321 path limit). */
  public static final int MAX_LENGTH = 254;

  /** Longest local part accepted (RFC 5321). */
  public static final int MAX_LOCAL_LENGTH = 64;

  /** Violation code: not an address at all (no single {@code @}, forbidden characters, a domain IDNA refuses). */
  public static final String MALFORMED = "kernel.email.malformed";

  /** Violation code: longer than {@link #MAX_LENGTH}, or a local part longer than {@link #MAX_LOCAL_LENGTH}. */
  public static final String TOO_LONG = "kernel.email.too-long";

  /** Violation code: an invisible (default-ignorable) character such as a zero-width space. */
  public static final String INVISIBLE_CHARACTER = "kernel.email.invisible-character";


  /** Violation code: the local part or a domain label mixes scripts, e.g. a Cyrillic letter among Latin ones. */
  public static final String MIXED_SCRIPT = "kernel.email.mixed-script";

  /** Violation code: a domain of one label ({@code localhost}), which no public mail system routes to. */
  public static final String SINGLE_LABEL_DOMAIN = "kernel.email.single-label-domain";

  /** Violation code: an IP address instead of a domain name ({@code [127.0.0.1]}, {@code 10.0.0.1}). */
  public static final String IP_LITERAL = "kernel.email.ip-literal";

  private static final IDNA IDNA_UTS46 = IDNA.getUTS46Instance(IDNA.USE_STD3_RULES | IDNA.CHECK_BIDI
      | IDNA.CHECK_CONTEXTJ | IDNA.CHECK_CONTEXTO | IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE);
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final SpoofChecker ONE_SCRIPT = new SpoofChecker.Builder()
      .setChecks(SpoofChecker.RESTRICTION_LEVEL)
      .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
      .build();
  /** RFC 5322 dot-atom: atext (RFC 6531 adds every non-ASCII character) in dot-separated runs. */
  private static final String ATOM = "[\\p{Alnum}!#$%&'*+/=?^_`{|}~\\-\\x{80}-\\x{10FFFF}]+";
  private static final Pattern DOT_ATOM = Pattern.compile(ATOM + "(?:\\." + ATOM + ")*");
  private static final Pattern IP_ADDRESS_LITERAL =
      Pattern.compile("\\[(?:\\d{1,3}(?:\\.\\d{1,3}){3}|ipv6:[0-9a-f:.]+)]", Pattern.CASE_INSENSITIVE);
  private static final Pattern DOTTED_QUAD = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final int COMBINING_DOT_ABOVE = 0x0307;

  private final String display;
  private final String key;

  private EmailAddress(String display, String key) {
    this.display = display;
    this.key = key;
  }

  /**
   * Makes an address from user input or from storage. Commands validate the text first (see {@link ValidEmail},
   * which reads it the same way); this method only refuses text that has no key.
   *
   * @param text the address as typed; blanks around it are dropped
   * @return the address
   * @throws ValidationFailed {@value #MALFORMED} or {@value #TOO_LONG} when the text has no key
   */
  public static EmailAddress of(String text) {
    Reading reading = read(text);
    reading.problems.stream().filter(p -> p.equals(MALFORMED) || p.equals(TOO_LONG)).findFirst().ifPresent(p -> {
      throw ValidationFailed.of(Validation.violation("email", p, Locale.ENGLISH));
    });
    return new EmailAddress(reading.display, reading.key);
  }

  /**
   * The key of an address: what uniqueness and look-ups compare.
   *
   * @param text an address
   * @return its key
   * @throws ValidationFailed as {@link #of} does
   */
  public static String normalise(String text) {
    return of(text).key();
  }

  /**
   * Every rule the text breaks, as violation codes, for {@link ValidEmail}.
   *
   * @param text the address as typed
   * @return the codes, empty for an address every command accepts
   */
  static List<String> problems(String text) {
    String trimmed = trim(text);
    // text that is not text breaks the kernel's text rule first, under its code (Text), whatever else it breaks
    return Text.Check.problem(trimmed, false).map(List::of).orElseGet(() -> read(text).problems);
  }

  private static Reading read(String text) {
    String display = Normalizer.normalize(trim(text), Normalizer.Form.NFC);
    Reading reading = new Reading(display);
    int at = display.indexOf('@');
    if (display.length() > MAX_LENGTH || at > MAX_LOCAL_LENGTH) {
      reading.problems.add(TOO_LONG);
      return reading;
    }
    if (at <= 0 || at != display.lastIndexOf('@') || at == display.length() - 1) {
      reading.problems.add(MALFORMED);
      return reading;
    }
    display.codePoints().forEach(c -> reading.refuse(characterProblem(c)));
    // most addresses are ASCII: one script, and no folding beyond lower case
    boolean ascii = display.chars().allMatch(c -> c < 0x80);
    String local = ascii ? display.substring(0, at).toLowerCase(Locale.ROOT) : localKey(display.substring(0, at));
    if (!DOT_ATOM.matcher(local).matches()) {
      reading.refuse(MALFORMED);
    }
    if (!ascii && ONE_SCRIPT.failsChecks(local)) {
      reading.refuse(MIXED_SCRIPT);
    }
    reading.key = local + "@" + domainKey(display.substring(at + 1), reading);
    return reading;
  }

  /** The code of a character no address may hold, or null. */
  private static String characterProblem(int c) {
    if (c < 0x80) {
      return c <= ' ' || c == 0x7F ? MALFORMED : null;
    }
    if (UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT)) {
      return INVISIBLE_CHARACTER;
    }
    int type = UCharacter.getType(c);
    boolean unusable = type == UCharacter.CONTROL || type == UCharacter.SURROGATE || type == UCharacter.UNASSIGNED
        || type == UCharacter.PRIVATE_USE || UCharacter.isUWhiteSpace(c);
    return unusable ? MALFORMED : null;
  }

  /** NFKC_Casefold, without the dot above that case folding adds to {@code İ}, then in NFKC_Casefold again. */
  private static String localKey(String local) {
    String folded = NFKC_CASEFOLD.normalize(local);
    StringBuilder out = new StringBuilder(folded.length());
    int previous = 0;
    for (int i = 0; i < folded.length(); i += Character.charCount(previous)) {
      int c = folded.codePointAt(i);
      if (!(c == COMBINING_DOT_ABOVE && UCharacter.hasBinaryProperty(previous, UProperty.SOFT_DOTTED))) {
        out.appendCodePoint(c);
      }
      previous = c;
    }
    return NFKC_CASEFOLD.normalize(out);
  }

  private static String domainKey(String domain, Reading reading) {
    if (domain.startsWith("[")) {
      reading.refuse(IP_ADDRESS_LITERAL.matcher(domain).matches() ? IP_LITERAL : MALFORMED);
      return domain.toLowerCase(Locale.ROOT);
    }
    IDNA.Info info = new IDNA.Info();
    StringBuilder ascii = IDNA_UTS46.nameToASCII(domain, new StringBuilder(), info);
    if (info.hasErrors() || ascii.length() == 0 || ascii.charAt(ascii.length() - 1) == '.') {
      reading.refuse(MALFORMED);
      return domain;
    }
    if (DOTTED_QUAD.matcher(ascii).matches()) {
      reading.refuse(IP_LITERAL);
    } else if (ascii.indexOf(".") < 0) {
      reading.refuse(SINGLE_LABEL_DOMAIN);
    }
    if (ascii.indexOf("xn--") < 0 && domain.chars().allMatch(c -> c < 0x80)) {
      return ascii.toString();
    }
    String unicode = IDNA_UTS46.nameToUnicode(ascii, new StringBuilder(), new IDNA.Info()).toString();
    for (String label : unicode.split("\\.")) {
      if (ONE_SCRIPT.failsChecks(label)) {
        reading.refuse(MIXED_SCRIPT);
      }
    }
    return NFKC_CASEFOLD.normalize(unicode);
  }

  /** Drops blanks of any kind (White_Space, so also no-break and ideographic spaces) around the text. */
  private static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && UCharacter.isUWhiteSpace(text.codePointAt(start))) {
      start += Character.charCount(text.codePointAt(start));
    }
    while (end > start && UCharacter.isUWhiteSpace(text.codePointBefore(end))) {
      end -= Character.charCount(text.codePointBefore(end));
    }
    return text.substring(start, end);
  }

  /**
   * The address as the person typed it (trimmed).
   *
   * @return the display form
   */
  public String display() {
    return display;
  }

  /**
   * The key used for uniqueness and look-ups: the local part in NFKC_Casefold, {@code @}, the domain's Unicode
   * form after UTS #46 in NFKC_Casefold (e.g. {@code ivan@strasse.de} for {@code İVAN@STRAẞE.DE}).
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * A form safe for logs: the first character of the local part and the domain, e.g. {@code j***@itu.int}.
   *
   * @return the masked address
   */
  public String masked() {
    int at = key.lastIndexOf('@');
    return key.substring(0, key.offsetByCodePoints(0, 1)) + "***" + key.substring(at);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmailAddress that && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /** Masked, so that an address logged by accident is not personal data in clear. */
  @Override
  public String toString() {
    return masked();
  }

  /** What one reading of a text found: its display form, its key and the rules it breaks. */
  private static final class Reading {
    final String display;
    final List<String> problems = new ArrayList<>();
    String key = "";

    Reading(String display) {
      this.display = display;
    }

    void refuse(String problem) {
      if (problem != null && !problems.contains(problem)) {
        problems.add(problem);
      }
    }
  }
}
