/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.port.Profiles;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
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
 * The candidate edits their own profile, section by section (C3, C4): every edit checks the version the candidate
 * saw ({@link KernelRefusals#STALE_VERSION}), creates the profile on the first one, and records {@link ProfileEvent.Edited}
 * (section, kind of change, entry id, version; never content).
 */
record Editing(Host host, Profiles profiles) {

  private static final Logger LOG = LoggerFactory.getLogger(Editing.class);

  Outcome<Profile> setPersonalInformation(SetPersonalInformation command, Actor actor) {
    Validation.check(command, actor);
    if (!command.value().birthDate().isBefore(LocalDate.now(host.clock()))) {
      throw ValidationFailed.of(
          Validation.violation("value.birthDate", "profile.personal.birth-date-not-past", actor.locale()));
    }
    return edit(command, actor, Section.PERSONAL_INFORMATION, EntryChange.SET, Optional.empty(),
        p -> p.copy().withPersonalInformation(command.value()));
  }

  Outcome<Profile> setAddress(SetAddress command, Actor actor) {
    Validation.check(command, actor);
    return edit(command, actor, Section.ADDRESS, EntryChange.SET, Optional.empty(),
        p -> p.copy().withAddress(command.value()));
  }

  Outcome<Profile> setContractInformation(SetContractInformation command, Actor actor) {
    Validation.check(command, actor);
    return edit(command, actor, Section.CONTRACT_INFORMATION, EntryChange.SET, Optional.empty(),
        p -> p.copy().withContractInformation(command.value()));
  }

  Outcome<Profile> addEntry(AddEntry command, Actor actor) {
    Validation.check(command, actor);
    ProfileEntry entry = command.entry();
    return edit(command, actor, entry.section(), EntryChange.ADDED, Optional.of(entry.id()), p -> {
      if (p.entry(entry.id()).isPresent()) {
        throw new PreconditionFailed(CareersRefusals.PROFILE_ENTRY_EXISTS, "an entry with this id exists");
      }
      if (p.entries(entry.section()).size() >= CandidateProfiles.MAX_ENTRIES_PER_SECTION) {
        throw ValidationFailed.of(Validation.violation("entry", "profile.section.full", actor.locale(),
            Map.of("max", CandidateProfiles.MAX_ENTRIES_PER_SECTION)));
      }
      List<ProfileEntry> entries = new ArrayList<>(p.entries());
      entries.add(entry);
      // a listed relative answers the section, so an earlier "none" no longer holds
      Profile base = entry.section() == Section.RELATIVES ? p.copy().withNoRelativesDeclared(false) : p;
      return base.replaceEntries(entries);
    });
  }

  Outcome<Profile> updateEntry(UpdateEntry command, Actor actor) {
    Validation.check(command, actor);
    ProfileEntry entry = command.entry();
    return edit(command, actor, entry.section(), EntryChange.UPDATED, Optional.of(entry.id()), p -> {
      ProfileEntry old = p.entry(entry.id())
          .orElseThrow(() -> new NotFound(CareersRefusals.PROFILE_ENTRY_NOT_FOUND, "no such entry in the profile"));
      if (old.section() != entry.section()) {
        throw ValidationFailed.of(Validation.violation("entry", "profile.entry.other-section", actor.locale()));
      }
      return p.replaceEntries(p.entries().stream().map(e -> e.id().equals(entry.id()) ? entry : e).toList());
    });
  }

  Outcome<Profile> removeEntry(RemoveEntry command, Actor actor) {
    Validation.check(command, actor);
    Section section = host.query(() -> profiles.find(command.candidate()))
        .flatMap(p -> p.entry(command.entry()))
        .map(ProfileEntry::section)
        .orElse(Section.PERSONAL_INFORMATION);
    return edit(command, actor, section, EntryChange.REMOVED, Optional.of(command.entry()), p -> {
      if (p.entry(command.entry()).isEmpty()) {
        throw new NotFound(CareersRefusals.PROFILE_ENTRY_NOT_FOUND, "no such entry in the profile");
      }
      return p.replaceEntries(p.entries().stream().filter(e -> !e.id().equals(command.entry())).toList());
    });
  }

  Outcome<Profile> removeSection(RemoveSection command, Actor actor) {
    Validation.check(command, actor);
    Section section = command.section();
    return edit(command, actor, section, EntryChange.REMOVED, Optional.empty(), p -> {
      if (!p.answered(section)) {
        throw new NotFound(CareersRefusals.PROFILE_SECTION_EMPTY, "the section holds nothing");
      }
      return p.without(section);
    });
  }

  Outcome<Profile> declareNoRelatives(DeclareNoRelatives command, Actor actor) {
    Validation.check(command, actor);
    return edit(command, actor, Section.RELATIVES, EntryChange.DECLARED_NONE, Optional.empty(), p -> {
      if (!p.entries(Section.RELATIVES).isEmpty()) {
        throw new PreconditionFailed(CareersRefusals.PROFILE_RELATIVES_LISTED, "remove the listed relatives first");
      }
      return p.copy().withNoRelativesDeclared(true);
    });
  }

  private Outcome<Profile> edit(ProfileCommand command, Actor actor, Section section, EntryChange change,
      Optional<EntryId> entry, UnaryOperator<Profile> edit) {
    if (!Reading.isOwner(command.candidate(), actor)) {
      throw new NotAllowed(CareersRefusals.PROFILE_NOT_OWNER, "only the candidate edits their profile");
    }
    return host.command(() -> {
      Instant now = host.clock().instant();
      Profile current = profiles.find(command.candidate()).orElseGet(() -> Profile.empty(command.candidate(), now));
      if (current.version() != command.expectedVersion()) {
        throw new Conflict(KernelRefusals.STALE_VERSION,
            "the profile changed since version " + command.expectedVersion());
      }
      Profile edited = edit.apply(current).edited(now);
      Profile changed = current.version() == 0 ? profiles.add(edited) : profiles.update(edited);
      LOG.info("profile {} {} {} (v{})", command.candidate(), section.code(), change, changed.version());
      return Outcome.of(changed,
          new ProfileEvent.Edited(now, actor, command.candidate(), section, change, entry, changed.version()));
    });
  }
}
