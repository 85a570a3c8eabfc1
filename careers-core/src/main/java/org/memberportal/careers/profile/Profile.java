/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.careers.CandidateId;

/**
 * A candidate's profile: the single-valued sections (personal information, address, contract information),
 * the entries of the multi-valued ones, and a version for optimistic concurrency. Immutable; the
 * {@link CandidateProfiles} commands make changed copies.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class Profile {

  /**
   * Whose profile it is.
   *
   * @return the candidate
   */
  public abstract CandidateId candidate();

  /**
   * The version, for optimistic concurrency: 0 for a profile never stored, 1 once stored, and one more at each
   * edit (the store moves it on).
   *
   * @return the version
   */
  public abstract long version();

  /**
   * The same profile at another version; only a store sets it.
   *
   * @param version the version
   * @return a copy
   */
  public abstract Profile withVersion(long version);

  /**
   * When the profile was first saved.
   *
   * @return the instant
   */
  public abstract Instant createdAt();

  /**
   * When the candidate last changed it; the retention rule counts inactivity from here.
   *
   * @return the instant
   */
  public abstract Instant lastActivity();

  /**
   * The personal information section, if filled in.
   *
   * @return the section
   */
  public abstract Optional<PersonalInformation> personalInformation();

  /**
   * The address section, if filled in.
   *
   * @return the section
   */
  public abstract Optional<Address> address();

  /**
   * The contract information section, if filled in.
   *
   * @return the section
   */
  public abstract Optional<ContractInformation> contractInformation();

  /**
   * Whether the candidate declared having no relatives in the organisation or the UN common system.
   *
   * @return true after an explicit "none"
   */
  @Value.Default
  public boolean noRelativesDeclared() {
    return false;
  }

  /**
   * Every entry of the multi-valued sections, in the order they were added.
   *
   * @return the entries
   */
  public abstract List<ProfileEntry> entries();

  /** Entry ids are unique, and "no relatives" cannot stand beside a relative. */
  @Value.Check
  protected void check() {
    Set<EntryId> ids = new HashSet<>();
    for (ProfileEntry e : entries()) {
      if (!ids.add(e.id())) {
        throw new IllegalArgumentException("duplicate entry id " + e.id());
      }
    }
    if (noRelativesDeclared() && !entries(Section.RELATIVES).isEmpty()) {
      throw new IllegalArgumentException("relatives declared none but listed");
    }
  }

  /**
   * An empty profile, as a candidate's profile is before its first edit.
   *
   * @param candidate the candidate
   * @param now the current instant
   * @return the empty profile, version 0
   */
  public static Profile empty(CandidateId candidate, Instant now) {
    return builder().candidate(candidate).version(0).createdAt(now).lastActivity(now).build();
  }

  /**
   * The entries of one section.
   *
   * @param section the section
   * @return its entries, in order
   */
  public List<ProfileEntry> entries(Section section) {
    return entries().stream().filter(e -> e.section() == section).toList();
  }

  /**
   * The entries of one type, e.g. {@code entries(LanguageSkill.class)}.
   *
   * @param type the entry type
   * @param <T> the entry type
   * @return the entries, in order
   */
  public <T extends ProfileEntry> List<T> entries(Class<T> type) {
    return entries().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * One entry by id.
   *
   * @param id the entry
   * @return the entry, or empty
   */
  public Optional<ProfileEntry> entry(EntryId id) {
    return entries().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * Whether a section has been answered: filled in, or (relatives) declared empty.
   *
   * @param section the section
   * @return true when answered
   */
  public boolean answered(Section section) {
    return switch (section) {
      case PERSONAL_INFORMATION -> personalInformation().isPresent();
      case ADDRESS -> address().isPresent();
      case CONTRACT_INFORMATION -> contractInformation().isPresent();
      case RELATIVES -> noRelativesDeclared() || !entries(section).isEmpty();
      default -> !entries(section).isEmpty();
    };
  }

  /**
   * The required sections not answered yet, in the seed's order.
   *
   * @return the missing sections; empty when the profile is complete
   */
  public List<Section> missingSections() {
    List<Section> missing = new ArrayList<>();
    for (Section s : Section.values()) {
      if (s.required() && !answered(s)) {
        missing.add(s);
      }
    }
    return List.copyOf(missing);
  }

  /**
   * Whether every required section is answered, so that the candidate may apply.
   *
   * @return true when complete
   */
  public boolean complete() {
    return missingSections().isEmpty();
  }

  /**
   * The completeness report: the missing sections named in a language, and how many of the required ones are
   * answered.
   *
   * @param locale the language of the section names
   * @return the report
   */
  public Completeness completeness(Locale locale) {
    List<MissingSection> missing = missingSections().stream().map(s -> new MissingSection(s, s.title(locale)))
        .toList();
    int required = (int) Arrays.stream(Section.values()).filter(Section::required).count();
    return new Completeness(candidate(), missing, required - missing.size(), required);
  }

  /**
   * Whether the candidate declared interest in short-term, consultant or internship work (talent search).
   *
   * @return true when at least one interest is declared
   */
  public boolean openToNonRegularWork() {
    return contractInformation().map(c -> !c.interests().isEmpty()).orElse(false);
  }

  /** The generated copy, whose {@code with*} methods edit one attribute. */
  ImmutableProfile copy() {
    return (ImmutableProfile) ImmutableProfile.copyOf(this);
  }

  Profile replaceEntries(List<ProfileEntry> entries) {
    return copy().withEntries(entries);
  }

  /** The profile with nothing left of one section: its value, or its entries and (relatives) its "none". */
  Profile without(Section section) {
    ImmutableProfile copy = copy();
    return switch (section) {
      case PERSONAL_INFORMATION -> copy.withPersonalInformation(Optional.empty());
      case ADDRESS -> copy.withAddress(Optional.empty());
      case CONTRACT_INFORMATION -> copy.withContractInformation(Optional.empty());
      default -> copy.withNoRelativesDeclared(section != Section.RELATIVES && noRelativesDeclared())
          .withEntries(entries().stream().filter(e -> e.section() != section).toList());
    };
  }

  Profile edited(Instant at) {
    return copy().withLastActivity(at);
  }

  /**
   * Starts a profile; hosts' adapters use it to load one.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Ids and shape only: a profile is personal data. */
  @Override
  public String toString() {
    return "Profile{" + candidate() + " v" + version() + ", " + entries().size() + " entries, missing "
        + missingSections() + "}";
  }

  /** Builds a {@link Profile}. */
  public static final class Builder extends ImmutableProfile.Builder {}
}
