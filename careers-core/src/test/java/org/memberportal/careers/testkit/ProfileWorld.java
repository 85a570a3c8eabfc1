package org.memberportal.careers.testkit;

import org.memberportal.account.inmemory.InMemoryIssuedCodes;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.inmemory.InMemoryCandidateAccounts;
import org.memberportal.careers.inmemory.InMemoryConsents;
import org.memberportal.careers.inmemory.InMemoryStaffDirectory;
import org.memberportal.careers.inmemory.InMemoryProfiles;
import org.memberportal.careers.privacy.Privacy;
import org.memberportal.careers.privacy.RetentionPolicy;
import org.memberportal.careers.profile.AddEntry;
import org.memberportal.careers.profile.CandidateProfiles;
import org.memberportal.careers.profile.DeclareNoRelatives;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileEntry;
import org.memberportal.careers.profile.SetAddress;
import org.memberportal.careers.profile.SetContractInformation;
import org.memberportal.careers.profile.SetPersonalInformation;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.kernel.testkit.MutableClock;

/**
 * The profile and privacy services wired on the in-memory adapters with a mutable clock: one fresh world per
 * test.
 */
public final class ProfileWorld {

  /** The retention period of a fresh world. */
  public static final int RETENTION_YEARS = 3;

  /** The clock; move it with {@link MutableClock#advance}. */
  public final MutableClock clock = MutableClock.atStart();
  /** The kernel's in-memory ports. */
  public final InMemoryHost host = new InMemoryHost(clock);
  /** The profiles store. */
  public final InMemoryProfiles profiles = new InMemoryProfiles(host.transactions());
  /** The consents store. */
  public final InMemoryConsents consents = new InMemoryConsents(host.transactions());
  /** The careers accounts store. */
  public final InMemoryCandidateAccounts accounts = new InMemoryCandidateAccounts(host.transactions());
  /** The one-time codes store (the account module's). */
  public final InMemoryIssuedCodes codes = new InMemoryIssuedCodes(host.transactions());
  /** The staff directory; register staff in it. */
  public final InMemoryStaffDirectory staff = new InMemoryStaffDirectory();
  /** The careers accounts service, with the fast test hasher. */
  public final CareersAccounts careersAccounts = CareersAccounts.builder().host(host.host()).accounts(accounts)
      .codes(codes).secrets(new RandomSecrets()).staff(staff).hasher(TestHashing.fast()).build();
  /** The profile service. */
  public final CandidateProfiles candidateProfiles = new CandidateProfiles(host.host(), profiles);
  /** The privacy service. */
  public final Privacy privacy =
      new Privacy(host.host(), profiles, consents, accounts, RetentionPolicy.years(RETENTION_YEARS));

  /**
   * The actor of a candidate.
   *
   * @param candidate the candidate
   * @return the actor, in English
   */
  public static Actor.Candidate as(CandidateId candidate) {
    return Actor.candidate(candidate);
  }

  /**
   * The current version of a candidate's profile (0 before the first edit).
   *
   * @param candidate the candidate
   * @return the version
   */
  public long version(CandidateId candidate) {
    return profiles.find(candidate).map(Profile::version).orElse(0L);
  }

  /**
   * Fills in a new candidate's profile through the service's commands, section by section, so that it holds
   * the content of the given profile (its id, version and times aside).
   *
   * @param candidate the candidate
   * @param content what to fill in
   * @return the stored profile
   */
  public Profile fill(CandidateId candidate, Profile content) {
    Actor actor = as(candidate);
    content.personalInformation().ifPresent(v -> candidateProfiles.setPersonalInformation(
        SetPersonalInformation.builder().candidate(candidate).expectedVersion(version(candidate)).value(v).build(),
        actor));
    content.address().ifPresent(v -> candidateProfiles.setAddress(
        SetAddress.builder().candidate(candidate).expectedVersion(version(candidate)).value(v).build(), actor));
    if (content.noRelativesDeclared()) {
      candidateProfiles.declareNoRelatives(
          DeclareNoRelatives.builder().candidate(candidate).expectedVersion(version(candidate)).build(), actor);
    }
    for (ProfileEntry e : content.entries()) {
      candidateProfiles.addEntry(
          AddEntry.builder().candidate(candidate).expectedVersion(version(candidate)).entry(e).build(), actor);
    }
    content.contractInformation().ifPresent(v -> candidateProfiles.setContractInformation(
        SetContractInformation.builder().candidate(candidate).expectedVersion(version(candidate)).value(v).build(),
        actor));
    return profiles.find(candidate).orElseGet(() -> Profile.empty(candidate, clock.instant()));
  }

  /**
   * Fills in a complete profile for a new candidate.
   *
   * @return the candidate
   */
  public CandidateId candidateWithCompleteProfile() {
    CandidateId candidate = CandidateId.random();
    fill(candidate, ProfileFixtures.complete(candidate));
    return candidate;
  }
}
