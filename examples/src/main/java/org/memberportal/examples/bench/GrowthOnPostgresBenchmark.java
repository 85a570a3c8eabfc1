/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.Page;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.roster.RosterEntry;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.opening.JobOpening;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.examples.postgres.PostgresAlertSubscriptions;
import org.memberportal.examples.postgres.PostgresHost;
import org.memberportal.examples.postgres.PostgresTiesAccountRegister;
import org.memberportal.examples.postgres.PostgresTransactions;
import org.memberportal.examples.postgres.PostgresVacancies;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.StaffId;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesOrigin;
import org.memberportal.ties.access.TiesRequest;
import org.memberportal.ties.access.TiesState;
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
 * B3 on PostgreSQL: how the cost of the everyday reads grows with the data, at {@code records} = 1,000 and 100,000
 * in the PostgreSQL stores, through the same service calls as {@link GrowthBenchmark}. The reader's own slice is
 * the same at both sizes and is written through the stores' ports (the focal point's organisation has
 * {@link GrowthBenchmark#OWN_APPROVED} users and {@link GrowthBenchmark#OWN_PENDING} pending requests;
 * {@link GrowthBenchmark#MATCHING} vacancies and alerts match the query); everybody else's records are bulk
 * inserted with one {@code insert ... select ... from generate_series} per table (rows shaped as the stores write
 * them), then the schema is vacuumed and analysed, as autovacuum leaves a database that grew in production
 * ({@code BenchDatabase#vacuum}). A flat cost means the
 * read uses an index.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class GrowthOnPostgresBenchmark {

  private static final String EPOCH = "timestamptz '2026-01-01 00:00:00+00'";

  /** The affiliations and accounts: the focal point's organisation plus everybody else's. */
  @State(Scope.Benchmark)
  public static class Roster {
    /** Affiliation records (and accounts) in the store. */
    @Param({"1000", "100000"})
    public int records;

    RosterData data;

    /** Loads the stores, or takes the ones that the previous read loaded. */
    @Setup(Level.Trial)
    public void load() {
      data = DataSets.once(Roster.class, records, () -> RosterData.load(records));
    }
  }

  /**
   * Loaded stores and the reads' arguments.
   *
   * @param world the affiliation module on PostgreSQL and its focal point
   * @param myRequests the "My Requests" read
   * @param user the user whose requests are read
   * @param pendingPage the focal point's pending page
   * @param search the name search
   */
  record RosterData(PostgresWorld world, MyRequests myRequests, AccountId user, RosterQuery pendingPage,
      RosterQuery search) {

    /** Loads the stores. */
    static RosterData load(int records) {
      PostgresWorld world = new PostgresWorld("b3_roster");
      AccountId[] user = new AccountId[1];
      SplittableRandom random = new SplittableRandom(42);
      Instant at = Instant.parse("2026-01-01T00:00:00Z");
      PostgresTransactions tx = world.postgres.transactions();
      PostgresTiesAccountRegister ties = new PostgresTiesAccountRegister(tx);
      MyRequests myRequests = new MyRequests(world.postgres.host(), world.module.affiliations(),
          world.module.organisations(), ties);
      int own = Math.min(records, GrowthBenchmark.OWN_APPROVED + GrowthBenchmark.OWN_PENDING);
      tx.inTransaction(() -> {
        for (int i = 0; i < own; i++) {
          AccountSummary member = world.active(
              GrowthBenchmark.FIRST_NAMES[random.nextInt(GrowthBenchmark.FIRST_NAMES.length)],
              GrowthBenchmark.LAST_NAMES[random.nextInt(GrowthBenchmark.LAST_NAMES.length)]);
          Instant requested = at.plusSeconds(i);
          Affiliation.Builder a = Affiliation.builder().id(AffiliationId.random()).account(member.id())
              .organisation(world.organisation.id()).membershipType(MembershipType.SECTOR_MEMBER)
              .wantsTiesAccess(false).requestedAt(requested).submittedAt(requested);
          a = i >= GrowthBenchmark.OWN_APPROVED ? a.state(AffiliationState.PENDING)
              : a.state(AffiliationState.APPROVED).decidedAt(requested).decidedBy(world.focalPoint.id());
          Affiliation saved = world.register.add(a.build());
          if (i == 0) {
            // the user whose "My Requests" is read: an affiliation and a TIES grant
            ties.add(TiesAccount.builder().account(saved.account())
                .addRequests(new TiesRequest(saved.organisation(), saved.id(), TiesOrigin.USER_REQUEST, requested,
                    TiesState.ACTIVE, Optional.of(requested), Optional.empty()))
                .changedAt(requested).build());
            user[0] = saved.account();
          }
        }
        return null;
      });
      // everybody else: an account each, with one affiliation (one in ten pending) to an organisation of 100
      BenchDatabase.execute(world.pool,
          "insert into account (id, email_key, email, pending_email, title, first_name, last_name, gender,"
              + " job_title, professional_role, language, newsletter, terms_accepted_at, status, password,"
              + " lockout_failures, lockout_last_at, lockout_until, legacy_attributes, created_at, version)"
              + " select md5('account' || g)::uuid, 'other' || g || '@example.org', 'other' || g || '@example.org',"
              + " null, null, (" + array(GrowthBenchmark.FIRST_NAMES) + ")[1 + g % "
              + GrowthBenchmark.FIRST_NAMES.length + "], (" + array(GrowthBenchmark.LAST_NAMES) + ")[1 + g % "
              + GrowthBenchmark.LAST_NAMES.length + "], null, null, null, 'en', false, " + EPOCH + ", 'ACTIVE',"
              + " null, 0, null, null, '', " + EPOCH + ", 0 from generate_series(" + own + ", " + (records - 1)
              + ") g",
          "insert into affiliation (id, account_id, organisation_id, membership_type, state, wants_ties_access,"
              + " requested_at, submitted_at, decided_at, decided_by, decided_as, reason, ended_at, end_cause,"
              + " reminded_at, escalated_at, version)"
              + " select md5('affiliation' || g)::uuid, md5('account' || g)::uuid,"
              + " ('00000000-0000-0001-0000-' || lpad(to_hex(g / " + GrowthBenchmark.PER_ORGANISATION
              + "), 12, '0'))::uuid, 'SECTOR_MEMBER', case when g % 10 = 0 then 'PENDING' else 'APPROVED' end,"
              + " false, " + EPOCH + " + g * interval '1 second', " + EPOCH + " + g * interval '1 second',"
              + " case when g % 10 = 0 then null else " + EPOCH + " + g * interval '1 second' end,"
              + " case when g % 10 = 0 then null else '" + world.focalPoint.id().value() + "'::uuid end,"
              + " null, null, null, null, null, null, 1 from generate_series(" + own + ", " + (records - 1) + ") g");
      BenchDatabase.vacuum(world.pool);
      return new RosterData(world, myRequests, user[0],
          RosterQuery.builder().organisation(world.organisation.id()).pendingOnly(true).size(50).build(),
          RosterQuery.builder().organisation(world.organisation.id()).text("smi").size(20).build());
    }
  }

  /** The published vacancies. */
  @State(Scope.Benchmark)
  public static class Openings {
    /** Published vacancies in the store. */
    @Param({"1000", "100000"})
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

    /** Loads the vacancies. */
    static OpeningsData load(int records) {
      DataSource pool = BenchDatabase.freshSchema("b3_openings");
      PostgresHost postgres = new PostgresHost(pool, Clock.systemUTC());
      PostgresVacancies vacancies = new PostgresVacancies(postgres.transactions());
      ZonedDateTime now = ZonedDateTime.now(Clock.systemUTC());
      StaffId recruiter = new StaffId(UUID.randomUUID());
      SplittableRandom random = new SplittableRandom(7);
      // the matching ones, and one other whose row the bulk insert copies
      int template = Math.min(records, GrowthBenchmark.MATCHING + 1) - 1;
      postgres.transactions().inTransaction(() -> {
        for (int i = 0; i <= template; i++) {
          vacancies.insert(GrowthBenchmark.vacancy(i, i < GrowthBenchmark.MATCHING, now, recruiter, random));
        }
        return null;
      });
      String others = "from vacancy t, generate_series(" + (template + 1) + ", " + (records - 1)
          + ") g where t.reference_key = 'VAC-" + template + "'";
      BenchDatabase.execute(pool,
          "insert into vacancy (id, reference_number, reference_key, type, grade, station_code, station_name,"
              + " station_kind, station_languages, station_key, opens_at, opens_zone, closes_at, closes_zone, status,"
              + " drafted_by, published_at, languages, words, version)"
              + " select md5('vacancy' || g)::uuid, 'VAC-' || g, 'VAC-' || g, ("
              + array(Arrays.stream(VacancyType.values()).limit(4).map(Enum::name).toArray(String[]::new))
              + ")[1 + g % 4], 'P' || (1 + g % 5), 'S' || (1 + g * 7919 % 10000), t.station_name, t.station_kind,"
              + " t.station_languages, 'S' || (1 + g * 7919 % 10000), t.opens_at, t.opens_zone,"
              + " t.closes_at + (g - " + template + ") * interval '1 second', t.closes_zone, t.status, t.drafted_by,"
              + " t.published_at, t.languages, array['vac', g::text, 'programme', 'officer', (g % 1000)::text,"
              + " 'duties', 'in', 'the', 'bureau', 'team', (g % 97)::text], t.version " + others,
          "insert into vacancy_text (vacancy_id, language, title, body) select md5('vacancy' || g)::uuid, 'en',"
              + " 'Programme officer ' || (g % 1000), 'Duties in the bureau, team ' || (g % 97) || '.' " + others);
      BenchDatabase.vacuum(pool);
      return new OpeningsData(new JobOpenings(postgres.host(), vacancies),
          OpeningQuery.builder().keywords("spectrum").size(20).build(), OpeningQuery.builder().size(20).build());
    }
  }

  /** The job alerts. */
  @State(Scope.Benchmark)
  public static class Alerts {
    /** Alerts in the store. */
    @Param({"1000", "100000"})
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
  record AlertsData(PostgresAlertSubscriptions alerts, Vacancy vacancy) {

    /** Loads the alerts: each other one names a type, a grade and one of many duty stations. */
    static AlertsData load(int records) {
      DataSource pool = BenchDatabase.freshSchema("b3_alerts");
      PostgresHost postgres = new PostgresHost(pool, Clock.systemUTC());
      PostgresAlertSubscriptions alerts = new PostgresAlertSubscriptions(postgres.transactions());
      Instant at = Instant.parse("2026-01-01T00:00:00Z");
      int matching = Math.min(records, GrowthBenchmark.MATCHING);
      postgres.transactions().inTransaction(() -> {
        // the matching alerts ask for the vacancy's station only
        for (int i = 0; i < matching; i++) {
          alerts.add(JobAlert.builder().id(AlertId.random()).candidate(CandidateId.random())
              .email(EmailAddress.of("candidate" + i + "@example.org")).language(Locale.ENGLISH)
              .criteria(AlertCriteria.builder().addDutyStations("GVA").build()).subscribedAt(at).build());
        }
        return null;
      });
      String types = array(Arrays.stream(VacancyType.values()).map(Enum::name).toArray(String[]::new));
      BenchDatabase.execute(pool,
          "insert into job_alert (id, candidate_id, email, language, subscribed_at, types, grades, duty_stations,"
              + " languages, keywords, type_keys, grade_keys, station_keys, language_keys)"
              + " select md5('alert' || g)::uuid, md5('candidate' || g)::uuid, 'candidate' || g || '@example.org',"
              + " 'en', " + EPOCH + ", array[t], array[grade], array[station], '{}', null, array[t], array[grade],"
              + " array[station], array['*'] from (select g, (" + types + ")[1 + g % " + VacancyType.values().length
              + "] t, 'P' || (1 + g % 5) grade, 'S' || (1 + g * 7919 % 10000) station from generate_series("
              + matching + ", " + (records - 1) + ") g) x");
      BenchDatabase.vacuum(pool);
      return new AlertsData(alerts, GrowthBenchmark.vacancy(0, true, ZonedDateTime.now(Clock.systemUTC()),
          new StaffId(UUID.randomUUID()), new SplittableRandom(3)));
    }
  }

  private static String array(String[] values) {
    return Arrays.stream(values).map(v -> "'" + v + "'").collect(Collectors.joining(", ", "array[", "]"));
  }

  /**
   * The focal point's pending-requests page (50 rows) in "Manage my users".
   *
   * @param s the stores
   * @return the page
   */
  @Benchmark
  public Page<RosterEntry> pendingRequestsPage(Roster s) {
    return s.data.world().module.manageMyUsers().list(s.data.pendingPage(), s.data.world().asFocalPoint);
  }

  /**
   * A user's "My Requests": their affiliation and TIES requests.
   *
   * @param s the stores
   * @return the lines
   */
  @Benchmark
  public List<RequestLine> myRequests(Roster s) {
    return s.data.myRequests().of(s.data.user(), Actor.account(s.data.user()));
  }

  /**
   * A name search in "Manage my users".
   *
   * @param s the stores
   * @return the page
   */
  @Benchmark
  public Page<RosterEntry> manageMyUsersSearch(Roster s) {
    return s.data.world().module.manageMyUsers().list(s.data.search(), s.data.world().asFocalPoint);
  }

  /**
   * The public job openings searched by a keyword that {@link GrowthBenchmark#MATCHING} vacancies carry.
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
   * The alerts a newly published vacancy matches ({@link GrowthBenchmark#MATCHING} of them at every size).
   *
   * @param s the store
   * @return the matching alerts
   */
  @Benchmark
  public List<JobAlert> jobAlertMatching(Alerts s) {
    return s.data.alerts().matching(s.data.vacancy());
  }
}
