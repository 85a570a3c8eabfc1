/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.profile.ComputerSkill;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.profile.Employment;
import org.memberportal.careers.profile.EntryId;
import org.memberportal.careers.profile.Expertise;
import org.memberportal.careers.profile.LanguageSkill;
import org.memberportal.careers.profile.Proficiency;
import org.memberportal.careers.profile.ProfileEntry;
import org.memberportal.careers.profile.Publication;
import org.memberportal.careers.profile.Qualification;
import org.memberportal.careers.profile.QualificationKind;
import org.memberportal.careers.profile.Reference;
import org.memberportal.careers.profile.Relative;
import org.memberportal.careers.profile.RelativeEmployer;

/**
 * An entry of a {@link ProfileDocument} in format {@value ProfileDocument#FORMAT}: an object whose {@code section}
 * member, first, is the section's code and names the record below that reads it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "section")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DocumentEntry.Language.class, name = "languages"),
    @JsonSubTypes.Type(value = DocumentEntry.Kin.class, name = "relatives"),
    @JsonSubTypes.Type(value = DocumentEntry.Study.class, name = "education"),
    @JsonSubTypes.Type(value = DocumentEntry.Job.class, name = "employment"),
    @JsonSubTypes.Type(value = DocumentEntry.Diploma.class, name = "qualifications"),
    @JsonSubTypes.Type(value = DocumentEntry.Field.class, name = "expertise"),
    @JsonSubTypes.Type(value = DocumentEntry.Software.class, name = "computer-skills"),
    @JsonSubTypes.Type(value = DocumentEntry.Paper.class, name = "publications"),
    @JsonSubTypes.Type(value = DocumentEntry.Referee.class, name = "references")})
sealed interface DocumentEntry {

  /**
   * The entry's id.
   *
   * @return the id
   */
  UUID id();

  /**
   * The domain's entry.
   *
   * @param id its id
   * @return the entry
   */
  ProfileEntry entry(EntryId id);

  /**
   * The entry as the format writes it.
   *
   * @throws IllegalArgumentException for an entry type the format does not know
   */
  static DocumentEntry of(ProfileEntry e) {
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

  /** A date of the format, absent when the member is. */
  static @Nullable LocalDate date(@Nullable String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  record Language(UUID id, String language, Proficiency reading, Proficiency writing,
      Proficiency speaking) implements DocumentEntry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return LanguageSkill.builder().id(entryId).language(language).reading(reading).writing(writing)
          .speaking(speaking).build();
    }
  }

  record Kin(UUID id, String name, String relationship, RelativeEmployer employer, String organisation)
      implements DocumentEntry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Relative.builder().id(entryId).name(name).relationship(relationship).employer(employer)
          .organisation(organisation).build();
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Study(UUID id, String institution, String degree, String field, String country, String from,
      @Nullable String to) implements DocumentEntry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Education.builder().id(entryId).institution(institution).degree(degree).field(field).country(country)
          .from(date(from)).to(Optional.ofNullable(date(to))).build();
    }
  }

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Job(UUID id, String employer, String title, String country, String duties, String from,
      @Nullable String to) implements DocumentEntry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Employment.builder().id(entryId).employer(employer).title(title).country(country).duties(duties)
          .from(date(from)).to(Optional.ofNullable(date(to))).build();
    }
  }

  record Diploma(UUID id, QualificationKind kind, String title, String issuer, String obtained)
      implements DocumentEntry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Qualification.builder().id(entryId).kind(kind).title(title).issuer(issuer).obtained(date(obtained))
          .build();
    }
  }

  record Field(UUID id, String area, Integer years) implements DocumentEntry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Expertise.builder().id(entryId).area(area).years(years).build();
    }
  }

  record Software(UUID id, String skill, Proficiency level) implements DocumentEntry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return ComputerSkill.builder().id(entryId).skill(skill).level(level).build();
    }
  }

  record Paper(UUID id, String title, String venue, Integer year) implements DocumentEntry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Publication.builder().id(entryId).title(title).venue(venue).year(year).build();
    }
  }

  record Referee(UUID id, String name, String position, String email, String phone) implements DocumentEntry {

    @Override
    public ProfileEntry entry(EntryId entryId) {
      return Reference.builder().id(entryId).name(name).position(position).email(email).phone(phone).build();
    }
  }
}
