/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.memberportal.account.SignIn;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.credential.PasswordContext;
import org.memberportal.account.credential.PasswordPolicy;
import org.memberportal.account.credential.PasswordRule;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Secret;

/**
 * The measurements of passwords at the edges, shared by the modules' tests and the reliability report: how many
 * decorated common passwords the policy refuses and how many random passphrases it lets through, and how long a
 * failed sign-in takes for an unknown address and for an account whose hash has other parameters.
 */
public final class PasswordEdges {

  /** How many of the most common passwords the variants are made from. */
  public static final int MOST_COMMON = 10_000;

  /** The holder of the passphrases: names, address and organisation, all of them context of the policy. */
  public static final PasswordContext HOLDER = PasswordContext.of("ada.lovelace@example.org", "Ada", "Lovelace")
      .withOrganisation("International Telecommunication Union");

  private static final String COUNTER = "1234567890";

  private PasswordEdges() {}

  /**
   * How many of a set of passwords the policy refused.
   *
   * @param tried how many passwords were tried
   * @param refused how many the policy refused
   * @param examples a few of the other kind (accepted variants, refused passphrases), for the report
   */
  public record Refusals(int tried, int refused, List<String> examples) {

    /**
     * The share refused.
     *
     * @return refused / tried
     */
    public double share() {
      return tried == 0 ? 0 : (double) refused / tried;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d of %,d refused (%.2f %%)", refused, tried, 100 * share());
    }
  }

  /**
   * The most common passwords, most common first, folded to lower case without repeats (nbvcxz's ranked list,
   * through its public API).
   *
   * @param count how many
   * @return the passwords
   */
  public static List<String> mostCommon(int count) {
    Map<String, Integer> ranked = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);
    return ranked.entrySet().stream().sorted(Map.Entry.comparingByValue())
        .map(e -> e.getKey().strip().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).distinct().limit(count)
        .toList();
  }

  /**
   * What people make of a common password to meet "upper, lower, digit, symbol" and eight characters:
   * {@code Password1!}, {@code Welcome@2024}, {@code P@ssw0rd123}, {@code Dragon!123}, {@code 2024Summer!},
   * {@code #1Football} and the caps-lock {@code pASSWORD1!}; a counter grows until the variant is eight long.
   *
   * @param word the common password
   * @param year a year to decorate it with
   * @return its variants, some of which may still miss a composition rule (a word without letters)
   */
  public static List<String> variants(String word, int year) {
    String capitalised = capitalised(word);
    Set<String> out = new LinkedHashSet<>();
    out.add(counted(d -> capitalised + d + "!", 1));
    out.add(capitalised + "@" + year);
    out.add(counted(d -> withSymbol(capitalised(leet(word)) + d), 3));
    out.add(counted(d -> capitalised + "!" + d, 3));
    out.add(year + capitalised + "!");
    out.add(counted(d -> "#" + d + capitalised, 1));
    out.add(counted(d -> inverted(word) + d + "!", 1));
    return List.copyOf(out);
  }

  /**
   * Of the variants of the {@value #MOST_COMMON} most common passwords that meet every composition rule of the
   * seed policy, how many the policy refuses (with no context, so only the common-password rule can refuse).
   *
   * @param seed the seed of the years chosen
   * @return the refusals; the examples are variants accepted
   */
  public static Refusals decoratedCommonPasswords(long seed) {
    PasswordPolicy policy = PasswordPolicy.seed();
    Set<PasswordRule> composition = EnumSet.complementOf(EnumSet.of(PasswordRule.NOT_COMMON));
    Random random = new Random(seed);
    int tried = 0;
    int refused = 0;
    List<String> accepted = new ArrayList<>();
    for (String word : mostCommon(MOST_COMMON)) {
      for (String variant : variants(word, 1950 + random.nextInt(80))) {
        Set<PasswordRule> broken = policy.broken(Secret.of(variant), Secret.of(variant), PasswordContext.none());
        if (broken.stream().anyMatch(composition::contains)) {
          continue;
        }
        tried++;
        if (broken.contains(PasswordRule.NOT_COMMON)) {
          refused++;
        } else if (accepted.size() < 12) {
          accepted.add(variant);
        }
      }
    }
    return new Refusals(tried, refused, accepted);
  }

  /**
   * Random passphrases of four words of the EFF's large list (through nbvcxz's public API), the first
   * capitalised, joined by {@code -}, with a digit at the end, as the seed policy needs them; how many the policy
   * refuses for {@link #HOLDER}.
   *
   * @param policy the policy
   * @param count how many passphrases
   * @param seed the seed of the choice of words
   * @param separator what joins the words (a space for the NIST profile, which needs no symbol)
   * @return the refusals; the examples are passphrases refused
   */
  public static Refusals passphrases(PasswordPolicy policy, int count, long seed, String separator) {
    List<String> words = DictionaryUtil.loadUnrankedDictionary(DictionaryUtil.eff_large).keySet().stream()
        .map(String::strip).filter(w -> !w.isEmpty()).sorted().toList();
    Random random = new Random(seed);
    int refused = 0;
    List<String> examples = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<String> chosen = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        chosen.add(words.get(random.nextInt(words.size())));
      }
      String phrase = capitalised(String.join(separator, chosen)) + random.nextInt(10);
      if (!policy.broken(Secret.of(phrase), Secret.of(phrase), HOLDER).isEmpty()) {
        refused++;
        if (examples.size() < 12) {
          examples.add(phrase);
        }
      }
    }
    return new Refusals(count, refused, examples);
  }

  private static String counted(Function<String, String> template, int digits) {
    String variant = template.apply(COUNTER.substring(0, digits));
    for (int d = digits + 1; variant.length() < 8 && d <= COUNTER.length(); d++) {
      variant = template.apply(COUNTER.substring(0, d));
    }
    return variant;
  }

  private static String capitalised(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return word.substring(0, i) + Character.toUpperCase(word.charAt(i)) + word.substring(i + 1);
      }
    }
    return word;
  }

  /** As typed with caps lock on: {@code pASSWORD}. */
  private static String inverted(String word) {
    StringBuilder out = new StringBuilder();
    for (char c : capitalised(word).toCharArray()) {
      out.append(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return out.toString();
  }

  private static String leet(String word) {
    return word.replace('a', '@').replace('o', '0').replace('e', '3').replace('s', '$').replace('i', '1');
  }

  private static String withSymbol(String text) {
    return text.codePoints().anyMatch(PasswordPolicy::isSymbol) ? text : text + "!";
  }

  // ------------------------------------------------------------------------------------------------ timing

  /**
   * The medians of two interleaved timings.
   *
   * @param unknownNanos median time of a failed sign-in for an unknown address
   * @param knownNanos median time of a failed sign-in for the account with the other parameters
   * @param rounds how many of each were timed (after as many again to warm up)
   */
  public record Timing(long unknownNanos, long knownNanos, int rounds) {

    /**
     * Unknown over known.
     *
     * @return the ratio, 1 when both cost the same
     */
    public double ratio() {
      return (double) unknownNanos / knownNanos;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "unknown %.1f µs / known %.1f µs = %.2f (medians of %d interleaved)",
          unknownNanos / 1e3, knownNanos / 1e3, ratio(), rounds);
    }
  }

  /**
   * Times two calls interleaved, each first in every other round, after as many rounds to warm up.
   *
   * @param unknown the call for an unknown address
   * @param known the call for a known address
   * @param rounds how many rounds
   * @return the medians
   */
  public static Timing interleaved(Runnable unknown, Runnable known, int rounds) {
    for (int i = 0; i < rounds; i++) {
      unknown.run();
      known.run();
    }
    long[] u = new long[rounds];
    long[] k = new long[rounds];
    for (int i = 0; i < rounds; i++) {
      if (i % 2 == 0) {
        u[i] = timed(unknown);
        k[i] = timed(known);
      } else {
        k[i] = timed(known);
        u[i] = timed(unknown);
      }
    }
    return new Timing(median(u), median(k), rounds);
  }

  private static long timed(Runnable call) {
    long start = System.nanoTime();
    call.run();
    return System.nanoTime() - start;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * A failed sign-in to user accounts after a change of hasher: an account signed up under {@code former}, the
   * service now on {@code current}, against unknown addresses. The clock moves half a day between rounds so
   * that the account is never locked (a locked account is not checked at all).
   *
   * @param former the hasher the account's hash was made with
   * @param current the hasher the service has now
   * @param declared whether the service is told of the former hasher (else it learns the former set in warm-up)
   * @param rounds how many rounds
   * @return the timing
   */
  public static Timing userSignIn(PasswordHasher former, PasswordHasher current, boolean declared, int rounds) {
    AccountWorld world = new AccountWorld(b -> b.hasher(former));
    String email = "ada.lovelace@example.org";
    world.activeAccount(email);
    UserAccounts service = UserAccounts.builder().host(world.host.host()).accounts(world.module.store())
        .codes(world.module.codes()).secrets(new RandomSecrets()).hasher(current)
        .formerHashers(declared ? List.of(former) : List.of())
        .build();
    Secret wrong = Secret.of("Not-The-Password-9");
    int[] unknowns = {0};
    return interleaved(
        () -> service.signIn(SignIn.builder().email("nobody" + unknowns[0]++ + "@example.org").password(wrong)
            .build(), Actor.anonymous()),
        () -> {
          world.clock.advance(Duration.ofHours(13));
          service.signIn(SignIn.builder().email(email).password(wrong).build(), Actor.anonymous());
        },
        rounds);
  }
}
