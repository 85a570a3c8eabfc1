/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.port;

import java.util.List;
import org.apiguardian.api.API;
import org.memberportal.careers.privacy.Consent;
import org.memberportal.careers.CandidateId;

/**
 * Port: the consents candidates gave and withdrew, kept as a history. Writes join the current transaction.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Consents {

  /**
   * A candidate's consents, oldest first.
   *
   * @param candidate the candidate
   * @return the history
   */
  List<Consent> history(CandidateId candidate);

  /**
   * Records a newly given consent.
   *
   * @param consent the consent
   */
  void add(Consent consent);

  /**
   * Replaces a recorded consent (same candidate, scope and time given) by its withdrawn form.
   *
   * @param consent the consent, withdrawn
   */
  void update(Consent consent);

  /**
   * Forgets every consent of a candidate.
   *
   * @param candidate the candidate
   */
  void remove(CandidateId candidate);
}
