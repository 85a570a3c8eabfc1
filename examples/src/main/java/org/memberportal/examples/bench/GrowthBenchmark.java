/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.Page;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.roster.RosterEntry;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.inmemory.InMemoryAlertSubscriptions;
import org.memberportal.careers.inmemory.InMemoryVacancies;
import org.memberportal.careers.opening.JobOpening;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.vacancy.DutyStation;
import org.memberportal.careers.vacancy.StationKind;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyText;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesOrigin;
import org.memberportal.ties.access.TiesRequest;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.inmemory.InMemoryTiesAccountRegister;
import org.memberportal.ties.myrequests.MyRequests;
import org.memberportal.ties.myrequests.RequestLine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B3: how the cost of the everyday reads grows with the data, at {@code records} = 1,000 and 1,000,000 in the
 * in-memory store. The reader's own slice is the same at both sizes (the focal point's organisation has
 * {@link #OWN_APPROVED} users and {@link #OWN_PENDING} pending requests; {@link #MATCHING} vacancies and alerts
 * match the query); only everybody else's data grows, so a flat cost means the read uses an index.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// the loaded data all survives: tenure it at once, so that loading a million records copies each object once
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0"})
public class GrowthBenchmark {

  /** Users affiliated with the focal point's organisation, at every size. */
  public static final int OWN_APPROVED = 500;
  /** Pending requests to the focal point's organisation, at every size. */
  public static final int OWN_PENDING = 100;
  /** Vacancies (resp. alerts) matching the query, at every size. */
  public static final int MATCHING = 20;
  /** Records per other organisation. */
  static final int PER_ORGANISATION = 100;
  static final String[] LAST_NAMES = {"Martin", "Dubois", "Garcia", "Muller", "Rossi", "Nakamura", "Okafor",
      "Silva", "Kowalski", "Haddad", "Smith", "Ivanova"};
  static final String[] FIRST_NAMES = {"Ana", "Ben", "Chloe", "David", "Eva", "Farid", "Grace", "Hugo", "Ines"};

  /** The affiliation store: the focal point's organisation plus everybody else's. */
  @State(Scope.Benchmark)
  public static class Roster {
    /** Affiliation records in the store. */
    @Param({"1000", "1000000"})
    public int records;

    RosterData data;

    /** Loads the store, or takes the one that the previous read loaded. */
    @Setup(Level.Trial)
    public void load() {
      data = DataSets.once(Roster.class, records, () -> RosterData.load(records));
    }
  }

  /**
   * A loaded affiliation store and the reads' arguments.
   *
   * @param world the affiliation module and its focal point
   * @param myRequests the "My Requests" read
   * @param user the user whose requests are read
   * @param pendingPage the focal point's pending page
   * @param search the name search
   */
  record RosterData(World world, MyRequests myRequests, AccountId user, RosterQuery pendingPage,
      RosterQuery search) {

    /** Loads the store straight into the register (loading through the commands would take minutes). */
    static RosterData load(int records) {
      World world = new World();
      SplittableRandom random = new SplittableRandom(42);
      Instant at = Instant.parse("2026-01-01T00:00:00Z");
      InMemoryTransactions tx = world.kernel.transactions();
      InMemoryTiesAccountRegister ties = new InMemoryTiesAccountRegister(tx);
      MyRequests myRequests = new MyRequests(world.kernel.host(), world.module.affiliations(),
          world.module.organisations(), ties);
      AccountId[] user = new AccountId[1];
      int batch = 10_000;
      for (int from = 0; from < records; from += batch) {
        int start = from;
        tx.inTransaction(() -> {
          for (int i = start; i < Math.min(start + batch, records); i++) {
            boolean own = i < OWN_APPROVED + OWN_PENDING;
            // everybody else is spread over organisations of PER_ORGANISATION records
            OrganisationId organisation = own ? world.organisation.id()
                : new OrganisationId(new UUID(1, i / PER_ORGANISATION));
            AccountSummary member = world.accounts.active(FIRST_NAMES[random.nextInt(FIRST_NAMES.length)],
                LAST_NAMES[random.nextInt(LAST_NAMES.length)], i);
            boolean pending = own ? i >= OWN_APPROVED : random.nextInt(10) == 0;
            Instant requested = at.plusSeconds(i);
            Affiliation.Builder a = Affiliation.builder().id(AffiliationId.random()).account(member.id())
                .organisation(organisation)
                .membershipType(MembershipType.SECTOR_MEMBER).wantsTiesAccess(false).requestedAt(requested)
                .submittedAt(requested);
            a = pending ? a.state(AffiliationState.PENDING)
                : a.state(AffiliationState.APPROVED).decidedAt(requested).decidedBy(world.focalPoint.id());
            Affiliation saved = world.register.add(a.build());
            if (i == 0) {
              // the user whose "My Requests" is read: an affiliation and a TIES grant
              user[0] = user0(saved, ties, requested);
            }
          }
          return null;
        });
      }
      return new RosterData(world, myRequests, user[0],
          RosterQuery.builder().organisation(world.organisation.id()).pendingOnly(true).size(50).build(),
          RosterQuery.builder().organisation(world.organisation.id()).text("smi").size(20).build());
    }
  }

  static AccountId user0(Affiliation affiliation, InMemoryTiesAccountRegister ties, Instant at) {
    ties.add(TiesAccount.builder().account(affiliation.account())
        .addRequests(new TiesRequest(affiliation.organisation(), affiliation.id(), TiesOrigin.USER_REQUEST, at,
            TiesState.ACTIVE, Optional.of(at), Optional.empty()))
        .changedAt(at).build());
    return affiliation.account();
  }

  /** The published vacancies. */
  @State(Scope.Benchmark)
  public static class Openings {
    /** Published vacancies in the store. */
    @Param({"1000", "1000000"})
    public int records;

    OpeningsData data;

    /** Loads the vacancies, or takes the ones that the previous read loaded. */
    @Setup(Level.Trial)
    public void load() {
      data = DataSets.once(Openings.class, records, () -> OpeningsData.load(records));
    }
  }

  /**
   * Loaded vacancies and the reads' arguments.
   *
   * @param openings the public job openings
   * @param keyword the keyword search
   * @param firstPage the first page, no criteria
   */
  record OpeningsData(JobOpenings openings, OpeningQuery keyword, OpeningQuery firstPage) {

    /** Loads the vacancies straight into the store. */
    static OpeningsData load(int records) {
      InMemoryHost kernel = new InMemoryHost(Clock.systemUTC());
      InMemoryVacancies vacancies = new InMemoryVacancies(kernel.transactions());
      ZonedDateTime now = ZonedDateTime.now(Clock.systemUTC());
      StaffId recruiter = new StaffId(UUID.randomUUID());
      SplittableRandom random = new SplittableRandom(7);
      int batch = 10_000;
      for (int from = 0; from < records; from += batch) {
        int start = from;
        kernel.transactions().inTransaction(() -> {
          for (int i = start; i < Math.min(start + batch, records); i++) {
            vacancies.insert(vacancy(i, i < MATCHING, now, recruiter, random));
          }
          return null;
        });
      }
      return new OpeningsData(new JobOpenings(kernel.host(), vacancies),
          OpeningQuery.builder().keywords("spectrum").size(20).build(), OpeningQuery.builder().size(20).build());
    }
  }

  /** The job alerts. */
  @State(Scope.Benchmark)
  public static class Alerts {
    /** Alerts in the store. */
    @Param({"1000", "1000000"})
    public int records;

    AlertsData data;

    /** Loads the alerts, or takes the ones that the previous read loaded. */
    @Setup(Level.Trial)
    public void load() {
      data = DataSets.once(Alerts.class, records, () -> AlertsData.load(records));
    }
  }

  /**
   * Loaded alerts and the vacancy matched against them.
   *
   * @param alerts the alerts
   * @param vacancy the newly published vacancy
   */
  record AlertsData(InMemoryAlertSubscriptions alerts, Vacancy vacancy) {

    /** Loads the alerts straight into the store: each names a type, a grade and one of many duty stations. */
    static AlertsData load(int records) {
      InMemoryHost kernel = new InMemoryHost(Clock.systemUTC());
      InMemoryAlertSubscriptions alerts = new InMemoryAlertSubscriptions(kernel.transactions());
      SplittableRandom random = new SplittableRandom(11);
      Instant at = Instant.parse("2026-01-01T00:00:00Z");
      VacancyType[] types = VacancyType.values();
      int batch = 10_000;
      for (int from = 0; from < records; from += batch) {
        int start = from;
        kernel.transactions().inTransaction(() -> {
          for (int i = start; i < Math.min(start + batch, records); i++) {
            // the first MATCHING alerts ask for the vacancy's station; the others for other stations
            String station = i < MATCHING ? "GVA" : "S" + (1 + random.nextInt(10_000));
            AlertCriteria criteria = AlertCriteria.builder().addTypes(types[random.nextInt(types.length)])
                .addGrades("P" + (1 + random.nextInt(5))).addDutyStations(station).build();
            alerts.add(JobAlert.builder().id(AlertId.random())
                .candidate(CandidateId.random()).email(EmailAddress.of("candidate" + i + "@example.org"))
                .language(Locale.ENGLISH).criteria(i < MATCHING
                    ? AlertCriteria.builder().addDutyStations(station).build() : criteria).subscribedAt(at).build());
          }
          return null;
        });
      }
      return new AlertsData(alerts, GrowthBenchmark.vacancy(0, true, ZonedDateTime.now(Clock.systemUTC()),
          new StaffId(UUID.randomUUID()), new SplittableRandom(3)));
    }
  }

  static Vacancy vacancy(int i, boolean matching, ZonedDateTime now, StaffId recruiter, SplittableRandom random) {
    String title = matching ? "Spectrum engineer " + i : "Programme officer " + (i % 1000);
    DutyStation station = matching ? DutyStation.headquarters("GVA", "Geneva")
        : DutyStation.office(StationKind.REGIONAL_OFFICE, "S" + (1 + random.nextInt(10_000)), "Office",
            Locale.ENGLISH);
    return Vacancy.builder().id(VacancyId.random()).referenceNumber("VAC-" + i)
        .type(matching ? VacancyType.REGULAR_POST : VacancyType.values()[random.nextInt(4)])
        .grade("P" + (1 + random.nextInt(5))).dutyStation(station)
        .putTexts(Locale.ENGLISH, VacancyText.of(title, "Duties in the bureau, team " + (i % 97) + "."))
        .opensAt(now.minusDays(1)).closesAt(now.plusDays(30).plusSeconds(i).withZoneSameInstant(ZoneOffset.UTC))
        .status(VacancyStatus.PUBLISHED).draftedBy(recruiter).publishedAt(now.minusDays(1).toInstant())
        .version(1).build();
  }

  /**
   * The focal point's pending-requests page (50 rows) in "Manage my users".
   *
   * @param s the store
   * @return the page
   */
  @Benchmark
  public Page<RosterEntry> pendingRequestsPage(Roster s) {
    return s.data.world().module.manageMyUsers().list(s.data.pendingPage(), s.data.world().asFocalPoint);
  }

  /**
   * A user's "My Requests": their affiliation and TIES requests.
   *
   * @param s the store
   * @return the lines
   */
  @Benchmark
  public List<RequestLine> myRequests(Roster s) {
    return s.data.myRequests().of(s.data.user(), Actor.account(s.data.user()));
  }

  /**
   * A name search in "Manage my users".
   *
   * @param s the store
   * @return the page
   */
  @Benchmark
  public Page<RosterEntry> manageMyUsersSearch(Roster s) {
    return s.data.world().module.manageMyUsers().list(s.data.search(), s.data.world().asFocalPoint);
  }

  /**
   * The public job openings searched by a keyword that {@link #MATCHING} vacancies carry.
   *
   * @param s the store
   * @return the page
   */
  @Benchmark
  public org.memberportal.careers.opening.Page<JobOpening> jobOpeningsKeywordSearch(Openings s) {
    return s.data.openings().search(s.data.keyword(), Actor.anonymous());
  }

  /**
   * The first page of the public job openings, no criteria.
   *
   * @param s the store
   * @return the page
   */
  @Benchmark
  public org.memberportal.careers.opening.Page<JobOpening> jobOpeningsFirstPage(Openings s) {
    return s.data.openings().search(s.data.firstPage(), Actor.anonymous());
  }

  /**
   * The alerts a newly published vacancy matches ({@link #MATCHING} of them at every size).
   *
   * @param s the store
   * @return the matching alerts
   */
  @Benchmark
  public List<JobAlert> jobAlertMatching(Alerts s) {
    return s.data.alerts().matching(s.data.vacancy());
  }
}
