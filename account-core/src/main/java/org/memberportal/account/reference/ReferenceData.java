/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.reference;

import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import org.apiguardian.api.API;
import org.memberportal.kernel.Languages;

/**
 * The lists of the sign-up form: titles, genders, professional roles, languages and countries, each entry with a
 * code and a label in every language the library speaks. {@link #defaults()} follows the seed; a host can replace
 * any list. A form shows a list in the reader's order with {@link Choices#sorted(List, Locale)} (countries and
 * languages; titles, genders and roles keep the seed's order).
 *
 * @param titles optional courtesy titles (Mr., Ms., ...)
 * @param genders genders
 * @param professionalRoles professional roles
 * @param languages preferred languages (codes are ISO 639-1)
 * @param countries countries (codes are ISO 3166-1 alpha-2)
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record ReferenceData(
    List<Choice> titles, List<Choice> genders, List<Choice> professionalRoles, List<Choice> languages,
    List<Choice> countries) {

  /** The bundle of the default titles, genders and professional roles (one file per language). */
  public static final String LABELS = "org.memberportal.account.reference.Labels";

  /** Copies the lists. */
  public ReferenceData {
    titles = List.copyOf(titles);
    genders = List.copyOf(genders);
    professionalRoles = List.copyOf(professionalRoles);
    languages = List.copyOf(languages);
    // the default country list is immutable already, and copying it would make it up front
    countries = countries instanceof IsoCountries ? countries : List.copyOf(countries);
  }

  /**
   * The seed's lists, labelled in every language of {@link Languages#OFFICIAL} and {@link Languages#current()}:
   * titles, genders and professional roles from the bundle {@value #LABELS}, the languages of
   * {@code Languages.current()} and the countries of ISO 3166-1 with the JDK's CLDR display names (countries in
   * the order of their names in the set's fall-back language; sort for a reader with {@link Choices#sorted(List, Locale)}).
   *
   * @return the default reference data
   */
  public static ReferenceData defaults() {
    ClassLoader loader = ReferenceData.class.getClassLoader();
    return new ReferenceData(
        Choices.fromBundle(LABELS, loader, "title.", List.of("mr", "ms", "mrs", "dr", "prof")),
        Choices.fromBundle(LABELS, loader, "gender.", List.of("female", "male", "other", "undisclosed")),
        Choices.fromBundle(LABELS, loader, "role.",
            List.of("government", "engineer", "manager", "researcher", "regulator", "student", "other")),
        Choices.isoLanguages(Languages.current().all().stream().map(Locale::getLanguage).toList()),
        IsoCountries.INSTANCE);
  }

  /**
   * A copy with another list of professional roles.
   *
   * @param roles the roles
   * @return the reference data
   */
  public ReferenceData withProfessionalRoles(List<Choice> roles) {
    return new ReferenceData(titles, genders, roles, languages, countries);
  }

  /**
   * A copy with another list of languages.
   *
   * @param list the languages
   * @return the reference data
   */
  public ReferenceData withLanguages(List<Choice> list) {
    return new ReferenceData(titles, genders, professionalRoles, list, countries);
  }

  /**
   * Whether a list holds a code.
   *
   * @param list one of this record's lists
   * @param code the code
   * @return true when an entry has it
   */
  public static boolean has(List<Choice> list, String code) {
    return list.stream().anyMatch(c -> c.code().equals(code));
  }

  /**
   * The countries of ISO 3166-1 labelled by the JDK, made on first read: labelling them loads the JDK's locale
   * data, which would otherwise be most of the cost of building the account service.
   */
  private static final class IsoCountries extends AbstractList<Choice> implements RandomAccess {
    static final IsoCountries INSTANCE = new IsoCountries();

    @Override
    public Choice get(int index) {
      return Labelled.LIST.get(index);
    }

    @Override
    public int size() {
      return Labelled.LIST.size();
    }

    /** Holds the list; the JVM makes it once, on first use, whichever thread gets there first. */
    private static final class Labelled {
      static final List<Choice> LIST = isoCountries();

      private Labelled() {}
    }
  }

  private static List<Choice> isoCountries() {
    return Choices.sorted(Choices.isoCountries(), Languages.current().fallback());
  }
}
