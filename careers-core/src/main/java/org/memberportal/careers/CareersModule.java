/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.inmemory.InMemoryIssuedCodes;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.inmemory.InMemoryAlertSubscriptions;
import org.memberportal.careers.inmemory.InMemoryApplications;
import org.memberportal.careers.inmemory.InMemoryCandidateAccounts;
import org.memberportal.careers.inmemory.InMemoryConsents;
import org.memberportal.careers.inmemory.InMemoryProfiles;
import org.memberportal.careers.inmemory.InMemoryVacancies;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.policy.CareersPolicies;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.port.Applicants;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.privacy.Privacy;
import org.memberportal.careers.profile.CandidateProfiles;
import org.memberportal.careers.talent.TalentSearch;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * Careers wired on a host: every careers service over the host's stores, with every policy subscribed on the
 * host's event bus once ({@link CareersPolicies#wire}: vacancy closed / cancelled / competition finished for
 * applications, vacancy published for job alerts, candidate erased for the careers accounts, applications and
 * alerts). Build one per host, with {@link #builder()} or {@link #inMemory}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class CareersModule {

  private final CareersAccounts careersAccounts;
  private final CandidateProfiles candidateProfiles;
  private final Privacy privacy;
  private final VacancyDesk vacancyDesk;
  private final JobOpenings jobOpenings;
  private final ApplicationDesk applicationDesk;
  private final JobAlerts jobAlerts;
  private final TalentSearch talentSearch;
  private final Applicants applicants;

  CareersModule(CareersModuleBuilder b) {
    Host host = need(b.host, "host");
    CandidateAccounts accounts = need(b.accounts, "accounts");
    Profiles profiles = need(b.profiles, "profiles");
    Consents consents = need(b.consents, "consents");
    Vacancies vacancies = need(b.vacancies, "vacancies");
    this.careersAccounts = CareersAccounts.builder().host(host).accounts(accounts).codes(need(b.codes, "codes"))
        .secrets(need(b.secrets, "secrets")).staff(need(b.staff, "staff")).hasher(b.hasher)
        .formerHashers(b.formerHashers).build();
    this.candidateProfiles = new CandidateProfiles(host, profiles);
    Applications applications = need(b.applications, "applications");
    AlertSubscriptions alerts = need(b.alerts, "alerts");
    this.privacy = new Privacy(host, profiles, consents, accounts, b.retention, applications, vacancies, alerts);
    this.vacancyDesk = VacancyDesk.builder().host(host).vacancies(vacancies).cutOver(need(b.cutOver, "cutOver"))
        .build();
    this.jobOpenings = new JobOpenings(host, vacancies);
    this.applicants = new ProfileApplicants(accounts, profiles);
    this.applicationDesk = ApplicationDesk.on(host, applications, vacancies, applicants);
    this.jobAlerts = JobAlerts.on(host, alerts, accounts);
    this.talentSearch = new TalentSearch(host, profiles, consents);
    CareersPolicies.wire(host, careersAccounts, applications, vacancies, alerts);
  }

  /**
   * Starts wiring the module on a host's own stores.
   *
   * @return a builder
   */
  public static CareersModuleBuilder builder() {
    return new CareersModuleBuilder();
  }

  /**
   * Starts wiring the module on the in-memory stores (the embedded default), with random secrets and in-memory
   * one-time codes; set the staff directory and the cut-over date, then build.
   *
   * @param host the shared host
   * @param transactions the in-memory transactions the host runs on
   * @return a builder with every store set
   */
  public static CareersModuleBuilder inMemory(Host host, InMemoryTransactions transactions) {
    return builder().host(host)
        .accounts(new InMemoryCandidateAccounts(transactions))
        .profiles(new InMemoryProfiles(transactions))
        .consents(new InMemoryConsents(transactions))
        .vacancies(new InMemoryVacancies(transactions))
        .applications(new InMemoryApplications(transactions))
        .alerts(new InMemoryAlertSubscriptions(transactions))
        .codes(new InMemoryIssuedCodes(transactions))
        .secrets(new RandomSecrets());
  }

  /**
   * Careers accounts: sign-up (staff rule), verification, sign-in, password reset and change.
   *
   * @return the service
   */
  public CareersAccounts careersAccounts() {
    return careersAccounts;
  }

  /**
   * The Candidate Profile and its completeness report.
   *
   * @return the service
   */
  public CandidateProfiles candidateProfiles() {
    return candidateProfiles;
  }

  /**
   * Export, consent, deletion and the retention batch.
   *
   * @return the service
   */
  public Privacy privacy() {
    return privacy;
  }

  /**
   * The recruiters' vacancies.
   *
   * @return the service
   */
  public VacancyDesk vacancyDesk() {
    return vacancyDesk;
  }

  /**
   * The public job openings.
   *
   * @return the service
   */
  public JobOpenings jobOpenings() {
    return jobOpenings;
  }

  /**
   * Applications, drafts, the pipeline and "Jobs Applied".
   *
   * @return the service
   */
  public ApplicationDesk applicationDesk() {
    return applicationDesk;
  }

  /**
   * Job alerts.
   *
   * @return the service
   */
  public JobAlerts jobAlerts() {
    return jobAlerts;
  }

  /**
   * The recruiters' talent search.
   *
   * @return the service
   */
  public TalentSearch talentSearch() {
    return talentSearch;
  }

  /**
   * The applicants as applications see them (careers account and profile).
   *
   * @return the adapter
   */
  public Applicants applicants() {
    return applicants;
  }

  private static <T> T need(@Nullable T value, String name) {
    return Objects.requireNonNull(value, () -> "CareersModule needs " + name);
  }
}
