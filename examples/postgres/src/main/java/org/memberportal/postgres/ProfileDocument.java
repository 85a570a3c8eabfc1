/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.profile.Address;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.EntryId;
import org.memberportal.careers.profile.PersonalInformation;
import org.memberportal.careers.profile.Profile;

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
        p.entries().stream().map(DocumentEntry::of).toList());
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

  // ------------------------------------------------------------------------------ format profile/1
  // Members are boxed and nullable so that a missing one reaches the domain's builders, which refuse it; the
  // order of the components is the order of the members in the text.

  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record Document(UUID candidate, Long version, String createdAt, String lastActivity,
      @Nullable Personal personalInformation, @Nullable Place address, @Nullable Contract contractInformation,
      Boolean noRelativesDeclared, List<DocumentEntry> entries) {

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
            .birthDate(DocumentEntry.date(s.birthDate())).addAllNationalities(s.nationalities()).email(s.email())
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
      for (DocumentEntry e : entries) {
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
