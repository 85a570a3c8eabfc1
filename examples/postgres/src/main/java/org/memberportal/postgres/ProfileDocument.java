/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.CandidateId;
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
 * The codec of a whole {@link Profile} as one JSON document, for the {@code profile} table and the snapshots frozen
 * into applications. The format is named ({@value #FORMAT}) in a column beside each document: a later change of
 * shape gets a new name and this reader stays for the older rows, so no stored profile needs rewriting when the code
 * changes. The format is declared here, as the records below, which Jackson binds; the domain's classes carry no
 * JSON annotation, so a renamed Java accessor never changes a stored document.
 *
 * <p>Format {@code profile/1}: an object with {@code candidate} (uuid), {@code version}, {@code createdAt} and
 * {@code lastActivity} (ISO-8601 instants, to the nanosecond), the sections {@code personalInformation},
 * {@code address} and {@code contractInformation} (absent when not filled in), {@code noRelativesDeclared}, and
 * {@code entries}, in order, each an object whose {@code section} is the section's code ({@code languages},
 * {@code relatives}, ...) and {@code id} the entry's. Dates are ISO-8601 ({@code 2026-03-02}), enumerations
 * their names, optional values absent when empty. The text is compact, members in that order, escaped as careers'
 * {@code privacy.Json} escapes (controls as lowercase {@code \}{@code u00xx}, and U+2028/U+2029), so a document is
 * byte for byte what the hand-written codec of 0.1.0 wrote.
 *
 * <p>Reading is strict: malformed JSON, trailing text, a duplicate or unknown member, a fraction or a quoted number
 * where an integer belongs, an enumeration's ordinal, a missing required member are all refused, so that a damaged
 * column fails loudly instead of loading half a profile.
 */
final class ProfileDocument {

  /** The name of the format this class writes. */
  static final String FORMAT = "profile/1";

  private static final ObjectMapper JSON = JsonMapper.builder(new JsonFactoryBuilder()
          .characterEscapes(new LineSeparatorEscapes())
          .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build();

  private ProfileDocument() {}

  /** The document of a profile, in format {@value #FORMAT}. */
  static String encode(Profile p) {
    Document doc = new Document(p.candidate().value(), p.version(), p.createdAt().toString(),
        p.lastActivity().toString(),
        p.personalInformation().map(i -> new Personal(i.firstName(), i.lastName(), i.birthDate().toString(),
            List.copyOf(i.nationalities()), i.email(), i.phone())).orElse(null),
        p.address().map(a -> new Place(a.street(), a.postalCode(), a.city(), a.country())).orElse(null),
        p.contractInformation().map(c -> new Contract(List.copyOf(c.interests()),
            c.availableFrom().map(LocalDate::toString).orElse(null))).orElse(null),
        p.noRelativesDeclared(),
        p.entries().stream().map(ProfileDocument::entry).toList());
    try {
      return JSON.writeValueAsString(doc);
    } catch (JsonProcessingException e) {
      // the tree is built above from plain values: failing to write it is a bug, and its text is personal data
      throw new IllegalStateException("a " + FORMAT + " document could not be written (" + e.getClass().getSimpleName()
          + ")");
    }
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
      return JSON.readValue(text, Document.class).profile();
    } catch (JsonProcessingException | RuntimeException e) {
      // the exception's class only, and no cause: parse errors quote the text, which is personal data
      throw new IllegalArgumentException("unreadable " + FORMAT + " document (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static Entry entry(ProfileEntry e) {
    UUID id = e.id().value();
    if (e instanceof LanguageSkill l) {
      return new Language(id, l.language(), l.reading(), l.writing(), l.speaking());
    } else if (e instanceof Relative r) {
      return new Kin(id, r.name(), r.relationship(), r.employer(), r.organisation());
    } else if (e instanceof Education d) {
      return new Study(id, d.institution(), d.degree(), d.field(), d.country(), d.from().toString(),
          d.to().map(LocalDate::toString).orElse(null));
    } else if (e instanceof Employment m) {
      return new Job(id, m.employer(), m.title(), m.country(), m.duties(), m.from().toString(),
          m.to().map(LocalDate::toString).orElse(null));
    } else if (e instanceof Qualification q) {
      return new Diploma(id, q.kind(), q.title(), q.issuer(), q.obtained().toString());
    } else if (e instanceof Expertise x) {
      return new Field(id, x.area(), x.years());
    } else if (e instanceof ComputerSkill c) {
      return new Software(id, c.skill(), c.level());
    } else if (e instanceof Publication p) {
      return new Paper(id, p.title(), p.venue(), p.year());
    } else if (e instanceof Reference r) {
      return new Referee(id, r.name(), r.position(), r.email(), r.phone());
    }
    // a new entry type must get its record here (and a new format name if older readers cannot skip it)
    throw new IllegalArgumentException("no encoding for " + e.getClass().getSimpleName());
  }

  private static @Nullable LocalDate date(@Nullable String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  // ------------------------------------------------------------------------------ format profile/1
  // Members are boxed and nullable so that a missing one reaches the domain's builders, which refuse it; the
  // order of the components is the order of the members in the text.

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record Document(UUID candidate, Long version, String createdAt, String lastActivity,
      @Nullable Personal personalInformation, @Nullable Place address, @Nullable Contract contractInformation,
      Boolean noRelativesDeclared, List<Entry> entries) {

    Profile profile() {
      Profile.Builder b = Profile.builder()
          .candidate(new CandidateId(candidate))
          .version(version)
          .createdAt(Instant.parse(createdAt))
          .lastActivity(Instant.parse(lastActivity))
          .noRelativesDeclared(noRelativesDeclared);
      if (personalInformation != null) {
        Personal s = personalInformation;
        b.personalInformation(PersonalInformation.builder().firstName(s.firstName()).lastName(s.lastName())
            .birthDate(date(s.birthDate())).addAllNationalities(s.nationalities()).email(s.email())
            .phone(s.phone()).build());
      }
      if (address != null) {
        b.address(Address.builder().street(address.street()).postalCode(address.postalCode())
            .city(address.city()).country(address.country()).build());
      }
      if (contractInformation != null) {
        ContractInformation.Builder c = ContractInformation.builder()
            .addAllInterests(contractInformation.interests());
        if (contractInformation.availableFrom() != null) {
          c.availableFrom(LocalDate.parse(contractInformation.availableFrom()));
        }
        b.contractInformation(c.build());
      }
      for (Entry e : entries) {
        b.addEntries(e.entry(new EntryId(e.id())));
      }
      return b.build();
    }
  }

  private record Personal(String firstName, String lastName, String birthDate, List<String> nationalities,
      String email, String phone) {}

  private record Place(String street, String postalCode, String city, String country) {}

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record Contract(List<ContractInterest> interests, @Nullable String availableFrom) {}

  /** An entry: its section's code names its type, first in the object. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "section")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Language.class, name = "languages"),
      @JsonSubTypes.Type(value = Kin.class, name = "relatives"),
      @JsonSubTypes.Type(value = Study.class, name = "education"),
      @JsonSubTypes.Type(value = Job.class, name = "employment"),
      @JsonSubTypes.Type(value = Diploma.class, name = "qualifications"),
      @JsonSubTypes.Type(value = Field.class, name = "expertise"),
      @JsonSubTypes.Type(value = Software.class, name = "computer-skills"),
      @JsonSubTypes.Type(value = Paper.class, name = "publications"),
      @JsonSubTypes.Type(value = Referee.class, name = "references")})
  private sealed interface Entry {

    UUID id();

    ProfileEntry entry(EntryId id);
  }

  private record Language(UUID id, String language, Proficiency reading, Proficiency writing,
      Proficiency speaking) implements Entry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return LanguageSkill.builder().id(entryId).language(language).reading(reading).writing(writing)
          .speaking(speaking).build();
    }
  }

  private record Kin(UUID id, String name, String relationship, RelativeEmployer employer, String organisation)
      implements Entry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Relative.builder().id(entryId).name(name).relationship(relationship).employer(employer)
          .organisation(organisation).build();
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record Study(UUID id, String institution, String degree, String field, String country, String from,
      @Nullable String to) implements Entry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Education.builder().id(entryId).institution(institution).degree(degree).field(field).country(country)
          .from(date(from)).to(Optional.ofNullable(date(to))).build();
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record Job(UUID id, String employer, String title, String country, String duties, String from,
      @Nullable String to) implements Entry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Employment.builder().id(entryId).employer(employer).title(title).country(country).duties(duties)
          .from(date(from)).to(Optional.ofNullable(date(to))).build();
    }
  }

  private record Diploma(UUID id, QualificationKind kind, String title, String issuer, String obtained)
      implements Entry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Qualification.builder().id(entryId).kind(kind).title(title).issuer(issuer).obtained(date(obtained))
          .build();
    }
  }

  private record Field(UUID id, String area, Integer years) implements Entry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Expertise.builder().id(entryId).area(area).years(years).build();
    }
  }

  private record Software(UUID id, String skill, Proficiency level) implements Entry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return ComputerSkill.builder().id(entryId).skill(skill).level(level).build();
    }
  }

  private record Paper(UUID id, String title, String venue, Integer year) implements Entry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Publication.builder().id(entryId).title(title).venue(venue).year(year).build();
    }
  }

  private record Referee(UUID id, String name, String position, String email, String phone) implements Entry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Reference.builder().id(entryId).name(name).position(position).email(email).phone(phone).build();
    }
  }

  /**
   * Jackson's standard escapes, plus U+2028 and U+2029 as {@code privacy.Json} writes them (so that a document is
   * also safe inside a script, and byte for byte what 0.1.0 wrote).
   */
  private static final class LineSeparatorEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    @Override
    public int[] getEscapeCodesForAscii() {
      return standardAsciiEscapesForJSON();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return ch == '\u2028' || ch == '\u2029' ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }
}
