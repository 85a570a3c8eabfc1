/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.StaffId;
import org.memberportal.postgres.PostgresAlertSubscriptions;
import org.memberportal.postgres.PostgresHost;
import org.memberportal.postgres.PostgresTiesAccountRegister;
import org.memberportal.postgres.PostgresVacancies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * B3 on PostgreSQL: how the cost of the everyday reads ({@link GrowthData}) grows with the data, at
 * {@code records} = 1,000 and 100,000 in the PostgreSQL stores, through the same service calls as
 * {@link GrowthBenchmark}. The reader's own slice is the same at both sizes and is written through the stores'
 * ports (the focal point's organisation has {@link GrowthData#OWN_APPROVED} users and
 * {@link GrowthData#OWN_PENDING} pending requests; {@link GrowthData#MATCHING} vacancies and alerts match the
 * query); everybody else's records are bulk inserted with one {@code insert ... select ... from generate_series}
 * per table (rows shaped as the stores write them), then the schema is vacuumed and analysed, as autovacuum leaves
 * a database that grew in production ({@code BenchDatabase#vacuum}). A flat cost means the read uses an index.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class GrowthOnPostgresBenchmark extends GrowthScenario {

  private static final String EPOCH = "timestamptz '" + GrowthData.START + "'";

  /** Records in each store (affiliations and their accounts, vacancies, alerts). */
  @Param({"1000", "100000"})
  public int records;

  /** Loads the stores. */
  @Override
  GrowthData.Roster roster(int records) {
    PostgresWorld world = new PostgresWorld("b3_roster");
    AccountId[] user = new AccountId[1];
    SplittableRandom random = new SplittableRandom(42);
    PostgresTiesAccountRegister ties = new PostgresTiesAccountRegister(world.postgres.transactions());
    int own = Math.min(records, GrowthData.OWN_APPROVED + GrowthData.OWN_PENDING);
    world.postgres.transactions().inTransaction(() -> {
      for (int i = 0; i < own; i++) {
        AccountSummary member = world.active(
            GrowthData.FIRST_NAMES[random.nextInt(GrowthData.FIRST_NAMES.length)],
            GrowthData.LAST_NAMES[random.nextInt(GrowthData.LAST_NAMES.length)]);
        Affiliation saved = world.register.add(GrowthData.affiliation(member.id(), world.organisation.id(),
            GrowthData.START.plusSeconds(i), i >= GrowthData.OWN_APPROVED, world.focalPoint.id()));
        if (i == 0) {
          // the user whose "My Requests" is read: an affiliation and a TIES grant
          ties.add(GrowthData.tiesGrant(saved));
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
            + " null, null, (" + array(GrowthData.FIRST_NAMES) + ")[1 + g % "
            + GrowthData.FIRST_NAMES.length + "], (" + array(GrowthData.LAST_NAMES) + ")[1 + g % "
            + GrowthData.LAST_NAMES.length + "], null, null, null, 'en', false, " + EPOCH + ", 'ACTIVE',"
            + " null, 0, null, null, '', " + EPOCH + ", 0 from generate_series(" + own + ", " + (records - 1)
            + ") g",
        "insert into affiliation (id, account_id, organisation_id, membership_type, state, wants_ties_access,"
            + " requested_at, submitted_at, decided_at, decided_by, decided_as, reason, ended_at, end_cause,"
            + " reminded_at, escalated_at, version)"
            + " select md5('affiliation' || g)::uuid, md5('account' || g)::uuid,"
            + " ('00000000-0000-0001-0000-' || lpad(to_hex(g / " + GrowthData.PER_ORGANISATION
            + "), 12, '0'))::uuid, 'SECTOR_MEMBER', case when g % 10 = 0 then 'PENDING' else 'APPROVED' end,"
            + " false, " + EPOCH + " + g * interval '1 second', " + EPOCH + " + g * interval '1 second',"
            + " case when g % 10 = 0 then null else " + EPOCH + " + g * interval '1 second' end,"
            + " case when g % 10 = 0 then null else '" + world.focalPoint.id().value() + "'::uuid end,"
            + " null, null, null, null, null, null, 1 from generate_series(" + own + ", " + (records - 1) + ") g");
    BenchDatabase.vacuum(world.pool);
    return GrowthData.Roster.of(world.postgres.host(), world.module, world.asFocalPoint, world.organisation.id(), ties,
        user[0]);
  }

  /** Loads the vacancies. */
  @Override
  GrowthData.Openings openings(int records) {
    DataSource pool = BenchDatabase.freshSchema("b3_openings");
    PostgresHost postgres = new PostgresHost(pool, Clock.systemUTC());
    PostgresVacancies vacancies = new PostgresVacancies(postgres.transactions());
    ZonedDateTime now = ZonedDateTime.now(Clock.systemUTC());
    StaffId recruiter = new StaffId(UUID.randomUUID());
    SplittableRandom random = new SplittableRandom(7);
    // the matching ones, and one other whose row the bulk insert copies
    int template = Math.min(records, GrowthData.MATCHING + 1) - 1;
    postgres.transactions().inTransaction(() -> {
      for (int i = 0; i <= template; i++) {
        vacancies.add(GrowthData.vacancy(i, i < GrowthData.MATCHING, now, recruiter, random));
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
    return GrowthData.Openings.of(new JobOpenings(postgres.host(), vacancies));
  }

  /** Loads the alerts: each other one names a type, a grade and one of many duty stations. */
  @Override
  GrowthData.Alerts alerts(int records) {
    DataSource pool = BenchDatabase.freshSchema("b3_alerts");
    PostgresHost postgres = new PostgresHost(pool, Clock.systemUTC());
    PostgresAlertSubscriptions alerts = new PostgresAlertSubscriptions(postgres.transactions());
    Instant at = GrowthData.START;
    int matching = Math.min(records, GrowthData.MATCHING);
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
    return GrowthData.Alerts.of(alerts);
  }

  private static String array(String[] values) {
    return Arrays.stream(values).map(v -> "'" + v + "'").collect(Collectors.joining(", ", "array[", "]"));
  }
}
