package org.memberportal.examples.bench;

import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.memberportal.account.inmemory.InMemoryAccountModule;
import org.memberportal.account.inmemory.InMemoryIssuedCodes;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.application.ApplicantProfile;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.application.ProfileSnapshot;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.inmemory.InMemoryAlertSubscriptions;
import org.memberportal.careers.inmemory.InMemoryApplications;
import org.memberportal.careers.inmemory.InMemoryCandidateAccounts;
import org.memberportal.careers.inmemory.InMemoryConsents;
import org.memberportal.careers.inmemory.InMemoryProfiles;
import org.memberportal.careers.inmemory.InMemoryStaffDirectory;
import org.memberportal.careers.inmemory.InMemoryVacancies;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.port.CandidateProfiles;
import org.memberportal.careers.privacy.Privacy;
import org.memberportal.careers.privacy.RetentionPolicy;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.ties.TiesModule;

/**
 * B4's two fresh JVMs: {@code services} builds every service on the in-memory adapters until it can validate a
 * command; {@code validator} builds only Hibernate Validator's factory. The harness times each whole process.
 */
public final class StartupProbe {

  private StartupProbe() {}

  /**
   * Runs one side and prints how many objects it built, so the work cannot be skipped.
   *
   * @param args {@code services} or {@code validator}
   */
  public static void main(String[] args) {
    String side = args.length == 0 ? "services" : args[0];
    Object built = side.equals("validator") ? validatorOnly() : everyService();
    System.out.println(side + " " + built.hashCode());
  }

  /**
   * Builds only the Hibernate Validator factory and its validator.
   *
   * @return the validator
   */
  public static Object validatorOnly() {
    ValidatorFactory factory = jakarta.validation.Validation.buildDefaultValidatorFactory();
    return factory.getValidator();
  }

  /**
   * Builds every module's services on one in-memory host, then the kernel's validator they share.
   *
   * @return the services
   */
  public static Object everyService() {
    InMemoryHost kernel = new InMemoryHost(Clock.systemUTC());
    InMemoryAccountModule accounts = new InMemoryAccountModule(kernel);
    AffiliationModule affiliation = AffiliationModule.inMemory(kernel.host(), kernel.transactions(),
        accounts.accounts(), ReminderPolicy.DEFAULT);
    TiesModule ties = TiesModule.inMemory(kernel.host(), kernel.transactions(), accounts.accounts(), affiliation);
    InMemoryVacancies vacancies = new InMemoryVacancies(kernel.transactions());
    InMemoryCandidateAccounts candidates = new InMemoryCandidateAccounts(kernel.transactions());
    InMemoryProfiles profiles = new InMemoryProfiles(kernel.transactions());
    VacancyDesk desk = VacancyDesk.builder().host(kernel.host()).vacancies(vacancies).build();
    JobOpenings openings = new JobOpenings(kernel.host(), vacancies);
    JobAlerts alerts = JobAlerts.listening(kernel.host(), new InMemoryAlertSubscriptions(kernel.transactions()),
        vacancies);
    ApplicationDesk applications = ApplicationDesk.listening(kernel.host(),
        new InMemoryApplications(kernel.transactions()), vacancies, new NoProfiles());
    CareersAccounts careers = CareersAccounts.builder().host(kernel.host()).accounts(candidates)
        .codes(new InMemoryIssuedCodes(kernel.transactions())).secrets(new RandomSecrets())
        .staff(new InMemoryStaffDirectory()).build();
    org.memberportal.careers.profile.CandidateProfiles profileService =
        new org.memberportal.careers.profile.CandidateProfiles(kernel.host(), profiles);
    Privacy privacy = new Privacy(kernel.host(), profiles, new InMemoryConsents(kernel.transactions()), candidates,
        RetentionPolicy.years(2));
    return List.of(accounts.accounts(), affiliation, ties, desk, openings, alerts, applications, careers, profileService,
        privacy, Validation.validator());
  }

  /** The application desk's profile port; the start-up probe never applies. */
  private static final class NoProfiles implements CandidateProfiles {
    @Override
    public Optional<ApplicantProfile> find(CandidateId candidate) {
      return Optional.empty();
    }

    @Override
    public ProfileSnapshot freeze(CandidateId candidate, Instant at) {
      throw new NotFound("careers.profile-not-found", "no profile");
    }
  }
}
