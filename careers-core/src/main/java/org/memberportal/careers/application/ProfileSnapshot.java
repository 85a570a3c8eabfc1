package org.memberportal.careers.application;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.kernel.CandidateId;

/**
 * The candidate's profile frozen at submission, as an opaque document the profile module produces (e.g. its
 * JSON export). The application keeps it unchanged whatever the candidate edits later.
 *
 * @param candidate whose profile it is
 * @param takenAt when it was frozen
 * @param format what the document is, e.g. {@code "application/json; profile=1"}
 * @param document the frozen profile
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record ProfileSnapshot(CandidateId candidate, Instant takenAt, String format, String document) {

  /** Never the document: it is personal data. */
  @Override
  public String toString() {
    return "ProfileSnapshot{" + candidate + " at " + takenAt + ", " + format + "}";
  }
}
