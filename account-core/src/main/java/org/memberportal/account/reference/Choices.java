/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.memberportal.kernel.Languages;

/**
 * Lists of choices in every language the library speaks: labels read from a module's label bundles (one
 * UTF-8 properties file per language, the base file English, no fall-back between languages) or from the JDK's CLDR
 * display names, and sorted with the reader's language's collation (ICU4J), never by the English label.
 *
 * <p>Labels are made for the languages of {@link Languages#OFFICIAL} and of {@link Languages#current()}; a label
 * missing in a language is read in the set's fall-back ({@link Choice#label(Locale)}).
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class Choices {

  private static final Map<String, List<Choice>> ENUMS = new ConcurrentHashMap<>();
  private static final Map<String, Properties> FILES = new ConcurrentHashMap<>();

  private Choices() {}

  /**
   * The choices of an enumeration, labelled by a bundle under the keys {@code <SimpleName>.<CONSTANT>} (e.g.
   * {@code MembershipType.SECTOR_MEMBER}), in declaration order; read once per enumeration and bundle.
   *
   * @param type the enumeration
   * @param bundle the bundle's base name, e.g. {@code org.memberportal.affiliation.organisation.Labels}
   * @param <E> its type
   * @return one choice per constant, its code the constant's name
   */
  public static <E extends Enum<E>> List<Choice> of(Class<E> type, String bundle) {
    return ENUMS.computeIfAbsent(type.getName() + "@" + bundle, k -> {
      List<String> codes = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        codes.add(constant.name());
      }
      return fromBundle(bundle, type.getClassLoader(), type.getSimpleName() + ".", codes);
    });
  }

  /**
   * Choices labelled by a bundle under the keys {@code <prefix><code>}, in the order of the codes.
   *
   * @param bundle the bundle's base name
   * @param loader the class loader that sees the bundle's files (each file is read once per process)
   * @param prefix the keys' prefix, e.g. {@code "title."}
   * @param codes the codes, in the order to keep
   * @return one choice per code, labelled in each language whose own file has the key
   */
  public static List<Choice> fromBundle(String bundle, ClassLoader loader, String prefix, List<String> codes) {
    Map<Locale, Properties> files = new HashMap<>();
    for (Locale language : languages()) {
      files.put(language, FILES.computeIfAbsent(bundle + "_" + language.getLanguage(),
          k -> ownFile(bundle, loader, language)));
    }
    List<Choice> out = new ArrayList<>();
    for (String code : codes) {
      Map<Locale, String> labels = new HashMap<>();
      files.forEach((language, file) -> {
        String label = file.getProperty(prefix + code);
        if (label != null) {
          labels.put(language, label);
        }
      });
      out.add(new Choice(code, labels));
    }
    return List.copyOf(out);
  }

  /**
   * The countries of ISO 3166-1, labelled with the JDK's CLDR display names, in the order of their codes.
   *
   * @return one choice per country
   */
  public static List<Choice> isoCountries() {
    List<Choice> out = new ArrayList<>();
    for (String iso : Locale.getISOCountries()) {
      Locale country = new Locale("", iso);
      Map<Locale, String> labels = new HashMap<>();
      for (Locale language : languages()) {
        labels.put(language, country.getDisplayCountry(language));
      }
      out.add(new Choice(iso, labels));
    }
    return List.copyOf(out);
  }

  /**
   * Languages by their ISO 639 codes, labelled with the JDK's CLDR display names (in French {@code anglais}, in
   * Russian {@code английский}).
   *
   * @param codes the language codes, e.g. {@code "ar"}
   * @return one choice per code, in the order given
   */
  public static List<Choice> isoLanguages(List<String> codes) {
    List<Choice> out = new ArrayList<>();
    for (String code : codes) {
      Locale named = Locale.forLanguageTag(code);
      Map<Locale, String> labels = new HashMap<>();
      for (Locale language : languages()) {
        labels.put(language, named.getDisplayLanguage(language));
      }
      out.add(new Choice(code, labels));
    }
    return List.copyOf(out);
  }

  /**
   * A list sorted by its labels in a language, with that language's collation ({@link Languages#collation}): in
   * French "Égypte" comes among the E's, in Russian the order of the Cyrillic alphabet, in Chinese the pinyin
   * order; labels that collate equal keep their order.
   *
   * @param list the choices
   * @param locale the reader's locale, resolved through {@link Languages#current()}
   * @return a new list, sorted
   */
  public static List<Choice> sorted(List<Choice> list, Locale locale) {
    Locale language = Languages.current().resolve(locale);
    List<Choice> out = new ArrayList<>(list);
    out.sort(Comparator.comparing(c -> c.label(language), Languages.current().collation(language)));
    return List.copyOf(out);
  }

  /** The languages labels are made for: the official six and the host's set. */
  static Set<Locale> languages() {
    Set<Locale> all = new LinkedHashSet<>(Languages.OFFICIAL.all());
    all.addAll(Languages.current().all());
    return all;
  }

  /** The file of exactly one language (the base file for English), with no fall-back; empty when absent. */
  private static Properties ownFile(String bundle, ClassLoader loader, Locale language) {
    String path = bundle.replace('.', '/');
    String name = language.getLanguage().equals("en") ? path + ".properties"
        : path + "_" + language.getLanguage() + ".properties";
    Properties file = new Properties();
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in != null) {
        file.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
