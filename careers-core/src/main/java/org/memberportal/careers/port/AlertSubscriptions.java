/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.port;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.CandidateId;

/**
 * Port: the candidates' job alerts. An implementation indexes the criteria so that finding the alerts a newly
 * published vacancy matches does not read every alert.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface AlertSubscriptions {

  /**
   * The alert with this id.
   *
   * @param id the id
   * @return the alert, or empty
   */
  Optional<JobAlert> find(AlertId id);

  /**
   * Adds an alert.
   *
   * @param alert the alert
   * @throws org.memberportal.kernel.Conflict {@code alert.duplicate-id} when its id exists
   */
  void add(JobAlert alert);

  /**
   * Removes an alert; nothing happens when it does not exist.
   *
   * @param id the alert
   */
  void remove(AlertId id);

  /**
   * A candidate's alerts, oldest first.
   *
   * @param candidate the candidate
   * @return the alerts
   */
  List<JobAlert> ofCandidate(CandidateId candidate);

  /**
   * Every alert whose criteria the vacancy matches ({@link org.memberportal.careers.alert.AlertCriteria#matches}).
   *
   * @param vacancy a vacancy
   * @return the matching alerts, in no particular order
   */
  List<JobAlert> matching(Vacancy vacancy);
}
