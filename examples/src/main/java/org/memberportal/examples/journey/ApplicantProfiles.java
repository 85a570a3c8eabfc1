package org.memberportal.examples.journey;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Collectors;
import org.memberportal.careers.application.ApplicantProfile;
import org.memberportal.careers.application.ProfileSnapshot;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.CandidateProfiles;
import org.memberportal.careers.privacy.CandidateDataExport;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.CandidateId;

/**
 * The applications' view of a candidate, built from the careers account (address, language) and the Candidate
 * Profile service (completeness, frozen copy): the host's glue between the two halves of careers-core.
 */
final class ApplicantProfiles implements CandidateProfiles {

  private static final Actor LIBRARY = Actor.system("applications");

  private final CandidateAccounts accounts;
  private final org.memberportal.careers.profile.CandidateProfiles profiles;

  ApplicantProfiles(CandidateAccounts accounts, org.memberportal.careers.profile.CandidateProfiles profiles) {
    this.accounts = accounts;
    this.profiles = profiles;
  }

  @Override
  public Optional<ApplicantProfile> find(CandidateId candidate) {
    return accounts.find(candidate).map(account -> new ApplicantProfile(candidate, account.email(),
        account.language(), profiles.completeness(candidate, LIBRARY).missing().stream()
            .map(missing -> missing.section().name()).collect(Collectors.toSet())));
  }

  @Override
  public ProfileSnapshot freeze(CandidateId candidate, Instant at) {
    // the same JSON as the privacy export, profile part only: what the recruiters will read
    String json = CandidateDataExport.builder().candidate(candidate).exportedAt(at)
        .profile(profiles.snapshot(candidate, LIBRARY).profile()).build().toJson();
    return new ProfileSnapshot(candidate, at, "application/json", json);
  }
}
