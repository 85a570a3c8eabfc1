/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.memberportal.careers.application.ApplicantProfile;
import org.memberportal.careers.port.Applicants;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileSnapshot;
import org.memberportal.careers.profile.Section;
import org.memberportal.careers.CandidateId;

/**
 * The applicants as Careers knows them: address and language from the careers account, completeness and the
 * frozen snapshot from the Candidate Profile. Reads only; runs inside the caller's transaction.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ProfileApplicants implements Applicants {

  private final CandidateAccounts accounts;
  private final Profiles profiles;

  /**
   * Creates the adapter.
   *
   * @param accounts the careers accounts
   * @param profiles the candidate profiles
   */
  public ProfileApplicants(CandidateAccounts accounts, Profiles profiles) {
    this.accounts = accounts;
    this.profiles = profiles;
  }

  @Override
  public Optional<ApplicantProfile> find(CandidateId candidate) {
    return accounts.find(candidate).map(account -> {
      // a candidate who never edited their profile has an empty one: every required section is missing
      Profile profile = profiles.find(candidate).orElseGet(() -> Profile.empty(candidate, account.createdAt()));
      return new ApplicantProfile(candidate, account.email(), account.language(),
          profile.missingSections().stream().map(Section::code).collect(Collectors.toSet()));
    });
  }

  @Override
  public ProfileSnapshot freeze(CandidateId candidate, Instant at) {
    // without a profile every required section is missing, which the snapshot's refusal names
    return ProfileSnapshot.of(profiles.find(candidate).orElseGet(() -> Profile.empty(candidate, at)), at);
  }
}
