/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.apiguardian.api.API;

/**
 * The languages the library speaks, and the one it falls back to. A locale is matched on its language alone:
 * {@code fr-CH} is answered in French, {@code zh-Hant-TW} in Chinese; a locale whose language is not in the set is
 * answered in the fall-back, never in the JVM's default language.
 *
 * <p>The set is process-wide because the library's validator is: the host chooses it once at start-up with
 * {@link #use(Languages)} (the Spring Boot starter does it from {@code member-portal.languages}); until then the
 * six official languages of the United Nations are spoken ({@link #OFFICIAL}), with English as the fall-back. A
 * language added to the set needs its bundles on the class path (see the README's "Languages").
 *
 * @param all the languages spoken, in the order a language picker shows them; language subtags only
 * @param fallback the language of every other locale; one of {@code all}
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record Languages(List<Locale> all, Locale fallback) {

  /** Arabic, Chinese, English, French, Russian and Spanish, falling back to English. */
  public static final Languages OFFICIAL = of("ar,zh,en,fr,ru,es", "en");

  private static final AtomicReference<Languages> CURRENT = new AtomicReference<>(OFFICIAL);

  /**
   * The set is non-empty, its languages are bare language subtags without repetition, and the fall-back is one of
   * them.
   */
  public Languages {
    Objects.requireNonNull(fallback, "fallback");
    if (all.isEmpty()) {
      throw new IllegalArgumentException("a language set names at least one language");
    }
    if (new LinkedHashSet<>(all).size() != all.size()) {
      throw new IllegalArgumentException("a language is named twice: " + all);
    }
    for (Locale language : all) {
      if (!language.equals(Locale.forLanguageTag(language.getLanguage())) || language.getLanguage().isEmpty()) {
        throw new IllegalArgumentException("not a bare language: " + language.toLanguageTag());
      }
    }
    if (!all.contains(fallback)) {
      throw new IllegalArgumentException("the fall-back " + fallback.toLanguageTag() + " is not in " + all);
    }
    all = List.copyOf(all);
  }

  /**
   * A language set from BCP 47 tags.
   *
   * @param tags comma-separated language tags, for example {@code "ar,zh,en,fr,ru,es"}
   * @param fallback the tag of the fall-back language, one of {@code tags}
   * @return the set
   * @throws IllegalArgumentException when a tag is not a bare language or the fall-back is not in the set
   */
  public static Languages of(String tags, String fallback) {
    List<Locale> all = new ArrayList<>();
    for (String tag : tags.split(",")) {
      all.add(Locale.forLanguageTag(tag.strip()));
    }
    return new Languages(all, Locale.forLanguageTag(fallback.strip()));
  }

  /**
   * The language a caller is answered in: the set's language with the requested locale's language subtag, else
   * the fall-back.
   *
   * @param requested the caller's locale; {@code null} is answered in the fall-back
   * @return one of {@link #all()}
   */
  public Locale resolve(Locale requested) {
    if (requested == null) {
      return fallback;
    }
    String language = requested.getLanguage();
    return all.stream().filter(l -> l.getLanguage().equals(language)).findFirst().orElse(fallback);
  }

  /**
   * The order of texts for a reader: the collation of the language the set answers them in (ICU4J's
   * {@code Collator}, CLDR's rules), so that in French "Égypte" sorts among the E's and in Chinese the pinyin order
   * holds, rather than the order of code points.
   *
   * @param requested the reader's locale, resolved with {@link #resolve(Locale)}
   * @return a comparator of texts, safe to share between threads
   */
  public Comparator<String> collation(Locale requested) {
    Collator collator = Collator.getInstance(ULocale.forLocale(resolve(requested))).freeze();
    return collator::compare;
  }

  /**
   * Whether a locale's language is in the set (so it is answered in its own language, not the fall-back).
   *
   * @param requested a locale
   * @return true when its language subtag is spoken
   */
  public boolean speaks(Locale requested) {
    return requested != null && all.stream().anyMatch(l -> l.getLanguage().equals(requested.getLanguage()));
  }

  /**
   * The process's language set.
   *
   * @return what the host chose with {@link #use(Languages)}, else {@link #OFFICIAL}
   */
  public static Languages current() {
    return CURRENT.get();
  }

  /**
   * Chooses the process's language set; a host calls it once at start-up, before the first command.
   *
   * @param languages the set to speak
   */
  public static void use(Languages languages) {
    CURRENT.set(Objects.requireNonNull(languages, "languages"));
  }
}
