/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.account.reference.Choices;
import org.memberportal.kernel.Languages;
import org.memberportal.kernel.Text;

/**
 * The place a vacancy's post is based: headquarters, a regional office or an area office, with a stable code
 * (e.g. {@code "GVA"}, {@code "RO-AMS"}), a name, and the office's working languages (which regional and area
 * office vacancies may be written in).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class DutyStation {

  /**
   * The stable code of the station, used in searches and alerts.
   *
   * @return the code
   */
  @NotBlank(message = "{careers.vacancy.station.code.blank}")
  @Size(max = 20, message = "{careers.vacancy.station.code.too-long}")
  @Pattern(regexp = "[A-Za-z0-9-]*", message = "{careers.vacancy.station.code.malformed}")
  @Text
  public abstract String code();

  /**
   * The station's display name, e.g. "Geneva" or "Regional Office for Africa, Addis Ababa".
   *
   * @return the name
   */
  @NotBlank(message = "{careers.vacancy.station.name.blank}")
  @Size(max = 200, message = "{careers.vacancy.station.name.too-long}")
  @Text
  public abstract String name();

  /**
   * What kind of office it is.
   *
   * @return the kind
   */
  public abstract StationKind kind();

  /**
   * The office's working languages (language only, e.g. {@code es}); headquarters works in English and French.
   *
   * @return the languages
   */
  public abstract Set<Locale> languages();

  /**
   * The station's name in a reader's language: the organisation's duty stations (Geneva, the regional and area
   * offices) are named in every language the library speaks by the bundle {@code org.memberportal.careers.Labels}
   * under {@code DutyStation.<KEY>}; any other station keeps its own {@link #name()}.
   *
   * @param locale the reader's locale, resolved through {@link Languages#current()}
   * @return the name
   */
  public String name(Locale locale) {
    return Choices.fromBundle("org.memberportal.careers.Labels", DutyStation.class.getClassLoader(), "DutyStation.",
        List.of(key())).get(0).labels().getOrDefault(Languages.current().resolve(locale), name());
  }

  /**
   * The station's code in upper case, the key searches and alerts compare.
   *
   * @return the normalised code
   */
  public String key() {
    return code().toUpperCase(Locale.ROOT);
  }

  /**
   * Headquarters with the given code and name.
   *
   * @param code the code
   * @param name the name
   * @return the station
   */
  public static DutyStation headquarters(String code, String name) {
    return builder().code(code).name(name).kind(StationKind.HEADQUARTERS)
        .addLanguages(Locale.ENGLISH, Locale.FRENCH).build();
  }

  /**
   * A regional or area office working in the given languages.
   *
   * @param kind regional or area office
   * @param code the code
   * @param name the name
   * @param languages the office's languages
   * @return the station
   */
  public static DutyStation office(StationKind kind, String code, String name, Locale... languages) {
    return builder().code(code).name(name).kind(kind).addLanguages(languages).build();
  }

  /**
   * Starts a duty station.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DutyStation}. */
  public static final class Builder extends ImmutableDutyStation.Builder {}
}
