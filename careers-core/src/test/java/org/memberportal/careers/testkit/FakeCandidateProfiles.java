package org.memberportal.careers.testkit;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.memberportal.careers.application.ApplicantProfile;
import org.memberportal.careers.application.ProfileSnapshot;
import org.memberportal.careers.port.CandidateProfiles;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.EmailAddress;

/**
 * Candidate profiles for tests, until the profile module's implementation: a profile is an address, a
 * language, the missing sections and a free text standing for the whole profile. Thread-safe.
 */
public final class FakeCandidateProfiles implements CandidateProfiles {

  private record Profile(ApplicantProfile summary, String content) {}

  private final Map<CandidateId, Profile> profiles = new HashMap<>();

  /**
   * Gives a candidate a complete profile.
   *
   * @param candidate the candidate
   * @param email their address
   * @param language their language
   * @param content what the profile says
   */
  public synchronized void complete(CandidateId candidate, String email, Locale language, String content) {
    profiles.put(candidate, new Profile(new ApplicantProfile(candidate, EmailAddress.of(email), language, Set.of()),
        content));
  }

  /**
   * Gives a candidate a profile with sections missing.
   *
   * @param candidate the candidate
   * @param email their address
   * @param missing the missing sections
   */
  public synchronized void incomplete(CandidateId candidate, String email, String... missing) {
    profiles.put(candidate, new Profile(new ApplicantProfile(candidate, EmailAddress.of(email), Locale.ENGLISH,
        Set.of(missing)), "incomplete"));
  }

  /**
   * Changes what a candidate's profile says.
   *
   * @param candidate the candidate
   * @param content the new content
   */
  public synchronized void edit(CandidateId candidate, String content) {
    Profile p = profiles.get(candidate);
    profiles.put(candidate, new Profile(p.summary(), content));
  }

  @Override
  public synchronized Optional<ApplicantProfile> find(CandidateId candidate) {
    return Optional.ofNullable(profiles.get(candidate)).map(Profile::summary);
  }

  @Override
  public synchronized ProfileSnapshot freeze(CandidateId candidate, Instant at) {
    return new ProfileSnapshot(candidate, at, "text/plain", profiles.get(candidate).content());
  }
}
