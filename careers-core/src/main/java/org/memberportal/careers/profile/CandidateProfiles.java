/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.memberportal.careers.port.Profiles;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Candidate Profile service: the candidate edits their own profile section by section (each command
 * checks the version the candidate saw); the candidate, recruiters and the library itself read it; a
 * completeness report and a snapshot serve applications.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CandidateProfiles {

  /** Most entries one section may hold. */
  public static final int MAX_ENTRIES_PER_SECTION = 50;

  private static final Logger LOG = LoggerFactory.getLogger(CandidateProfiles.class);

  private final Host host;
  private final Profiles profiles;

  /**
   * Creates the service.
   *
   * @param host the kernel's ports (transactions, events, clock)
   * @param profiles where profiles are stored
   */
  public CandidateProfiles(Host host, Profiles profiles) {
    this.host = host;
    this.profiles = profiles;
  }

  /**
   * Sets the personal information section; the date of birth must be in the past.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEdited} event
   */
  public Outcome<Profile> setPersonalInformation(SetPersonalInformation command, Actor actor) {
    Validation.check(command, actor);
    if (!command.value().birthDate().isBefore(LocalDate.now(host.clock()))) {
      throw ValidationFailed.of(
          Validation.violation("value.birthDate", "profile.personal.birth-date-not-past", actor.locale()));
    }
    return edit(command, actor, Section.PERSONAL_INFORMATION, EntryChange.SET, Optional.empty(),
        p -> p.copy().withPersonalInformation(command.value()));
  }

  /**
   * Sets the address section.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEdited} event
   */
  public Outcome<Profile> setAddress(SetAddress command, Actor actor) {
    Validation.check(command, actor);
    return edit(command, actor, Section.ADDRESS, EntryChange.SET, Optional.empty(),
        p -> p.copy().withAddress(command.value()));
  }

  /**
   * Sets the contract information section (interests and availability).
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEdited} event
   */
  public Outcome<Profile> setContractInformation(SetContractInformation command, Actor actor) {
    Validation.check(command, actor);
    return edit(command, actor, Section.CONTRACT_INFORMATION, EntryChange.SET, Optional.empty(),
        p -> p.copy().withContractInformation(command.value()));
  }

  /**
   * Adds an entry to its section. A relative withdraws an earlier "no relatives" declaration.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEdited} event
   * @throws ValidationFailed {@code profile.section.full} when the section already holds
   *     {@link #MAX_ENTRIES_PER_SECTION} entries
   * @throws PreconditionFailed {@code profile.entry.exists} when an entry with that id exists
   */
  public Outcome<Profile> addEntry(AddEntry command, Actor actor) {
    Validation.check(command, actor);
    ProfileEntry entry = command.entry();
    return edit(command, actor, entry.section(), EntryChange.ADDED, Optional.of(entry.id()), p -> {
      if (p.entry(entry.id()).isPresent()) {
        throw new PreconditionFailed("profile.entry.exists", "an entry with this id exists");
      }
      if (p.entries(entry.section()).size() >= MAX_ENTRIES_PER_SECTION) {
        throw ValidationFailed.of(Validation.violation("entry", "profile.section.full", actor.locale(),
            Map.of("max", MAX_ENTRIES_PER_SECTION)));
      }
      List<ProfileEntry> entries = new ArrayList<>(p.entries());
      entries.add(entry);
      // a listed relative answers the section, so an earlier "none" no longer holds
      Profile base = entry.section() == Section.RELATIVES ? p.copy().withNoRelativesDeclared(false) : p;
      return base.replaceEntries(entries);
    });
  }

  /**
   * Replaces an entry by one with the same id and section.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEdited} event
   * @throws NotFound {@code profile.entry.not-found} when the profile has no such entry
   */
  public Outcome<Profile> updateEntry(UpdateEntry command, Actor actor) {
    Validation.check(command, actor);
    ProfileEntry entry = command.entry();
    return edit(command, actor, entry.section(), EntryChange.UPDATED, Optional.of(entry.id()), p -> {
      ProfileEntry old = p.entry(entry.id())
          .orElseThrow(() -> new NotFound("profile.entry.not-found", "no such entry in the profile"));
      if (old.section() != entry.section()) {
        throw ValidationFailed.of(Validation.violation("entry", "profile.entry.other-section", actor.locale()));
      }
      return p.replaceEntries(p.entries().stream().map(e -> e.id().equals(entry.id()) ? entry : e).toList());
    });
  }

  /**
   * Removes an entry.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEdited} event
   * @throws NotFound {@code profile.entry.not-found} when the profile has no such entry
   */
  public Outcome<Profile> removeEntry(RemoveEntry command, Actor actor) {
    Validation.check(command, actor);
    Section section = host.query(() -> profiles.find(command.candidate()))
        .flatMap(p -> p.entry(command.entry()))
        .map(ProfileEntry::section)
        .orElse(Section.PERSONAL_INFORMATION);
    return edit(command, actor, section, EntryChange.REMOVED, Optional.of(command.entry()), p -> {
      if (p.entry(command.entry()).isEmpty()) {
        throw new NotFound("profile.entry.not-found", "no such entry in the profile");
      }
      return p.replaceEntries(p.entries().stream().filter(e -> !e.id().equals(command.entry())).toList());
    });
  }

  /**
   * Removes a whole section, whichever it is: the value of a single-valued one (personal information, address,
   * contract information), every entry of a multi-valued one, and for relatives the "none" declaration too.
   * A required section removed makes the profile incomplete, so that applying waits until it is answered again;
   * the export shows the section empty. Applications already made keep the snapshot they froze.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEdited} event ({@link EntryChange#REMOVED}, no entry)
   * @throws NotFound {@code profile.section.empty} when the section holds nothing
   */
  public Outcome<Profile> removeSection(RemoveSection command, Actor actor) {
    Validation.check(command, actor);
    Section section = command.section();
    return edit(command, actor, section, EntryChange.REMOVED, Optional.empty(), p -> {
      if (!p.answered(section)) {
        throw new NotFound("profile.section.empty", "the section holds nothing");
      }
      return p.without(section);
    });
  }

  /**
   * Declares that the candidate has no relative in the organisation or the UN common system; an explicit
   * "none" answers the section.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEdited} event
   * @throws PreconditionFailed {@code profile.relatives.listed} while relatives are listed
   */
  public Outcome<Profile> declareNoRelatives(DeclareNoRelatives command, Actor actor) {
    Validation.check(command, actor);
    return edit(command, actor, Section.RELATIVES, EntryChange.DECLARED_NONE, Optional.empty(), p -> {
      if (!p.entries(Section.RELATIVES).isEmpty()) {
        throw new PreconditionFailed("profile.relatives.listed", "remove the listed relatives first");
      }
      return p.copy().withNoRelativesDeclared(true);
    });
  }

  /**
   * A candidate's profile, for the candidate (an empty one before their first edit), recruiters and the
   * library itself.
   *
   * @param candidate whose profile
   * @param actor who reads
   * @return the profile
   * @throws NotAllowed {@code profile.not-owner} for anybody else
   * @throws NotFound {@code profile.not-found} for a reader other than the candidate when there is none
   */
  public Profile profile(CandidateId candidate, Actor actor) {
    authoriseReader(candidate, actor);
    return host.query(() -> profiles.find(candidate)).orElseGet(() -> {
      if (isOwner(candidate, actor)) {
        return Profile.empty(candidate, host.clock().instant());
      }
      throw new NotFound("profile.not-found", "no profile for this candidate");
    });
  }

  /**
   * The completeness report of a profile, its missing sections named in the actor's language.
   *
   * @param candidate whose profile
   * @param actor who asks (the candidate, a recruiter, the library)
   * @return the report
   */
  public Completeness completeness(CandidateId candidate, Actor actor) {
    authoriseReader(candidate, actor);
    Profile profile = host.query(() -> profiles.find(candidate))
        .orElseGet(() -> Profile.empty(candidate, host.clock().instant()));
    return report(profile, actor.locale());
  }

  /**
   * The completeness report of a profile in a language.
   *
   * @param profile the profile
   * @param locale the language of the section names
   * @return the report
   */
  public static Completeness report(Profile profile, Locale locale) {
    List<MissingSection> missing = profile.missingSections().stream()
        .map(s -> new MissingSection(s, s.title(locale)))
        .toList();
    int required = (int) java.util.Arrays.stream(Section.values()).filter(Section::required).count();
    return new Completeness(profile.candidate(), missing, required - missing.size(), required);
  }

  /**
   * Freezes the candidate's complete profile as it stands now, for an application.
   *
   * @param candidate whose profile
   * @param actor the candidate, or the library acting for them
   * @return the snapshot
   * @throws PreconditionFailed {@code profile.incomplete} when a required section is missing
   */
  public ProfileSnapshot snapshot(CandidateId candidate, Actor actor) {
    if (!isOwner(candidate, actor) && !(actor instanceof Actor.System)) {
      throw new NotAllowed("profile.not-owner", "only the candidate applies with their profile");
    }
    Profile profile = host.query(() -> profiles.find(candidate))
        .orElseGet(() -> Profile.empty(candidate, host.clock().instant()));
    return ProfileSnapshot.of(profile, host.clock().instant());
  }

  private Outcome<Profile> edit(ProfileCommand command, Actor actor, Section section, EntryChange change,
      Optional<EntryId> entry, UnaryOperator<Profile> edit) {
    if (!isOwner(command.candidate(), actor)) {
      throw new NotAllowed("profile.not-owner", "only the candidate edits their profile");
    }
    return host.command(() -> {
      Instant now = host.clock().instant();
      Profile current = profiles.find(command.candidate()).orElseGet(() -> Profile.empty(command.candidate(), now));
      if (current.version() != command.expectedVersion()) {
        throw new Conflict("profile.stale-version", "the profile changed since version " + command.expectedVersion());
      }
      Profile changed = edit.apply(current).edited(current.version() + 1, now);
      profiles.save(changed, current.version());
      LOG.info("profile {} {} {} (v{})", command.candidate(), section.code(), change, changed.version());
      return Outcome.of(changed,
          new ProfileEdited(now, actor, command.candidate(), section, change, entry, changed.version()));
    });
  }

  private static boolean isOwner(CandidateId candidate, Actor actor) {
    return actor instanceof Actor.Candidate c && c.candidate().equals(candidate);
  }

  private static void authoriseReader(CandidateId candidate, Actor actor) {
    if (!isOwner(candidate, actor) && !(actor instanceof Actor.Recruiter) && !(actor instanceof Actor.System)) {
      throw new NotAllowed("profile.not-owner", "only the candidate and recruiters read a profile");
    }
  }
}
