/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields of the Candidate Profile's forms, by section code, in the order the page shows them (the contract
 * information, with its ticks, and the declaration of no relatives have forms of their own). A field's name on the
 * page is {@code section-name}, which is also where its refusal shows.
 */
final class ProfileForms {

  /** The sections of one value, replaced by their form (the others add an entry or change one). */
  static final List<String> SINGLE = List.of("personal-information", "address");

  /** The forms' fields, by section code. */
  static final Map<String, List<Field>> FIELDS = Map.ofEntries(
      Map.entry("personal-information", List.of(new Field("firstName", "web.first-name", "text", "given-name", true),
          new Field("lastName", "web.last-name", "text", "family-name", true),
          new Field("birthDate", "web.profile.birth-date", "date", "bday", true),
          choice("nationality", "web.profile.nationality", "countries"),
          new Field("email", "web.email", "email", "email", true),
          new Field("phone", "web.profile.phone", "tel", "tel", false))),
      Map.entry("address", List.of(new Field("street", "web.profile.street", "text", "street-address", true),
          new Field("postalCode", "web.profile.postal-code", "text", "postal-code", false),
          new Field("city", "web.profile.city", "text", "address-level2", true), country())),
      Map.entry("languages", List.of(choice("language", "web.profile.language", "languages"),
          choice("reading", "web.profile.reading", "proficiencies"),
          choice("writing", "web.profile.writing", "proficiencies"),
          choice("speaking", "web.profile.speaking", "proficiencies"))),
      Map.entry("relatives", List.of(text("name", "web.name"), text("relationship", "web.profile.relationship"),
          choice("employer", "web.profile.relative.employer", "employers"),
          new Field("organisation", "web.profile.relative.organisation", "text", "organization", false))),
      Map.entry("education", List.of(text("institution", "web.profile.institution"),
          text("degree", "web.profile.degree"), text("field", "web.profile.field"), country(), date("from", true),
          date("to", false))),
      Map.entry("employment", List.of(new Field("employer", "web.profile.employer", "text", "organization", true),
          new Field("title", "web.profile.job-title", "text", "organization-title", true), country(),
          new Field("duties", "web.profile.duties", "text", "off", false), date("from", true),
          date("to", false))),
      Map.entry("qualifications", List.of(choice("kind", "web.profile.qualification.kind", "kinds"),
          text("title", "web.profile.qualification.title"), text("issuer", "web.profile.qualification.issuer"),
          new Field("obtained", "web.profile.qualification.obtained", "date", "off", true))),
      Map.entry("expertise", List.of(text("area", "web.profile.expertise.area"),
          new Field("years", "web.profile.expertise.years", "number", "off", true))),
      Map.entry("computer-skills", List.of(text("skill", "web.profile.computer-skill"),
          choice("level", "web.profile.level", "proficiencies"))),
      Map.entry("publications", List.of(text("title", "web.profile.publication.title"),
          text("venue", "web.profile.publication.venue"),
          new Field("year", "web.profile.publication.year", "number", "off", true))),
      Map.entry("references", List.of(text("name", "web.name"), text("position", "web.profile.position"),
          new Field("email", "web.email", "email", "off", true),
          new Field("phone", "web.profile.phone", "tel", "off", false))));

  private ProfileForms() {}

  /**
   * One field of a form: a typed input, or a choice (always required) among a list of the page's model.
   *
   * @param name the attribute it fills
   * @param label the message key of its label
   * @param type the input's type ({@code text}, {@code date}...), or {@code select}
   * @param autocomplete the input's autocomplete token
   * @param required whether it must be filled
   * @param choices for a choice, the name of its list ({@code countries}, {@code languages}, {@code proficiencies},
   *     {@code kinds}, {@code employers}); otherwise null
   */
  record Field(String name, String label, String type, String autocomplete, boolean required,
      @Nullable String choices) {

    Field(String name, String label, String type, String autocomplete, boolean required) {
      this(name, label, type, autocomplete, required, null);
    }
  }

  private static Field text(String name, String label) {
    return new Field(name, label, "text", "off", true);
  }

  private static Field date(String name, boolean required) {
    return new Field(name, "web.profile." + name, "date", "off", required);
  }

  private static Field choice(String name, String label, String choices) {
    return new Field(name, label, "select", "off", true, choices);
  }

  private static Field country() {
    return choice("country", "web.country", "countries");
  }
}
