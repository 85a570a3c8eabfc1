/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;
import org.memberportal.careers.CandidateId;

/**
 * What one run of the retention batch did.
 *
 * @param cutoff candidates inactive since before this instant were erased
 * @param erased who was erased
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record RetentionReport(Instant cutoff, List<CandidateId> erased) {

  /** Copies the list. */
  public RetentionReport {
    erased = List.copyOf(erased);
  }
}
