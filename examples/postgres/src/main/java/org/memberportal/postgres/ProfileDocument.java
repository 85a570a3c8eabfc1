/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.privacy.Json;
import org.memberportal.careers.profile.Address;
import org.memberportal.careers.profile.ComputerSkill;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.profile.Employment;
import org.memberportal.careers.profile.EntryId;
import org.memberportal.careers.profile.Expertise;
import org.memberportal.careers.profile.LanguageSkill;
import org.memberportal.careers.profile.PersonalInformation;
import org.memberportal.careers.profile.Proficiency;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileEntry;
import org.memberportal.careers.profile.Publication;
import org.memberportal.careers.profile.Qualification;
import org.memberportal.careers.profile.QualificationKind;
import org.memberportal.careers.profile.Reference;
import org.memberportal.careers.profile.Relative;
import org.memberportal.careers.profile.RelativeEmployer;

/**
 * The codec of a whole {@link Profile} as one JSON document, written by hand field by field (no JSON library, no
 * reflection), for the {@code profile} table and the snapshots frozen into applications. The format is named
 * ({@value #FORMAT}) in a column beside each document: a later change of shape gets a new name and this reader
 * stays for the older rows, so no stored profile needs rewriting when the code changes.
 *
 * <p>Format {@code profile/1}: an object with {@code candidate} (uuid), {@code version}, {@code createdAt} and
 * {@code lastActivity} (ISO-8601 instants, to the nanosecond), the sections {@code personalInformation},
 * {@code address} and {@code contractInformation} (absent when not filled in), {@code noRelativesDeclared}, and
 * {@code entries}, in order, each an object whose {@code section} is the section's code ({@code languages},
 * {@code relatives}, ...) and {@code id} the entry's. Dates are ISO-8601 ({@code 2026-03-02}), enumerations
 * their names, optional values absent when empty.
 */
final class ProfileDocument {

  /** The name of the format this class writes. */
  static final String FORMAT = "profile/1";

  private ProfileDocument() {}

  /** The document of a profile, in format {@value #FORMAT}. */
  static String encode(Profile p) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("candidate", p.candidate().value().toString());
    doc.put("version", p.version());
    doc.put("createdAt", p.createdAt().toString());
    doc.put("lastActivity", p.lastActivity().toString());
    p.personalInformation().ifPresent(i -> {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("firstName", i.firstName());
      s.put("lastName", i.lastName());
      s.put("birthDate", i.birthDate().toString());
      s.put("nationalities", List.copyOf(i.nationalities()));
      s.put("email", i.email());
      s.put("phone", i.phone());
      doc.put("personalInformation", s);
    });
    p.address().ifPresent(a -> {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("street", a.street());
      s.put("postalCode", a.postalCode());
      s.put("city", a.city());
      s.put("country", a.country());
      doc.put("address", s);
    });
    p.contractInformation().ifPresent(c -> {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("interests", c.interests().stream().map(Enum::name).toList());
      c.availableFrom().ifPresent(d -> s.put("availableFrom", d.toString()));
      doc.put("contractInformation", s);
    });
    doc.put("noRelativesDeclared", p.noRelativesDeclared());
    List<Object> entries = new ArrayList<>();
    for (ProfileEntry e : p.entries()) {
      entries.add(entry(e));
    }
    doc.put("entries", entries);
    return Json.render(doc);
  }

  /**
   * The profile a document holds.
   *
   * @throws IllegalArgumentException when the format is unknown or the document malformed (the message names
   *     no content: a profile is personal data)
   */
  static Profile decode(String format, String text) {
    if (!FORMAT.equals(format)) {
      throw new IllegalArgumentException("unknown profile format " + format);
    }
    try {
      return read(object(JsonText.parse(text), "profile"));
    } catch (RuntimeException e) {
      // the exception's class only: parse errors quote the text, which is personal data
      throw new IllegalArgumentException("unreadable " + FORMAT + " document (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Profile read(Map<String, @Nullable Object> doc) {
    Profile.Builder b = Profile.builder();
    b.candidate(new CandidateId(UUID.fromString(text(doc, "candidate"))))
        .version(number(doc, "version"))
        .createdAt(Instant.parse(text(doc, "createdAt")))
        .lastActivity(Instant.parse(text(doc, "lastActivity")))
        .noRelativesDeclared(bool(doc, "noRelativesDeclared"));
    optionalObject(doc, "personalInformation").ifPresent(s -> b.personalInformation(PersonalInformation.builder()
        .firstName(text(s, "firstName")).lastName(text(s, "lastName")).birthDate(date(s, "birthDate"))
        .addAllNationalities(texts(s, "nationalities")).email(text(s, "email")).phone(text(s, "phone")).build()));
    optionalObject(doc, "address").ifPresent(s -> b.address(Address.builder().street(text(s, "street"))
        .postalCode(text(s, "postalCode")).city(text(s, "city")).country(text(s, "country")).build()));
    optionalObject(doc, "contractInformation").ifPresent(s -> {
      ContractInformation.Builder c = ContractInformation.builder();
      texts(s, "interests").forEach(i -> c.addInterests(ContractInterest.valueOf(i)));
      optionalText(s, "availableFrom").ifPresent(d -> c.availableFrom(LocalDate.parse(d)));
      b.contractInformation(c.build());
    });
    for (Object e : list(doc, "entries")) {
      b.addEntries(entry(object(e, "entry")));
    }
    return b.build();
  }

  private static Map<String, Object> entry(ProfileEntry e) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("section", e.section().code());
    s.put("id", e.id().value().toString());
    if (e instanceof LanguageSkill l) {
      s.put("language", l.language());
      s.put("reading", l.reading().name());
      s.put("writing", l.writing().name());
      s.put("speaking", l.speaking().name());
    } else if (e instanceof Relative r) {
      s.put("name", r.name());
      s.put("relationship", r.relationship());
      s.put("employer", r.employer().name());
      s.put("organisation", r.organisation());
    } else if (e instanceof Education d) {
      s.put("institution", d.institution());
      s.put("degree", d.degree());
      s.put("field", d.field());
      s.put("country", d.country());
      s.put("from", d.from().toString());
      d.to().ifPresent(to -> s.put("to", to.toString()));
    } else if (e instanceof Employment m) {
      s.put("employer", m.employer());
      s.put("title", m.title());
      s.put("country", m.country());
      s.put("duties", m.duties());
      s.put("from", m.from().toString());
      m.to().ifPresent(to -> s.put("to", to.toString()));
    } else if (e instanceof Qualification q) {
      s.put("kind", q.kind().name());
      s.put("title", q.title());
      s.put("issuer", q.issuer());
      s.put("obtained", q.obtained().toString());
    } else if (e instanceof Expertise x) {
      s.put("area", x.area());
      s.put("years", x.years());
    } else if (e instanceof ComputerSkill c) {
      s.put("skill", c.skill());
      s.put("level", c.level().name());
    } else if (e instanceof Publication p) {
      s.put("title", p.title());
      s.put("venue", p.venue());
      s.put("year", p.year());
    } else if (e instanceof Reference r) {
      s.put("name", r.name());
      s.put("position", r.position());
      s.put("email", r.email());
      s.put("phone", r.phone());
    } else {
      // a new entry type must get its fields here (and a new format name if older readers cannot skip it)
      throw new IllegalArgumentException("no encoding for " + e.getClass().getSimpleName());
    }
    return s;
  }

  private static ProfileEntry entry(Map<String, @Nullable Object> s) {
    EntryId id = new EntryId(UUID.fromString(text(s, "id")));
    String section = text(s, "section");
    return switch (section) {
      case "languages" -> LanguageSkill.builder().id(id).language(text(s, "language"))
          .reading(Proficiency.valueOf(text(s, "reading"))).writing(Proficiency.valueOf(text(s, "writing")))
          .speaking(Proficiency.valueOf(text(s, "speaking"))).build();
      case "relatives" -> Relative.builder().id(id).name(text(s, "name")).relationship(text(s, "relationship"))
          .employer(RelativeEmployer.valueOf(text(s, "employer"))).organisation(text(s, "organisation")).build();
      case "education" -> Education.builder().id(id).institution(text(s, "institution")).degree(text(s, "degree"))
          .field(text(s, "field")).country(text(s, "country")).from(date(s, "from"))
          .to(optionalText(s, "to").map(LocalDate::parse)).build();
      case "employment" -> Employment.builder().id(id).employer(text(s, "employer")).title(text(s, "title"))
          .country(text(s, "country")).duties(text(s, "duties")).from(date(s, "from"))
          .to(optionalText(s, "to").map(LocalDate::parse)).build();
      case "qualifications" -> Qualification.builder().id(id).kind(QualificationKind.valueOf(text(s, "kind")))
          .title(text(s, "title")).issuer(text(s, "issuer")).obtained(date(s, "obtained")).build();
      case "expertise" -> Expertise.builder().id(id).area(text(s, "area")).years(Math.toIntExact(number(s, "years")))
          .build();
      case "computer-skills" -> ComputerSkill.builder().id(id).skill(text(s, "skill"))
          .level(Proficiency.valueOf(text(s, "level"))).build();
      case "publications" -> Publication.builder().id(id).title(text(s, "title")).venue(text(s, "venue"))
          .year(Math.toIntExact(number(s, "year"))).build();
      case "references" -> Reference.builder().id(id).name(text(s, "name")).position(text(s, "position"))
          .email(text(s, "email")).phone(text(s, "phone")).build();
      default -> throw new IllegalArgumentException("unknown profile section " + section);
    };
  }

  // ------------------------------------------------------------------------------ typed reads of the tree

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> object(@Nullable Object value, String what) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, @Nullable Object>) map;
    }
    throw new IllegalArgumentException(what + " is not an object");
  }

  private static Optional<Map<String, @Nullable Object>> optionalObject(Map<String, @Nullable Object> s,
      String name) {
    Object value = s.get(name);
    return value == null ? Optional.empty() : Optional.of(object(value, name));
  }

  private static String text(Map<String, @Nullable Object> s, String name) {
    if (s.get(name) instanceof String text) {
      return text;
    }
    throw new IllegalArgumentException(name + " is not a text");
  }

  private static Optional<String> optionalText(Map<String, @Nullable Object> s, String name) {
    return s.get(name) == null ? Optional.empty() : Optional.of(text(s, name));
  }

  private static long number(Map<String, @Nullable Object> s, String name) {
    if (s.get(name) instanceof Long n) {
      return n;
    }
    throw new IllegalArgumentException(name + " is not an integer");
  }

  private static boolean bool(Map<String, @Nullable Object> s, String name) {
    if (s.get(name) instanceof Boolean b) {
      return b;
    }
    throw new IllegalArgumentException(name + " is not a boolean");
  }

  private static LocalDate date(Map<String, @Nullable Object> s, String name) {
    return LocalDate.parse(text(s, name));
  }

  private static List<?> list(Map<String, @Nullable Object> s, String name) {
    if (s.get(name) instanceof List<?> list) {
      return list;
    }
    throw new IllegalArgumentException(name + " is not a list");
  }

  private static List<String> texts(Map<String, @Nullable Object> s, String name) {
    List<String> out = new ArrayList<>();
    for (Object value : list(s, name)) {
      if (!(value instanceof String text)) {
        throw new IllegalArgumentException(name + " holds a non-text");
      }
      out.add(text);
    }
    return out;
  }
}
