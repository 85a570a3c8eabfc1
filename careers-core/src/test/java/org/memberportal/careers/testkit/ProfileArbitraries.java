/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.memberportal.careers.profile.Address;
import org.memberportal.careers.profile.ComputerSkill;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.profile.Employment;
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
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.testkit.MutableClock;

/**
 * jqwik arbitraries for valid profile sections and whole profiles. Texts include quotes, backslashes, accents,
 * a zero-width joiner and CJK, and multi-line ones (an employment's duties) tabs, line breaks and line
 * separators, so that renderings are put to the test; control characters are not text (the kernel's
 * {@code @Text} refuses them).
 */
public final class ProfileArbitraries {

  private ProfileArbitraries() {}

  /**
   * Valid non-blank texts of at most the given length, with awkward characters.
   *
   * @param max longest length
   * @return the arbitrary
   */
  public static Arbitrary<String> texts(int max) {
    return Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('é', 'ç', 'ß', '"', '\\', '\u200d', '中', '€')
        .ofMinLength(1).ofMaxLength(max)
        .filter(s -> !s.isBlank());
  }

  /**
   * Valid texts of a multi-line field, possibly empty: line breaks, tabs and line separators besides.
   *
   * @param max longest length
   * @return the arbitrary
   */
  public static Arbitrary<String> multiLineTexts(int max) {
    return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings()
        .withCharRange(' ', '~')
        .withChars('é', 'ç', 'ß', '"', '\\', '\n', '\r', '\t', '\u2028', '中', '€')
        .ofMinLength(1).ofMaxLength(max)
        .filter(s -> !s.isBlank()));
  }

  /**
   * Texts that may be empty (optional fields such as a phone number).
   *
   * @param max longest length
   * @return the arbitrary
   */
  public static Arbitrary<String> optionalTexts(int max) {
    return Arbitraries.oneOf(Arbitraries.just(""), texts(max));
  }

  /**
   * Valid email addresses.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> emails() {
    return Combinators.combine(Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
        Arbitraries.of("example.org", "example.com", "un.example.int"))
        .as((local, domain) -> local + "@" + domain);
  }

  /**
   * ISO 3166-1 alpha-2 country codes.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> countries() {
    return Arbitraries.of(Locale.getISOCountries());
  }

  /**
   * ISO 639-1 language codes.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> languages() {
    return Arbitraries.of(Locale.getISOLanguages());
  }

  /**
   * Dates between 1950 and 2025.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalDate> dates() {
    return Arbitraries.longs().between(LocalDate.of(1950, 1, 1).toEpochDay(), LocalDate.of(2025, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static Arbitrary<Optional<LocalDate>> endAfter(LocalDate from) {
    return Arbitraries.integers().between(0, 4000).map(d -> from.plusDays(d)).optional();
  }

  /**
   * Personal information sections.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PersonalInformation> personalInformation() {
    return Combinators.combine(texts(100), texts(100), dates(), countries().set().ofMinSize(1).ofMaxSize(3),
        emails(), optionalTexts(40))
        .as((first, last, birth, nationalities, email, phone) -> PersonalInformation.builder().firstName(first)
            .lastName(last).birthDate(birth).addAllNationalities(nationalities).email(email).phone(phone).build());
  }

  /**
   * Address sections.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Address> addresses() {
    return Combinators.combine(texts(300), optionalTexts(20), texts(100), countries())
        .as((street, postal, city, country) -> Address.builder().street(street).postalCode(postal).city(city)
            .country(country).build());
  }

  /**
   * Contract information sections.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ContractInformation> contractInformation() {
    return Combinators.combine(Arbitraries.of(ContractInterest.class).set(), dates().optional())
        .as((interests, from) -> ContractInformation.builder().addAllInterests(interests).availableFrom(from).build());
  }

  /**
   * Language entries.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LanguageSkill> languageSkills() {
    Arbitrary<Proficiency> level = Arbitraries.of(Proficiency.class);
    return Combinators.combine(languages(), level, level, level)
        .as((l, r, w, s) -> LanguageSkill.builder().language(l).reading(r).writing(w).speaking(s).build());
  }

  /**
   * Relative entries.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Relative> relatives() {
    return Combinators.combine(texts(60), texts(40), Arbitraries.of(RelativeEmployer.class), optionalTexts(60))
        .as((n, r, e, o) -> Relative.builder().name(n).relationship(r).employer(e).organisation(o).build());
  }

  /**
   * Education entries, their dates in order.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Education> educations() {
    return dates().flatMap(from -> Combinators.combine(texts(80), texts(60), texts(60), countries(), endAfter(from))
        .as((i, d, f, c, to) -> Education.builder().institution(i).degree(d).field(f).country(c).from(from).to(to)
            .build()));
  }

  /**
   * Employment entries, their dates in order.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Employment> employments() {
    return dates().flatMap(from -> Combinators.combine(texts(80), texts(60), countries(), multiLineTexts(400),
            endAfter(from))
        .as((e, t, c, d, to) -> Employment.builder().employer(e).title(t).country(c).duties(d).from(from).to(to)
            .build()));
  }

  /**
   * Training, accreditation and certificate entries.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Qualification> qualifications() {
    return Combinators.combine(Arbitraries.of(QualificationKind.class), texts(80), texts(80), dates())
        .as((k, t, i, d) -> Qualification.builder().kind(k).title(t).issuer(i).obtained(d).build());
  }

  /**
   * Expertise entries.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Expertise> expertise() {
    return Combinators.combine(texts(80), Arbitraries.integers().between(0, 70))
        .as((a, y) -> Expertise.builder().area(a).years(y).build());
  }

  /**
   * Computer skill entries.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ComputerSkill> computerSkills() {
    return Combinators.combine(texts(60), Arbitraries.of(Proficiency.class))
        .as((s, l) -> ComputerSkill.builder().skill(s).level(l).build());
  }

  /**
   * Publication entries.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Publication> publications() {
    return Combinators.combine(texts(120), texts(80), Arbitraries.integers().between(1950, 2030))
        .as((t, v, y) -> Publication.builder().title(t).venue(v).year(y).build());
  }

  /**
   * Reference entries.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Reference> references() {
    return Combinators.combine(texts(60), texts(80), emails(), optionalTexts(40))
        .as((n, p, e, t) -> Reference.builder().name(n).position(p).email(e).phone(t).build());
  }

  /**
   * Entries of any multi-valued section.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProfileEntry> entries() {
    return Arbitraries.oneOf(languageSkills(), relatives(), educations(), employments(), qualifications(),
        expertise(), computerSkills(), publications(), references());
  }

  /**
   * Profiles of fresh candidates (version 0, contents only), from empty to complete; when no relative is
   * listed, "none" may be declared.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Profile> profiles() {
    return Combinators.combine(personalInformation().optional(), addresses().optional(),
            contractInformation().optional(), entries().list().ofMaxSize(12), Arbitraries.of(true, false))
        .as((p, a, c, entries, none) -> {
          boolean noRelatives = none && entries.stream().noneMatch(Relative.class::isInstance);
          return Profile.builder().candidate(CandidateId.random()).version(0).createdAt(MutableClock.START)
              .lastActivity(MutableClock.START).personalInformation(p).address(a).contractInformation(c)
              .addAllEntries(entries).noRelativesDeclared(noRelatives).build();
        });
  }

  /**
   * Complete profiles: every required section answered, optional ones at random.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Profile> completeProfiles() {
    return Combinators.combine(personalInformation(), addresses(), contractInformation(), languageSkills(),
            educations(), employments(), references(), entries().list().ofMaxSize(6))
        .as((p, a, c, l, ed, em, r, more) -> Profile.builder().candidate(CandidateId.random()).version(0)
            .createdAt(MutableClock.START).lastActivity(MutableClock.START).personalInformation(p).address(a)
            .contractInformation(c).addEntries(l, ed, em, r).addAllEntries(more)
            .noRelativesDeclared(more.stream().noneMatch(Relative.class::isInstance))
            .build());
  }

  /**
   * Every list entry of the same arbitrary, for tests that need several.
   *
   * @param size how many
   * @return the arbitrary
   */
  public static Arbitrary<List<ProfileEntry>> entries(int size) {
    return entries().list().ofSize(size);
  }
}
