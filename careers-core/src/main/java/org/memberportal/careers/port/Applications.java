/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.port;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationId;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.CandidateId;

/**
 * Port: the applications, with at most one live application (any status but withdrawn or expired) per
 * candidate and vacancy.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Applications {

  /**
   * The application with this id.
   *
   * @param id the id
   * @return the application, or empty
   */
  Optional<Application> find(ApplicationId id);

  /**
   * Adds a new application.
   *
   * @param application the application
   * @throws org.memberportal.kernel.Conflict {@code application.already-applied} when the candidate has a live
   *     application to the vacancy
   */
  void insert(Application application);

  /**
   * Replaces an application with its next version.
   *
   * @param application the new state, one version after the stored one
   * @throws org.memberportal.kernel.Conflict {@code application.concurrent-modification}
   * @throws org.memberportal.kernel.NotFound {@code application.not-found}
   */
  void update(Application application);

  /**
   * Deletes an application (a draft the candidate discards); nothing happens when it does not exist.
   *
   * @param id the application
   */
  void delete(ApplicationId id);

  /**
   * A candidate's applications, most recently started first.
   *
   * @param candidate the candidate
   * @return the applications
   */
  List<Application> ofCandidate(CandidateId candidate);

  /**
   * The applications to a vacancy, oldest first.
   *
   * @param vacancy the vacancy
   * @return the applications
   */
  List<Application> ofVacancy(VacancyId vacancy);
}
