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
import org.memberportal.careers.CandidateId;

/**
 * Port: the applications, with at most one live application (any status but withdrawn or expired) per
 * candidate and vacancy. The store owns the version: {@link #add} stores a new application at version 1,
 * {@link #update} only over the version it was read at and one version on.
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
   * Stores a new application.
   *
   * @param application the application, at version 0
   * @return the application as stored, at version 1
   * @throws org.memberportal.kernel.Conflict {@code application.already-applied} when the candidate has a live
   *     application to the vacancy, {@code application.duplicate-id} when its id is taken
   */
  Application add(Application application);

  /**
   * Stores a changed application over the version it was read at.
   *
   * @param application the application as read, changed
   * @return the application as stored, one version on
   * @throws org.memberportal.kernel.Conflict {@link org.memberportal.kernel.KernelRefusals#STALE_VERSION} when
   *     the stored version is not {@code application.version()}, {@code application.already-applied} when it
   *     would be a second live application to the vacancy
   * @throws org.memberportal.kernel.NotFound {@code application.not-found} when it was never added
   */
  Application update(Application application);

  /**
   * Removes an application (a draft the candidate discards); nothing happens when it does not exist.
   *
   * @param id the application
   */
  void remove(ApplicationId id);

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
