/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import org.apiguardian.api.API;
import org.memberportal.careers.port.Profiles;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.ValidationFailed;

/**
 * The Candidate Profile service: the candidate edits their own profile section by section (each command
 * checks the version the candidate saw); the candidate, recruiters and the library itself read it; a
 * completeness report and a snapshot serve applications. A thin façade over {@code Editing} and {@code Reading}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CandidateProfiles {

  /** Most entries one section may hold. */
  public static final int MAX_ENTRIES_PER_SECTION = 50;

  private final Editing editing;
  private final Reading reading;

  /**
   * Creates the service.
   *
   * @param host the kernel's ports (transactions, events, clock)
   * @param profiles where profiles are stored
   */
  public CandidateProfiles(Host host, Profiles profiles) {
    this.editing = new Editing(host, profiles);
    this.reading = new Reading(host, profiles);
  }

  /**
   * Sets the personal information section; the date of birth must be in the past.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEvent.Edited} event
   */
  public Outcome<Profile> setPersonalInformation(SetPersonalInformation command, Actor actor) {
    return editing.setPersonalInformation(command, actor);
  }

  /**
   * Sets the address section.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEvent.Edited} event
   */
  public Outcome<Profile> setAddress(SetAddress command, Actor actor) {
    return editing.setAddress(command, actor);
  }

  /**
   * Sets the contract information section (interests and availability).
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEvent.Edited} event
   */
  public Outcome<Profile> setContractInformation(SetContractInformation command, Actor actor) {
    return editing.setContractInformation(command, actor);
  }

  /**
   * Adds an entry to its section. A relative withdraws an earlier "no relatives" declaration.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEvent.Edited} event
   * @throws ValidationFailed {@code profile.section.full} when the section already holds
   *     {@link #MAX_ENTRIES_PER_SECTION} entries
   * @throws PreconditionFailed {@code profile.entry.exists} when an entry with that id exists
   */
  public Outcome<Profile> addEntry(AddEntry command, Actor actor) {
    return editing.addEntry(command, actor);
  }

  /**
   * Replaces an entry by one with the same id and section.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEvent.Edited} event
   * @throws NotFound {@code profile.entry.not-found} when the profile has no such entry
   */
  public Outcome<Profile> updateEntry(UpdateEntry command, Actor actor) {
    return editing.updateEntry(command, actor);
  }

  /**
   * Removes an entry.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEvent.Edited} event
   * @throws NotFound {@code profile.entry.not-found} when the profile has no such entry
   */
  public Outcome<Profile> removeEntry(RemoveEntry command, Actor actor) {
    return editing.removeEntry(command, actor);
  }

  /**
   * Removes a whole section, whichever it is: the value of a single-valued one (personal information, address,
   * contract information), every entry of a multi-valued one, and for relatives the "none" declaration too.
   * A required section removed makes the profile incomplete, so that applying waits until it is answered again;
   * the export shows the section empty. Applications already made keep the snapshot they froze.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEvent.Edited} event ({@link EntryChange#REMOVED}, no entry)
   * @throws NotFound {@code profile.section.empty} when the section holds nothing
   */
  public Outcome<Profile> removeSection(RemoveSection command, Actor actor) {
    return editing.removeSection(command, actor);
  }

  /**
   * Declares that the candidate has no relative in the organisation or the UN common system; an explicit
   * "none" answers the section.
   *
   * @param command the command
   * @param actor the candidate
   * @return the profile and a {@link ProfileEvent.Edited} event
   * @throws PreconditionFailed {@code profile.relatives.listed} while relatives are listed
   */
  public Outcome<Profile> declareNoRelatives(DeclareNoRelatives command, Actor actor) {
    return editing.declareNoRelatives(command, actor);
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
    return reading.profile(candidate, actor);
  }

  /**
   * The completeness report of a profile, its missing sections named in the actor's language.
   *
   * @param candidate whose profile
   * @param actor who asks (the candidate, a recruiter, the library)
   * @return the report
   */
  public Completeness completeness(CandidateId candidate, Actor actor) {
    return reading.completeness(candidate, actor);
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
    return reading.snapshot(candidate, actor);
  }
}
