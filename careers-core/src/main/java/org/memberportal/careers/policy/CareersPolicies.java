/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.policy;

import org.apiguardian.api.API;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.privacy.PrivacyEvent;
import org.memberportal.careers.vacancy.VacancyEvent;
import org.memberportal.kernel.EventBus;
import org.memberportal.kernel.Host;

/**
 * Every careers policy, wired in one place: which event each reaction listens to, in the order they run. The
 * module's builder calls {@link #wire} once per host. Each reaction runs in the transaction of the command that
 * published its event, so it commits with its cause or not at all.
 *
 * <table>
 *   <caption>Careers policies</caption>
 *   <tr><th>Event</th><th>Policy</th></tr>
 *   <tr><td>vacancy closed, vacancy cancelled</td><td>{@link DraftsExpireWhenVacancyCloses}</td></tr>
 *   <tr><td>vacancy cancelled</td><td>{@link ApplicationsEndWhenVacancyCancelled} (after the drafts expired)</td></tr>
 *   <tr><td>competition finished</td><td>{@link ApplicantsToldOutcomeWhenCompetitionFinishes}</td></tr>
 *   <tr><td>candidate erased</td><td>{@link ForgetAccountOnErasure}, then {@link ErasureWithdrawsApplications},
 *   then {@link ErasureRemovesAlerts}</td></tr>
 *   <tr><td>vacancy published</td><td>{@link AlertOwnersToldWhenVacancyPublished}</td></tr>
 * </table>
 *
 * <p>No other careers class subscribes on the event bus (an ArchUnit rule, {@code subscribesOnlyFromPolicyWiring},
 * holds it for the whole module).
 *
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class CareersPolicies {

  private CareersPolicies() {}

  /**
   * Subscribes every careers policy on the host's event bus. Call it once per host.
   *
   * @param host the host
   * @param accounts the careers accounts
   * @param applications where applications are kept
   * @param vacancies where vacancies are kept
   * @param alerts where job alerts are kept
   */
  public static void wire(Host host, CareersAccounts accounts, Applications applications, Vacancies vacancies,
      AlertSubscriptions alerts) {
    host.events().subscribe(PrivacyEvent.CandidateErased.class, new ForgetAccountOnErasure(accounts));
    applications(host, applications, vacancies);
    alerts(host, alerts, vacancies);
  }

  /**
   * Subscribes the applications' policies (for {@code ApplicationDesk.listening}, which {@link #wire} replaces).
   *
   * @param host the host
   * @param applications where applications are kept
   * @param vacancies where vacancies are kept
   */
  public static void applications(Host host, Applications applications, Vacancies vacancies) {
    EventBus bus = host.events();
    SystemMoves moves = new SystemMoves(host, applications, vacancies);
    DraftsExpireWhenVacancyCloses draftsExpire = new DraftsExpireWhenVacancyCloses(moves);
    bus.subscribe(VacancyEvent.Closed.class, draftsExpire);
    bus.subscribe(VacancyEvent.Cancelled.class, draftsExpire);
    bus.subscribe(VacancyEvent.Cancelled.class, new ApplicationsEndWhenVacancyCancelled(moves));
    bus.subscribe(VacancyEvent.CompetitionFinished.class, new ApplicantsToldOutcomeWhenCompetitionFinishes(moves));
    bus.subscribe(PrivacyEvent.CandidateErased.class, new ErasureWithdrawsApplications(moves));
  }

  /**
   * Subscribes the job alerts' policies (for {@code JobAlerts.listening}, which {@link #wire} replaces).
   *
   * @param host the host
   * @param alerts where job alerts are kept
   * @param vacancies where vacancies are kept
   */
  public static void alerts(Host host, AlertSubscriptions alerts, Vacancies vacancies) {
    EventBus bus = host.events();
    bus.subscribe(VacancyEvent.Published.class, new AlertOwnersToldWhenVacancyPublished(host, alerts, vacancies));
    bus.subscribe(PrivacyEvent.CandidateErased.class, new ErasureRemovesAlerts(host, alerts));
  }
}
