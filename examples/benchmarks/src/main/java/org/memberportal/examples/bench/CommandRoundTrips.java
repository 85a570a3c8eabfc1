/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.ForgotPassword;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignUp;
import org.memberportal.account.VerifyEmail;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.CareersModule;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.application.Apply;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.CreateCandidateAccount;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.candidate.VerifyCandidateEmail;
import org.memberportal.careers.inmemory.InMemoryStaffDirectory;
import org.memberportal.careers.privacy.RetentionPolicy;
import org.memberportal.careers.profile.Address;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.Education;
import org.memberportal.careers.profile.Employment;
import org.memberportal.careers.profile.LanguageSkill;
import org.memberportal.careers.profile.PersonalInformation;
import org.memberportal.careers.profile.Proficiency;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.Reference;
import org.memberportal.careers.vacancy.DraftVacancy;
import org.memberportal.careers.vacancy.DutyStation;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.careers.vacancy.VacancyText;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.examples.bench.Benchmarks.Figure;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.StaffId;
import org.memberportal.postgres.Connections;
import org.memberportal.postgres.DatabaseFailure;
import org.memberportal.postgres.PostgresAlertSubscriptions;
import org.memberportal.postgres.PostgresApplications;
import org.memberportal.postgres.PostgresCandidateAccounts;
import org.memberportal.postgres.PostgresConsents;
import org.memberportal.postgres.PostgresIssuedCodes;
import org.memberportal.postgres.PostgresPendingHandOvers;
import org.memberportal.postgres.PostgresProfiles;
import org.memberportal.postgres.PostgresTiesAccountRegister;
import org.memberportal.postgres.PostgresVacancies;
import org.memberportal.ties.TiesModule;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.access.RequestTiesAccess;
import org.memberportal.ties.handover.TiesFocalPoints;

/**
 * B1's round trips: the ten most used commands, each run once through the library on the PostgreSQL adapters,
 * with every round trip to the server counted ({@link RoundTrips}), and the expert's approve beside the library's.
 * The world is {@link PostgresWorld} with the TIES and careers modules added on the same host; what each command
 * needs before it (an account, its code from the outbox, a pending request, a complete profile, a draft) is made
 * before the count starts.
 */
final class CommandRoundTrips {

  /** The ten commands, in the order. */
  static final List<String> COMMANDS = List.of("sign-up", "verify", "sign-in", "forgot", "approve", "request TIES",
      "approve TIES", "apply", "publish", "Manage my users");

  private static final String PASSWORD = "Blue-Heron-Sky-42";

  private final RoundTrips trips = new RoundTrips();
  private final PostgresWorld world = new PostgresWorld(trips.counting(BenchDatabase.freshSchema("round_trips")));
  private final Map<String, Long> counted = new LinkedHashMap<>();

  private CommandRoundTrips() {}

  /**
   * Runs each command once and returns its round trips, in the order, then the expert's approve.
   *
   * @return one reported figure per command
   */
  static List<Figure> figures() {
    Map<String, Long> counted = new CommandRoundTrips().run();
    return counted.entrySet().stream().map(e -> new Figure("B1", "round trips: " + e.getKey(), e.getValue(),
        "rt", "(reported)", true)).toList();
  }

  private Map<String, Long> run() {
    Connections tx = world.postgres.transactions();
    PasswordHashing hashing = PasswordHashing.argon2id(16, 1, 1);
    TiesModule ties = TiesModule.on(world.postgres.host(), world.accounts, world.module,
        new PostgresTiesAccountRegister(tx), new PostgresPendingHandOvers(tx), TiesFocalPoints.DEFAULT_TOKEN_LIFETIME);
    PostgresCandidateAccounts candidates = new PostgresCandidateAccounts(tx);
    PostgresProfiles profiles = new PostgresProfiles(tx);
    CareersModule careers = CareersModule.builder().host(world.postgres.host()).accounts(candidates)
        .profiles(profiles).consents(new PostgresConsents(tx)).vacancies(new PostgresVacancies(tx))
        .applications(new PostgresApplications(tx)).alerts(new PostgresAlertSubscriptions(tx))
        .codes(new PostgresIssuedCodes(tx)).secrets(new RandomSecrets()).staff(new InMemoryStaffDirectory())
        .cutOver(Instant.parse("2025-06-01T00:00:00Z")).hasher(hashing).retention(RetentionPolicy.years(3))
        .build();
    // the TIES seat goes to an approved member of the organisation
    AccountSummary tiesFocalPoint = tx.inTransaction(() -> world.active("Tom", "Ties"));
    Affiliation tom = world.module.affiliations().request(RequestAffiliation.builder().account(tiesFocalPoint.id())
        .organisation(world.organisation.id()).wantsTiesAccess(false).build(), Actor.account(tiesFocalPoint.id()))
        .value();
    world.module.affiliations().approve(DecideAffiliation.builder().affiliation(tom.id()).build(),
        world.asFocalPoint);
    world.module.focalPoints().appoint(AppointFocalPoint.builder().organisation(world.organisation.id())
        .seat(FocalPointRole.TIES).account(tiesFocalPoint.id()).build(), world.operator);

    String email = "ada.lovelace@example.org";
    Actor visitor = Actor.anonymous();
    count("sign-up", () -> world.accounts.signUp(SignUp.builder().email(email).firstName("Ada").lastName("Lovelace")
        .password(Secret.of(PASSWORD)).passwordConfirmation(Secret.of(PASSWORD)).gender("female")
        .professionalRole("engineer").preferredLanguage("en").termsAccepted(true).build(), visitor));
    String code = code(email, AccountNotifications.VERIFICATION_CODE, AccountNotifications.CODE);
    AccountSummary ada = count("verify", () -> world.accounts.verifyEmail(VerifyEmail.builder().email(email)
        .code(Secret.of(code)).build(), visitor).value());
    count("sign-in", () -> world.accounts.signIn(SignIn.builder().email(email).password(Secret.of(PASSWORD))
        .build(), visitor));
    count("forgot", () -> world.accounts.forgotPassword(ForgotPassword.builder().email(email).build(), visitor));

    Actor asAda = Actor.account(ada.id());
    Affiliation request = world.module.affiliations().request(RequestAffiliation.builder().account(ada.id())
        .organisation(world.organisation.id()).wantsTiesAccess(false).build(), asAda).value();
    count("approve", () -> world.module.affiliations().approve(DecideAffiliation.builder()
        .affiliation(request.id()).build(), world.asFocalPoint));
    count("request TIES", () -> ties.access().request(RequestTiesAccess.builder().account(ada.id()).build(), asAda));
    count("approve TIES", () -> ties.access().approve(DecideTiesRequest.builder().account(ada.id()).build(),
        Actor.account(tiesFocalPoint.id())));

    Actor recruiter = Recruiter.of(new StaffId(new UUID(0, 0xB2)));
    ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Europe/Zurich"));
    Vacancy draft = careers.vacancyDesk().draft(DraftVacancy.builder().referenceNumber("2026/CONS/7")
        .type(VacancyType.CONSULTANT).grade("CONS").dutyStation(DutyStation.headquarters("GVA", "Geneva"))
        .putTexts(Locale.ENGLISH, VacancyText.of("Spectrum Management Consultant", "Advises on spectrum."))
        .opensAt(now.minusDays(1)).closesAt(now.plusDays(30)).build(), recruiter).value();
    Vacancy published = count("publish", () -> careers.vacancyDesk().publish(VacancyStep.of(draft.id()), recruiter)
        .value());
    String amina = "amina.diallo@example.org";
    careers.careersAccounts().createAccount(CreateCandidateAccount.builder().email(amina).firstName("Amina")
        .lastName("Diallo").language(Locale.ENGLISH).relation(StaffRelation.CONSULTANT)
        .password(Secret.of(PASSWORD)).passwordConfirmation(Secret.of(PASSWORD)).build(), visitor);
    CandidateId candidate = careers.careersAccounts().verifyEmail(VerifyCandidateEmail.builder().email(amina)
        .code(Secret.of(code(amina, CareersAccounts.VERIFICATION_CODE, CareersAccounts.CODE))).build(), visitor)
        .value();
    tx.inTransaction(() -> profiles.add(completeProfile(candidate, amina)));
    count("apply", () -> careers.applicationDesk().apply(Apply.to(published.id()), Candidate.of(candidate))
        .value());
    count("Manage my users", () -> world.module.manageMyUsers().list(RosterQuery.builder()
        .organisation(world.organisation.id()).build(), world.asFocalPoint));

    Affiliation next = world.pendingRequests(1).get(0);
    trips.take();
    try {
      new ExpertApprove(world.pool).approve(next.id().value(), world.focalPoint.id().value());
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
    Map<String, Long> ordered = new LinkedHashMap<>();
    COMMANDS.forEach(command -> ordered.put(command, counted.get(command)));
    ordered.put("approve, the expert's floor", trips.take());
    return ordered;
  }

  /** Runs one command with the count reset before it and read after it. */
  private <T> T count(String command, Supplier<T> run) {
    trips.take();
    T result = run.get();
    counted.put(command, trips.take());
    return result;
  }

  /** The last code mailed to an address, read from the outbox (the relay would deliver it). */
  private String code(String email, String kind, String parameter) {
    try (Connection c = world.pool.getConnection(); PreparedStatement s = c.prepareStatement("select p.value"
        + " from outbox o join outbox_parameter p using (idempotency_key) where o.recipient = ? and o.kind = ?"
        + " and p.name = ? order by o.position desc limit 1")) {
      s.setString(1, EmailAddress.of(email).display());
      s.setString(2, kind);
      s.setString(3, parameter);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("no " + kind + " for " + email);
        }
        return r.getString(1);
      }
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  /** A profile with every required section answered, so that its candidate may apply. */
  private static Profile completeProfile(CandidateId candidate, String email) {
    Instant now = Instant.now();
    return Profile.builder().candidate(candidate).version(0).createdAt(now).lastActivity(now)
        .personalInformation(PersonalInformation.builder().firstName("Amina").lastName("Diallo")
            .birthDate(LocalDate.of(1990, 4, 12)).addNationalities("SN").email(email).phone("+221 33 123 45 67")
            .build())
        .address(Address.builder().street("12 Avenue Cheikh Anta Diop").postalCode("10700").city("Dakar")
            .country("SN").build())
        .contractInformation(ContractInformation.builder().addInterests(ContractInterest.CONSULTANT).build())
        .noRelativesDeclared(true)
        .addEntries(LanguageSkill.builder().language("fr").reading(Proficiency.NATIVE).writing(Proficiency.NATIVE)
                .speaking(Proficiency.NATIVE).build(),
            Education.builder().institution("Universite Cheikh Anta Diop").degree("Master").field("Telecoms")
                .country("SN").from(LocalDate.of(2010, 10, 1)).build(),
            Employment.builder().employer("Sonatel").title("Radio engineer").country("SN")
                .duties("Planning of the mobile network").from(LocalDate.of(2013, 1, 1)).build(),
            Reference.builder().name("Moussa Ndiaye").position("Head of radio planning")
                .email("moussa.ndiaye@example.org").phone("").build())
        .build();
  }
}
