/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.careers;

import org.jspecify.annotations.Nullable;
import org.memberportal.careers.profile.AddEntry;
import org.memberportal.careers.profile.CandidateProfiles;
import org.memberportal.careers.profile.Completeness;
import org.memberportal.careers.profile.DeclareNoRelatives;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.RemoveEntry;
import org.memberportal.careers.profile.RemoveSection;
import org.memberportal.careers.profile.SetAddress;
import org.memberportal.careers.profile.SetContractInformation;
import org.memberportal.careers.profile.SetPersonalInformation;
import org.memberportal.careers.profile.UpdateEntry;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Candidate Profile (C3), section by section, and its completeness report. Every change sends the profile's
 * {@code expectedVersion} (the {@code version} last read; 0 before the first edit) and answers the profile as it
 * now stands; a change over a stale version is refused (409, {@code stale-version}). Entries
 * ({@code POST /api/careers/me/profile/entries}) carry their {@code section} ({@code LANGUAGES}, {@code RELATIVES},
 * {@code EDUCATION}, {@code EMPLOYMENT}, {@code QUALIFICATIONS}, {@code EXPERTISE}, {@code COMPUTER_SKILLS},
 * {@code PUBLICATIONS}, {@code REFERENCES}); personal information, the address and the contract information are a
 * {@code value} each.
 */
@RestController
public class ProfileEndpoints {

  private final CandidateProfiles profiles;
  private final Commands commands;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param profiles the Candidate Profile service
   * @param commands reads commands from bodies
   * @param me the caller
   */
  public ProfileEndpoints(CandidateProfiles profiles, Commands commands, Me me) {
    this.profiles = profiles;
    this.commands = commands;
    this.me = me;
  }

  /**
   * The candidate's profile (an empty one, version 0, before the first edit).
   *
   * @return the profile
   */
  @GetMapping("/api/careers/me/profile")
  public Profile profile() {
    return profiles.profile(me.candidate(), me.actor());
  }

  /**
   * What is missing before the candidate can apply: {@code missing} (each {@code section} with its {@code title} in
   * the caller's language), {@code answered} of {@code required}, {@code complete}.
   *
   * @return the report
   */
  @GetMapping("/api/careers/me/profile/completeness")
  public Completeness completeness() {
    return profiles.completeness(me.candidate(), me.actor());
  }

  /**
   * Sets the personal information ({@code expectedVersion}, {@code value}: {@code firstName}, {@code lastName},
   * {@code birthDate}, {@code nationalities}, {@code email}, {@code phone}).
   *
   * @param body the section
   * @return the profile
   */
  @PutMapping("/api/careers/me/profile/personal-information")
  @Reads(value = SetPersonalInformation.class, set = "candidate")
  public Profile personalInformation(@RequestBody JsonNode body) {
    return profiles.setPersonalInformation(read(body, SetPersonalInformation.class), me.actor()).value();
  }

  /**
   * Sets the address ({@code expectedVersion}, {@code value}: {@code street}, {@code postalCode}, {@code city},
   * {@code country}).
   *
   * @param body the section
   * @return the profile
   */
  @PutMapping("/api/careers/me/profile/address")
  @Reads(value = SetAddress.class, set = "candidate")
  public Profile address(@RequestBody JsonNode body) {
    return profiles.setAddress(read(body, SetAddress.class), me.actor()).value();
  }

  /**
   * Sets the contract information ({@code expectedVersion}, {@code value}: {@code interests} among
   * {@code SHORT_TERM}, {@code CONSULTANT}, {@code INTERNSHIP}, {@code availableFrom}).
   *
   * @param body the section
   * @return the profile
   */
  @PutMapping("/api/careers/me/profile/contract-information")
  @Reads(value = SetContractInformation.class, set = "candidate")
  public Profile contractInformation(@RequestBody JsonNode body) {
    return profiles.setContractInformation(read(body, SetContractInformation.class), me.actor()).value();
  }

  /**
   * Declares that the candidate has no relative in the organisation or the UN common system
   * ({@code expectedVersion}).
   *
   * @param body the version
   * @return the profile
   */
  @PutMapping("/api/careers/me/profile/no-relatives")
  @Reads(value = DeclareNoRelatives.class, set = "candidate")
  public Profile noRelatives(@RequestBody JsonNode body) {
    return profiles.declareNoRelatives(read(body, DeclareNoRelatives.class), me.actor()).value();
  }

  /**
   * Adds an entry to its section ({@code expectedVersion}, {@code entry} with its {@code section}).
   *
   * @param body the entry
   * @return the profile
   */
  @PostMapping("/api/careers/me/profile/entries")
  @ResponseStatus(HttpStatus.CREATED)
  @Reads(value = AddEntry.class, set = "candidate")
  public Profile addEntry(@RequestBody JsonNode body) {
    return profiles.addEntry(read(body, AddEntry.class), me.actor()).value();
  }

  /**
   * Replaces an entry ({@code expectedVersion}, {@code entry} with its {@code section}; its id is the path's).
   *
   * @param id the entry's id (the path's {@code entry}; the body's {@code entry} is the new entry)
   * @param body the entry
   * @return the profile
   */
  @PutMapping("/api/careers/me/profile/entries/{entry}")
  @Reads(value = UpdateEntry.class, set = "candidate")
  public Profile updateEntry(@PathVariable("entry") String id, @RequestBody JsonNode body) {
    JsonNode replaced = body.path("entry");
    if (replaced instanceof ObjectNode fields && body instanceof ObjectNode command) {
      ObjectNode withId = fields.deepCopy().put("id", id);
      body = command.deepCopy().set("entry", withId);
    }
    return profiles.updateEntry(read(body, UpdateEntry.class), me.actor()).value();
  }

  /**
   * Removes an entry.
   *
   * @param entry the entry's id
   * @param expectedVersion the profile's version last read
   * @return the profile
   */
  @DeleteMapping("/api/careers/me/profile/entries/{entry}")
  public Profile removeEntry(@PathVariable String entry, @RequestParam String expectedVersion) {
    return profiles.removeEntry(read(null, RemoveEntry.class, "entry", entry, "expectedVersion", expectedVersion),
        me.actor()).value();
  }

  /**
   * Removes a whole section ({@code PERSONAL_INFORMATION}, {@code LANGUAGES}, ...); a required one makes the profile
   * incomplete again.
   *
   * @param section the section
   * @param expectedVersion the profile's version last read
   * @return the profile
   */
  @DeleteMapping("/api/careers/me/profile/sections/{section}")
  public Profile removeSection(@PathVariable String section, @RequestParam String expectedVersion) {
    return profiles.removeSection(read(null, RemoveSection.class, "section", section, "expectedVersion",
        expectedVersion), me.actor()).value();
  }

  private <T> T read(@Nullable JsonNode body, Class<T> type, Object... path) {
    Object[] withCandidate = new Object[path.length + 2];
    withCandidate[0] = "candidate";
    withCandidate[1] = me.candidate();
    System.arraycopy(path, 0, withCandidate, 2, path.length);
    return commands.read(body, type, withCandidate);
  }
}
