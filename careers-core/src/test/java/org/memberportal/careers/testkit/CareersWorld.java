package org.memberportal.careers.testkit;

import java.time.Duration;
import java.time.Instant;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.inmemory.InMemoryAlertSubscriptions;
import org.memberportal.careers.inmemory.InMemoryApplications;
import org.memberportal.careers.inmemory.InMemoryVacancies;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.vacancy.DraftVacancy;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotificationRelay;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.kernel.testkit.MutableClock;
import org.memberportal.kernel.testkit.RecordingNotifier;

/**
 * The vacancy side of Careers wired on the in-memory adapters with a hand-moved clock, for example tests and
 * stateful properties.
 */
public class CareersWorld {

  /** The previous recruitment system was replaced on this date. */
  public static final Instant CUT_OVER = Instant.parse("2025-06-01T00:00:00Z");

  /** The test clock, starting at {@link MutableClock#START}. */
  public final MutableClock clock = MutableClock.atStart();

  /** The kernel's in-memory ports. */
  public final InMemoryHost kernel = new InMemoryHost(clock);

  /** The vacancies store. */
  public final InMemoryVacancies vacancies = new InMemoryVacancies(kernel.transactions());

  /** The recruiters' service. */
  public final VacancyDesk desk = VacancyDesk.builder().host(kernel.host()).vacancies(vacancies)
      .cutOver(CUT_OVER).build();

  /** The public listing. */
  public final JobOpenings openings = new JobOpenings(kernel.host(), vacancies);

  /** The job alerts' store. */
  public final InMemoryAlertSubscriptions subscriptions = new InMemoryAlertSubscriptions(kernel.transactions());

  /** Job alerts, listening to publications. */
  public final JobAlerts alerts = JobAlerts.listening(kernel.host(), subscriptions, vacancies);

  /** The candidates' profiles (a fake until the profile module provides them). */
  public final FakeCandidateProfiles profiles = new FakeCandidateProfiles();

  /** The applications' store. */
  public final InMemoryApplications applications = new InMemoryApplications(kernel.transactions());

  /** Applications, listening to vacancy events. */
  public final ApplicationDesk applying =
      ApplicationDesk.listening(kernel.host(), applications, vacancies, profiles);

  /** Records what the relay delivers. */
  public final RecordingNotifier notifier = new RecordingNotifier();

  /** Delivers the outbox to {@link #notifier}. */
  public final NotificationRelay relay = new NotificationRelay(kernel.outbox(), notifier, clock);

  /** A recruiter. */
  public final Actor.Recruiter recruiter = Actor.recruiter(StaffId.random());

  /**
   * The current instant.
   *
   * @return now
   */
  public Instant now() {
    return clock.instant();
  }

  /**
   * Moves time forward.
   *
   * @param duration how far
   */
  public void advance(Duration duration) {
    clock.advance(duration);
  }

  /**
   * Drafts a vacancy as the recruiter.
   *
   * @param draft the content
   * @return the draft
   */
  public Vacancy draft(DraftVacancy draft) {
    return desk.draft(draft, recruiter).value();
  }

  /**
   * Drafts and publishes a vacancy as the recruiter.
   *
   * @param draft the content
   * @return the published vacancy
   */
  public Vacancy published(DraftVacancy draft) {
    return desk.publish(VacancyStep.of(draft(draft).id()), recruiter).value();
  }

  /**
   * Drafts and publishes a regular headquarters post opening now.
   *
   * @return the published vacancy
   */
  public Vacancy published() {
    return published(VacancyFixtures.regularHeadquartersPost(now()).build());
  }

  /**
   * Delivers every due notification to {@link #notifier}.
   *
   * @return how many were delivered
   */
  public int deliver() {
    return relay.deliverDue();
  }

  /**
   * A signed-in candidate with a complete profile.
   *
   * @param email their address
   * @param language their language
   * @return the candidate actor, in that language
   */
  public Actor.Candidate candidate(String email, java.util.Locale language) {
    Actor.Candidate c = Actor.candidate(org.memberportal.kernel.CandidateId.random()).in(language);
    profiles.complete(c.candidate(), email, language, "profile of " + email);
    return c;
  }
}
