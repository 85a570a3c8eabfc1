/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.application;

import java.util.List;
import org.memberportal.careers.Candidate;
import org.memberportal.kernel.Actor;

/**
 * What a candidate reads of their applications (C10), always as {@link CandidateApplication}, never the internal
 * record: "Jobs Applied" (every application and draft, most recent first, with the vacancy's reference, title in
 * the candidate's language, deadline and the candidate-facing status) and one application of their own.
 */
record JobsApplied(Records records) {

  List<AppliedJob> jobsApplied(Actor actor) {
    Candidate candidate = Records.candidate(actor);
    return records.host().query(() -> records.applications().ofCandidate(candidate.candidate()).stream().map(a -> {
      CandidateApplication v = records.view(a, actor.locale());
      return new AppliedJob(v.id(), v.vacancy(), v.referenceNumber(), v.title(), v.startedAt(), v.submittedAt(),
          v.closesAt(), v.status());
    }).toList());
  }

  CandidateApplication ownApplication(ApplicationId id, Actor actor) {
    Candidate candidate = Records.candidate(actor);
    return records.host().query(() -> records.view(records.own(id, candidate), actor.locale()));
  }
}
