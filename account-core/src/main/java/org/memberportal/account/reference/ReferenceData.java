/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.reference;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;
import org.apiguardian.api.API;

/**
 * The lists of the sign-up form: titles, genders, professional roles, languages and countries, each entry with a
 * code and English and French labels. {@link #defaults()} follows the seed; a host can replace any list.
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
   * The seed's lists, with the countries of ISO 3166-1 labelled by the JDK in English and French.
   *
   * @return the default reference data
   */
  public static ReferenceData defaults() {
    return new ReferenceData(
        List.of(Choice.of("mr", "Mr.", "M."), Choice.of("ms", "Ms.", "Mme"), Choice.of("mrs", "Mrs.", "Mme"),
            Choice.of("dr", "Dr.", "Dr"), Choice.of("prof", "Prof.", "Pr")),
        List.of(Choice.of("female", "Female", "Femme"), Choice.of("male", "Male", "Homme"),
            Choice.of("other", "Other", "Autre"), Choice.of("undisclosed", "Prefer not to say",
                "Je préfère ne pas répondre")),
        List.of(Choice.of("government", "Government official", "Fonctionnaire"),
            Choice.of("engineer", "Engineer", "Ingénieur"),
            Choice.of("manager", "Manager", "Cadre dirigeant"),
            Choice.of("researcher", "Researcher or academic", "Chercheur ou universitaire"),
            Choice.of("regulator", "Regulator", "Régulateur"),
            Choice.of("student", "Student", "Étudiant"),
            Choice.of("other", "Other", "Autre")),
        List.of(Choice.of("en", "English", "anglais"), Choice.of("fr", "French", "français"),
            Choice.of("es", "Spanish", "espagnol"), Choice.of("ar", "Arabic", "arabe"),
            Choice.of("zh", "Chinese", "chinois"), Choice.of("ru", "Russian", "russe")),
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
    List<Choice> out = new ArrayList<>();
    for (String iso : Locale.getISOCountries()) {
      Locale country = new Locale("", iso);
      out.add(Choice.of(iso, country.getDisplayCountry(Locale.ENGLISH), country.getDisplayCountry(Locale.FRENCH)));
    }
    out.sort(Comparator.comparing(c -> c.label(Locale.ENGLISH)));
    return List.copyOf(out);
  }
}
