/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.memberportal.account.UserAccounts;
import org.memberportal.careers.profile.ComputerSkill;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.profile.Employment;
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
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An entry of the Candidate Profile as its page shows it: in one line, its levels and kinds in the reader's
 * language; and as the values of its section's form, to change it.
 */
@Component
class EntryViews {

  /** The enumerations an entry holds, by the part of their values' message keys that names them. */
  private static final Map<Class<?>, String> CHOICES = Map.of(Proficiency.class, "proficiency",
      QualificationKind.class, "qualification-kind", RelativeEmployer.class, "relative-employer");

  private final UserAccounts accounts;
  private final MessageSource messages;

  EntryViews(UserAccounts accounts, MessageSource messages) {
    this.accounts = accounts;
    this.messages = messages;
  }

  /** An entry in one line, its levels and kinds in the reader's language. */
  String label(ProfileEntry entry, Locale locale) {
    if (entry instanceof LanguageSkill skill) {
      String language = accounts.referenceData().languages().stream().filter(c -> c.code().equals(skill.language()))
          .findFirst().map(c -> c.label(locale)).orElse(skill.language());
      return words("web.profile.entry.languages", locale, language, words(skill.reading(), locale),
          words(skill.writing(), locale), words(skill.speaking(), locale));
    }
    if (entry instanceof Relative relative) {
      String employer = words(relative.employer(), locale);
      return words("web.profile.entry.relatives", locale, relative.name(), relative.relationship(),
          relative.organisation().isEmpty() ? employer : employer + " (" + relative.organisation() + ")");
    }
    if (entry instanceof Education education) {
      return education.degree() + ", " + education.field() + ", " + education.institution();
    }
    if (entry instanceof Employment employment) {
      return employment.title() + ", " + employment.employer();
    }
    if (entry instanceof Qualification qualification) {
      return words("web.profile.entry.qualifications", locale, words(qualification.kind(), locale),
          qualification.title(), qualification.issuer(), qualification.obtained().toString());
    }
    if (entry instanceof Expertise expertise) {
      return words("web.profile.entry.expertise", locale, expertise.area(), expertise.years());
    }
    if (entry instanceof ComputerSkill skill) {
      return words("web.profile.entry.computer-skills", locale, skill.skill(), words(skill.level(), locale));
    }
    if (entry instanceof Publication publication) {
      return words("web.profile.entry.publications", locale, publication.title(), publication.venue(),
          String.valueOf(publication.year()));
    }
    if (entry instanceof Reference reference) {
      return reference.name() + ", " + reference.position();
    }
    return entry.section().code();
  }

  /** An entry's values as its section's form names them ({@code section-attribute}). */
  static Map<String, String> fields(ProfileEntry entry) {
    Map<String, String> values = new HashMap<>();
    if (entry instanceof LanguageSkill skill) {
      values.putAll(Map.of("language", skill.language(), "reading", skill.reading().name(), "writing",
          skill.writing().name(), "speaking", skill.speaking().name()));
    } else if (entry instanceof Relative relative) {
      values.putAll(Map.of("name", relative.name(), "relationship", relative.relationship(), "employer",
          relative.employer().name(), "organisation", relative.organisation()));
    } else if (entry instanceof Education education) {
      values.putAll(Map.of("institution", education.institution(), "degree", education.degree(), "field",
          education.field(), "country", education.country(), "from", education.from().toString()));
      education.to().ifPresent(to -> values.put("to", to.toString()));
    } else if (entry instanceof Employment employment) {
      values.putAll(Map.of("employer", employment.employer(), "title", employment.title(), "country",
          employment.country(), "duties", employment.duties(), "from", employment.from().toString()));
      employment.to().ifPresent(to -> values.put("to", to.toString()));
    } else if (entry instanceof Qualification qualification) {
      values.putAll(Map.of("kind", qualification.kind().name(), "title", qualification.title(), "issuer",
          qualification.issuer(), "obtained", qualification.obtained().toString()));
    } else if (entry instanceof Expertise expertise) {
      values.putAll(Map.of("area", expertise.area(), "years", String.valueOf(expertise.years())));
    } else if (entry instanceof ComputerSkill skill) {
      values.putAll(Map.of("skill", skill.skill(), "level", skill.level().name()));
    } else if (entry instanceof Publication publication) {
      values.putAll(Map.of("title", publication.title(), "venue", publication.venue(), "year",
          String.valueOf(publication.year())));
    } else if (entry instanceof Reference reference) {
      values.putAll(Map.of("name", reference.name(), "position", reference.position(), "email", reference.email(),
          "phone", reference.phone()));
    }
    return values.entrySet().stream().collect(Collectors.toMap(e -> entry.section().code() + "-" + e.getKey(),
        Map.Entry::getValue));
  }

  /** An enumeration's values as a form's choices, in the reader's language. */
  <E extends Enum<E>> List<Choice> choices(Class<E> type, Locale locale) {
    return Arrays.stream(type.getEnumConstants()).map(value -> new Choice(value.name(), words(value, locale))).toList();
  }

  /** An enumeration's value in the reader's language, as the forms' choices name it. */
  private String words(Enum<?> value, Locale locale) {
    return words("web.profile." + CHOICES.get(value.getDeclaringClass()) + "." + value.name(), locale);
  }

  private String words(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }
}
