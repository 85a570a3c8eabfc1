/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.port.Profiles;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;

/**
 * Who reads a profile and what they get: the candidate (an empty profile before their first edit), recruiters and
 * the library read it and its completeness report; the candidate or the library freezes it for an application.
 */
record Reading(Host host, Profiles profiles) {

  Profile profile(CandidateId candidate, Actor actor) {
    authoriseReader(candidate, actor);
    return host.query(() -> profiles.find(candidate)).orElseGet(() -> {
      if (isOwner(candidate, actor)) {
        return Profile.empty(candidate, host.clock().instant());
      }
      throw new NotFound(CareersRefusals.PROFILE_NOT_FOUND, "no profile for this candidate");
    });
  }

  Completeness completeness(CandidateId candidate, Actor actor) {
    authoriseReader(candidate, actor);
    Profile profile = host.query(() -> profiles.find(candidate))
        .orElseGet(() -> Profile.empty(candidate, host.clock().instant()));
    return profile.completeness(actor.locale());
  }

  ProfileSnapshot snapshot(CandidateId candidate, Actor actor) {
    if (!isOwner(candidate, actor) && !(actor instanceof Actor.System)) {
      throw new NotAllowed(CareersRefusals.PROFILE_NOT_OWNER, "only the candidate applies with their profile");
    }
    Profile profile = host.query(() -> profiles.find(candidate))
        .orElseGet(() -> Profile.empty(candidate, host.clock().instant()));
    return ProfileSnapshot.of(profile, host.clock().instant());
  }

  static boolean isOwner(CandidateId candidate, Actor actor) {
    return actor instanceof Candidate c && c.candidate().equals(candidate);
  }

  private static void authoriseReader(CandidateId candidate, Actor actor) {
    if (!isOwner(candidate, actor) && !(actor instanceof Recruiter) && !(actor instanceof Actor.System)) {
      throw new NotAllowed(CareersRefusals.PROFILE_NOT_OWNER, "only the candidate and recruiters read a profile");
    }
  }
}
