/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.inmemory.InMemoryIssuedCodes;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.account.port.Secrets;
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
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.port.Applicants;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.port.StaffDirectory;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.privacy.Privacy;
import org.memberportal.careers.privacy.RetentionPolicy;
import org.memberportal.careers.profile.CandidateProfiles;
import org.memberportal.careers.talent.TalentSearch;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * Careers wired on a host: every careers service over the host's stores, with every policy subscribed on the
 * host's event bus (vacancy closed / cancelled / competition finished for applications, vacancy published for
 * job alerts, candidate erased for accounts, applications and alerts). Build one per host.
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

  private CareersModule(Builder b) {
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
    this.applicationDesk = ApplicationDesk.listening(host, applications, vacancies, applicants);
    this.jobAlerts = JobAlerts.listening(host, alerts, vacancies, accounts);
    this.talentSearch = new TalentSearch(host, profiles, consents);
  }

  /**
   * Starts wiring the module on a host's own stores.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts wiring the module on the in-memory stores (the embedded default), with random secrets and in-memory
   * one-time codes; set the staff directory and the cut-over date, then build.
   *
   * @param host the shared host
   * @param transactions the in-memory transactions the host runs on
   * @return a builder with every store set
   */
  public static Builder inMemory(Host host, InMemoryTransactions transactions) {
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

  /** Collects the host, stores and settings of a {@link CareersModule}. */
  public static final class Builder {
    private @Nullable Host host;
    private @Nullable CandidateAccounts accounts;
    private @Nullable Profiles profiles;
    private @Nullable Consents consents;
    private @Nullable Vacancies vacancies;
    private @Nullable Applications applications;
    private @Nullable AlertSubscriptions alerts;
    private @Nullable IssuedCodes codes;
    private @Nullable Secrets secrets;
    private @Nullable StaffDirectory staff;
    private @Nullable Instant cutOver;
    private PasswordHasher hasher = PasswordHashing.argon2id();
    private List<PasswordHasher> formerHashers = List.of();
    private RetentionPolicy retention = RetentionPolicy.years(DEFAULT_RETENTION_YEARS);

    /** Years of inactivity after which the retention batch erases a candidate, unless set. */
    public static final int DEFAULT_RETENTION_YEARS = 3;

    private Builder() {}

    /**
     * Sets the host.
     *
     * @param value the host
     * @return this builder
     */
    public Builder host(Host value) {
      host = value;
      return this;
    }

    /**
     * Sets the careers accounts store.
     *
     * @param value the store
     * @return this builder
     */
    public Builder accounts(CandidateAccounts value) {
      accounts = value;
      return this;
    }

    /**
     * Sets the profiles store.
     *
     * @param value the store
     * @return this builder
     */
    public Builder profiles(Profiles value) {
      profiles = value;
      return this;
    }

    /**
     * Sets the consents store.
     *
     * @param value the store
     * @return this builder
     */
    public Builder consents(Consents value) {
      consents = value;
      return this;
    }

    /**
     * Sets the vacancies store.
     *
     * @param value the store
     * @return this builder
     */
    public Builder vacancies(Vacancies value) {
      vacancies = value;
      return this;
    }

    /**
     * Sets the applications store.
     *
     * @param value the store
     * @return this builder
     */
    public Builder applications(Applications value) {
      applications = value;
      return this;
    }

    /**
     * Sets the job alerts store.
     *
     * @param value the store
     * @return this builder
     */
    public Builder alerts(AlertSubscriptions value) {
      alerts = value;
      return this;
    }

    /**
     * Sets the one-time codes store (the account module's port).
     *
     * @param value the store
     * @return this builder
     */
    public Builder codes(IssuedCodes value) {
      codes = value;
      return this;
    }

    /**
     * Sets the source of codes.
     *
     * @param value the source
     * @return this builder
     */
    public Builder secrets(Secrets value) {
      secrets = value;
      return this;
    }

    /**
     * Sets the staff directory, which says who is current staff.
     *
     * @param value the directory
     * @return this builder
     */
    public Builder staff(StaffDirectory value) {
      staff = value;
      return this;
    }

    /**
     * Sets the date the previous recruitment system was replaced; vacancies published before it are refused.
     *
     * @param value the cut-over instant
     * @return this builder
     */
    public Builder cutOver(Instant value) {
      cutOver = value;
      return this;
    }

    /**
     * Sets the password hasher (Argon2id unless set).
     *
     * @param value the hasher
     * @return this builder
     */
    public Builder hasher(PasswordHasher value) {
      hasher = value;
      return this;
    }

    /**
     * Declares the hashers whose hashes may still be stored after a change of hasher
     * ({@link CareersAccounts.Builder#formerHashers}); none unless set.
     *
     * @param value the former hashers
     * @return this builder
     */
    public Builder formerHashers(List<? extends PasswordHasher> value) {
      formerHashers = List.copyOf(value);
      return this;
    }

    /**
     * Sets the retention rule ({@value #DEFAULT_RETENTION_YEARS} years unless set).
     *
     * @param value the rule
     * @return this builder
     */
    public Builder retention(RetentionPolicy value) {
      retention = value;
      return this;
    }

    /**
     * Wires the module and subscribes its policies.
     *
     * @return the module
     * @throws NullPointerException naming the first missing port (a wiring mistake of the host)
     */
    public CareersModule build() {
      return new CareersModule(this);
    }
  }
}
