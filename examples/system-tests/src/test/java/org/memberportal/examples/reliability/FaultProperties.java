/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import org.memberportal.account.Account;
import org.memberportal.account.AccountEvent;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.ForgotPassword;
import org.memberportal.account.ResetPassword;
import org.memberportal.account.SignIn;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.affiliation.focalpoint.HandOverTiesFocalPoint;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.LeaveOrganisation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.SubscribeToAlerts;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationStep;
import org.memberportal.careers.application.Apply;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.candidate.CandidateAccountEvent;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.CreateCandidateAccount;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.candidate.VerifyCandidateEmail;
import org.memberportal.careers.profile.AddEntry;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.SetAddress;
import org.memberportal.careers.profile.SetContractInformation;
import org.memberportal.careers.profile.SetPersonalInformation;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.careers.testkit.VacancyFixtures;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotificationRelay;
import org.memberportal.kernel.Outbox;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.Unavailable;

/**
 * Faults: every store, the event log and the outbox throw at random (before a write, after it, during an outbox
 * append) while random commands of both modules run, and the mail server fails intermittently while the
 * {@link NotificationRelay} delivers. A failed command leaves no partial state (every store, the log and the
 * outbox as before), a committed one has its events in the log, and after recovery every notification is
 * delivered exactly once per idempotency key.
 */
class FaultProperties {

  private static final AtomicLong COMMANDS = new AtomicLong();
  private static final AtomicLong FAILED_BY_FAULT = new AtomicLong();
  private static final AtomicLong REFUSED = new AtomicLong();
  private static final AtomicLong COMMITTED = new AtomicLong();
  private static final AtomicLong NOTIFICATIONS = new AtomicLong();
  private static final AtomicLong MAIL_FAILURES = new AtomicLong();
  private static final AtomicLong RUNS = new AtomicLong();
  private static final Map<Faults.Point, AtomicLong> STRUCK = new ConcurrentHashMap<>();

  @Property(tries = 30)
  void faultsLeaveNoPartialStateAndLoseNoNotification(@ForAll long seed) {
    RUNS.incrementAndGet();
    Random random = new Random(seed);
    Portal portal = new Portal(seed);
    Portal.Staffed org = portal.staffed("Swisscom");
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      emails.add(Portal.uniqueEmail("user" + i));
    }
    Faults.FlakyNotifier mail = new Faults.FlakyNotifier(seed, 0.3);
    NotificationRelay relay = portal.relay(mail);
    CareersSide careers = new CareersSide(portal);

    portal.faults.arm(0.12);
    for (int step = 0; step < 80; step++) {
      String email = emails.get(random.nextInt(emails.size()));
      int op = random.nextInt(15);
      check(portal, "op " + op, () -> op < 9 ? operation(portal, org, email, op, random)
          : careers.operation(op - 9, random));
      if (random.nextInt(4) == 0) {
        portal.clock.advance(Duration.ofSeconds(random.nextInt(120)));
        relay.deliverDue();
      }
    }
    portal.faults.disarm();
    mail.recover();
    for (int round = 0; round < 5; round++) {
      portal.clock.advance(Duration.ofHours(2));
      relay.deliverDue();
    }

    List<Outbox.Entry> entries = portal.memory.outbox().entries();
    assertThat(entries).as("every notification delivered after recovery")
        .allMatch(e -> e.deliveredAt().isPresent());
    Set<String> keys = entries.stream().map(e -> e.notification().idempotencyKey()).collect(Collectors.toSet());
    assertThat(mail.sent().keySet()).as("nothing sent that is not in the outbox").isEqualTo(keys);
    assertThat(mail.sent().values()).as("each idempotency key sent exactly once").allMatch(n -> n.get() == 1);
    NOTIFICATIONS.addAndGet(keys.size());
    MAIL_FAILURES.addAndGet(mail.failures());
    for (Faults.Point p : Faults.Point.values()) {
      STRUCK.computeIfAbsent(p, k -> new AtomicLong()).addAndGet(portal.faults.struck(p));
    }
    portal.audit();
  }

  private static Object operation(Portal portal, Portal.Staffed org, String email, int op, Random random) {
    var accounts = portal.accounts;
    var affiliations = portal.affiliation.affiliations();
    AccountSummary user = portal.accountStore.findByEmail(EmailAddress.of(email))
        .map(Account::summary).orElse(null);
    return switch (op) {
      case 0 -> accounts.signUp(portal.signUpForm(email, Portal.PASSWORD), Actor.anonymous());
      case 1 -> accounts.verifyEmail(VerifyEmail.builder().email(email).code(lastCode(portal, email,
          AccountNotifications.VERIFICATION_CODE)).build(), Actor.anonymous());
      case 2 -> accounts.signIn(SignIn.builder().email(email).password(Secret.of(random.nextBoolean()
          ? Portal.PASSWORD : "Wrong-Password-1")).build(), Actor.anonymous());
      case 3 -> accounts.forgotPassword(ForgotPassword.builder().email(email).build(), Actor.anonymous());
      case 4 -> accounts.resetPassword(ResetPassword.builder().email(email).code(lastCode(portal, email,
          AccountNotifications.RESET_CODE)).password(Secret.of(Portal.PASSWORD))
          .passwordConfirmation(Secret.of(Portal.PASSWORD)).build(), Actor.anonymous());
      case 5 -> user == null ? accounts.expireUnverified(Actor.system("expiry"))
          : affiliations.request(RequestAffiliation.builder().account(user.id())
              .organisation(org.organisation().id()).wantsTiesAccess(true).build(), Portal.as(user));
      case 6 -> {
        List<Affiliation> pending = portal.affiliationStore.ofOrganisation(org.organisation().id(),
            java.util.EnumSet.of(AffiliationState.PENDING));
        yield pending.isEmpty() ? affiliations.historyOf(org.ties().id(), portal.operator)
            : affiliations.approve(DecideAffiliation.builder().affiliation(pending.get(0).id()).build(),
                Portal.as(random.nextBoolean() ? org.ties() : org.itu()));
      }
      case 7 -> user == null ? portal.affiliation.reminders().tick(Actor.system("reminders"))
          : affiliations.approvedAffiliationOf(user.id()).<Object>map(a -> random.nextBoolean()
              ? affiliations.leave(LeaveOrganisation.builder().affiliation(a.id()).build(), Portal.as(user))
              : portal.affiliation.focalPoints().handOverTies(HandOverTiesFocalPoint.builder()
                  .organisation(org.organisation().id()).successor(user.id()).build(), portal.operator))
              .orElseGet(() -> accounts.find(user.id()));
      default -> {
        portal.clock.advance(Duration.ofDays(3));
        yield portal.affiliation.reminders().tick(Actor.system("reminders"));
      }
    };
  }

  /** The careers commands the fault run sends: candidates, profiles, vacancies, applications, alerts. */
  private static final class CareersSide {
    final Portal portal;
    final Recruiter recruiter = Recruiter.of(StaffId.random());
    final List<String> emails = List.of(Portal.uniqueEmail("cand-a"), Portal.uniqueEmail("cand-b"),
        Portal.uniqueEmail("cand-c"));
    final List<VacancyId> vacancies = new ArrayList<>();

    CareersSide(Portal portal) {
      this.portal = portal;
    }

    private Optional<CandidateId> candidate(String email) {
      return portal.candidateStore.findByEmail(EmailAddress.of(email)).map(CandidateAccount::id);
    }

    private long version(CandidateId id) {
      return portal.profileStore.find(id).map(Profile::version).orElse(0L);
    }

    Object operation(int op, Random random) {
      String email = emails.get(random.nextInt(emails.size()));
      Actor candidate = Candidate.of(candidate(email).orElseGet(CandidateId::random));
      CandidateId id = ((Candidate) candidate).candidate();
      var careers = portal.careers;
      return switch (op) {
        case 0 -> careers.careersAccounts().createAccount(CreateCandidateAccount.builder().email(email)
            .firstName("Cara").lastName("Mensah").language(Locale.ENGLISH).relation(StaffRelation.NONE)
            .password(Secret.of(Portal.PASSWORD)).passwordConfirmation(Secret.of(Portal.PASSWORD)).build(),
            Actor.anonymous());
        case 1 -> careers.careersAccounts().verifyEmail(VerifyCandidateEmail.builder().email(email)
            .code(lastCode(portal, email, CareersAccounts.VERIFICATION_CODE)).build(), Actor.anonymous());
        case 2 -> {
          Profile complete = ProfileFixtures.complete(id);
          int section = random.nextInt(4);
          var profiles = careers.candidateProfiles();
          yield switch (section) {
            case 0 -> profiles.setPersonalInformation(SetPersonalInformation.builder().candidate(id)
                .expectedVersion(version(id)).value(complete.personalInformation().orElseThrow()).build(), candidate);
            case 1 -> profiles.setAddress(SetAddress.builder().candidate(id).expectedVersion(version(id))
                .value(complete.address().orElseThrow()).build(), candidate);
            case 2 -> profiles.setContractInformation(SetContractInformation.builder().candidate(id)
                .expectedVersion(version(id)).value(complete.contractInformation().orElseThrow()).build(),
                candidate);
            default -> profiles.addEntry(AddEntry.builder().candidate(id).expectedVersion(version(id))
                .entry(complete.entries().get(random.nextInt(complete.entries().size()))).build(), candidate);
          };
        }
        case 3 -> {
          // one command per check: drafting and publishing are separate steps
          var desk = careers.vacancyDesk();
          int move = random.nextInt(5);
          if (vacancies.isEmpty() || move == 0) {
            Outcome<Vacancy> draft = desk.draft(VacancyFixtures.regularHeadquartersPost(portal.clock.instant())
                .build(), recruiter);
            vacancies.add(draft.value().id());
            yield draft;
          }
          VacancyStep step = VacancyStep.of(vacancies.get(random.nextInt(vacancies.size())));
          yield move < 3 ? desk.publish(step, recruiter) : move == 3 ? desk.close(step, recruiter)
              : desk.finishCompetition(step, recruiter);
        }
        case 4 -> vacancies.isEmpty() ? careers.jobAlerts().subscribe(SubscribeToAlerts.builder()
            .criteria(AlertCriteria.any()).build(), candidate)
            : careers.applicationDesk().apply(Apply.to(vacancies.get(random.nextInt(vacancies.size()))), candidate);
        default -> {
          List<Application> all = new ArrayList<>();
          vacancies.forEach(v -> all.addAll(portal.applicationStore.ofVacancy(v)));
          if (all.isEmpty()) {
            yield careers.jobAlerts().subscribe(SubscribeToAlerts.builder().criteria(AlertCriteria.any()).build(),
                candidate);
          }
          Application a = all.get(random.nextInt(all.size()));
          yield random.nextInt(4) == 0
              ? careers.applicationDesk().withdraw(ApplicationStep.because(a.id(), "personal-reasons"),
                  Candidate.of(a.candidate()))
              : careers.applicationDesk().move(ApplicationStep.of(a.id()), ApplicationAction.values()[
                  1 + random.nextInt(ApplicationAction.values().length - 1)], recruiter);
        }
      };
    }
  }

  private static Secret lastCode(Portal portal, String email, String kind) {
    List<String> codes = portal.mails().stream().filter(n -> n.recipient().equals(EmailAddress.of(email))
        && n.kind().equals(kind)).map(n -> n.parameters().get(AccountNotifications.CODE))
        .filter(java.util.Objects::nonNull).toList();
    String code = codes.isEmpty() ? "123456" : codes.get(codes.size() - 1);
    Evidence.secret(code);
    return Secret.of(code);
  }

  private static void check(Portal portal, String what, Supplier<Object> command) {
    StoreSnapshot before = portal.snapshot();
    Set<DomainEvent> logged = Collections.newSetFromMap(new IdentityHashMap<>());
    logged.addAll(portal.events());
    long struck = portal.faults.struck();
    Portal.Attempt<Object> attempt = portal.attempt(what, command);
    COMMANDS.incrementAndGet();
    List<DomainEvent> added = portal.events().stream().filter(e -> !logged.contains(e)).toList();
    if (attempt.succeeded()) {
      COMMITTED.incrementAndGet();
      if (attempt.value().orElseThrow() instanceof Outcome<?> outcome) {
        Set<DomainEvent> now = Collections.newSetFromMap(new IdentityHashMap<>());
        now.addAll(portal.events());
        assertThat(outcome.events()).as("%s committed: its events are in the log", what).allMatch(now::contains);
      }
      return;
    }
    PortalException failure = attempt.failure().orElseThrow();
    if (failure instanceof Unavailable) {
      assertThat(portal.faults.struck()).as("%s unavailable only when a fault struck", what)
          .isGreaterThan(struck);
      FAILED_BY_FAULT.incrementAndGet();
    } else {
      REFUSED.incrementAndGet();
    }
    if (UserAccounts.CODE_REJECTED.equals(failure.reason())) {
      assertThat(added).allMatch(AccountEvent.VerificationFailed.class::isInstance);
      return;
    }
    if (CareersAccounts.CODE_REJECTED.equals(failure.reason())) {
      assertThat(added).allMatch(CandidateAccountEvent.CodeRefused.class::isInstance);
      return;
    }
    assertThat(before.differences(portal.snapshot())).as("%s failed (%s %s): no partial state", what,
        failure.code(), failure.reason()).isEmpty();
    assertThat(added).as("%s failed: no event without its write", what).isEmpty();
  }

  @AfterContainer
  static void report() {
    String md = "## Faults\n\n"
        + "Every store of every module, the event log and the outbox are wrapped by `Faults`: each write (save, "
        + "add, update, remove, append) throws a non-library exception with probability 0.12, half of the time "
        + "before the write and half after it, as a database that drops the connection would. Random commands "
        + "of every module run meanwhile (sign-up, verification, sign-in, recovery, requests, decisions, leaving, "
        + "hand-over, expiry and reminder ticks; careers candidate sign-up and verification, profile edits, "
        + "vacancies published, closed and finished (with the job-alert and application policies reacting), "
        + "applications sent, moved and withdrawn, alerts subscribed), and the `NotificationRelay` delivers "
        + "through a mail server "
        + "that fails 30 % of its calls, with the clock moving so retries fall due; then faults stop, the mail "
        + "server recovers and the relay runs until nothing is due.\n\n"
        + String.format("**%,d runs, %,d commands**: %,d committed, %,d refused by the rules, %,d failed by an "
            + "injected fault (`unavailable`). Faults struck: %s. The mail server failed %,d times; %,d "
            + "notifications were queued.%n%n", RUNS.get(), COMMANDS.get(), COMMITTED.get(), REFUSED.get(),
            FAILED_BY_FAULT.get(), STRUCK.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " "
                    + e.getValue().get()).collect(Collectors.joining(", ")), MAIL_FAILURES.get(),
            NOTIFICATIONS.get())
        + "Held: a failed command left every store, the event log and the outbox exactly as before (no partial "
        + "state, no event or notification without its write); a committed command's events were all in the log; "
        + "`unavailable` appeared only when a fault struck; after recovery every notification was delivered, and "
        + "the mail server received each idempotency key exactly once.\n";
    Report.section("4-faults", md);
    assertThat(Evidence.hits()).isEmpty();
  }
}
