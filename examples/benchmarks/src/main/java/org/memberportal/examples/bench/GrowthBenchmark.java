/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.inmemory.InMemoryAlertSubscriptions;
import org.memberportal.careers.inmemory.InMemoryVacancies;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.ties.inmemory.InMemoryTiesAccountRegister;
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
 * B3: how the cost of the everyday reads ({@link GrowthData}) grows with the data, at {@code records} = 1,000 and
 * 1,000,000 in the in-memory store. The reader's own slice is the same at both sizes (the focal point's
 * organisation has {@link GrowthData#OWN_APPROVED} users and {@link GrowthData#OWN_PENDING} pending requests;
 * {@link GrowthData#MATCHING} vacancies and alerts match the query); only everybody else's data grows, so a flat
 * cost means the read uses an index.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
// the loaded data all survives: tenure it at once, so that loading a million records copies each object once
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0"})
@State(Scope.Benchmark)
public class GrowthBenchmark extends GrowthScenario {

  /** Records written per transaction while loading. */
  private static final int BATCH = 10_000;

  /** Records in each store (affiliations, vacancies, alerts). */
  @Param({"1000", "1000000"})
  public int records;

  /** Loads the store straight into the register (loading through the commands would take minutes). */
  @Override
  GrowthData.Roster roster(int records) {
    World world = new World();
    SplittableRandom random = new SplittableRandom(42);
    InMemoryTransactions tx = world.kernel.transactions();
    InMemoryTiesAccountRegister ties = new InMemoryTiesAccountRegister(tx);
    AccountId[] user = new AccountId[1];
    for (int from = 0; from < records; from += BATCH) {
      int start = from;
      tx.inTransaction(() -> {
        for (int i = start; i < Math.min(start + BATCH, records); i++) {
          boolean own = i < GrowthData.OWN_APPROVED + GrowthData.OWN_PENDING;
          // everybody else is spread over organisations of PER_ORGANISATION records
          OrganisationId organisation = own ? world.organisation.id()
              : new OrganisationId(new UUID(1, i / GrowthData.PER_ORGANISATION));
          AccountSummary member = world.accounts.active(
              GrowthData.FIRST_NAMES[random.nextInt(GrowthData.FIRST_NAMES.length)],
              GrowthData.LAST_NAMES[random.nextInt(GrowthData.LAST_NAMES.length)], i);
          boolean pending = own ? i >= GrowthData.OWN_APPROVED : random.nextInt(10) == 0;
          Affiliation saved = world.register.add(GrowthData.affiliation(member.id(), organisation,
              GrowthData.START.plusSeconds(i), pending, world.focalPoint.id()));
          if (i == 0) {
            // the user whose "My Requests" is read: an affiliation and a TIES grant
            ties.add(GrowthData.tiesGrant(saved));
            user[0] = saved.account();
          }
        }
        return null;
      });
    }
    return GrowthData.Roster.of(world.kernel.host(), world.module, world.asFocalPoint, world.organisation.id(), ties,
        user[0]);
  }

  /** Loads the vacancies straight into the store. */
  @Override
  GrowthData.Openings openings(int records) {
    InMemoryHost kernel = new InMemoryHost(Clock.systemUTC());
    InMemoryVacancies vacancies = new InMemoryVacancies(kernel.transactions());
    ZonedDateTime now = ZonedDateTime.now(Clock.systemUTC());
    StaffId recruiter = new StaffId(UUID.randomUUID());
    SplittableRandom random = new SplittableRandom(7);
    for (int from = 0; from < records; from += BATCH) {
      int start = from;
      kernel.transactions().inTransaction(() -> {
        for (int i = start; i < Math.min(start + BATCH, records); i++) {
          vacancies.add(GrowthData.vacancy(i, i < GrowthData.MATCHING, now, recruiter, random));
        }
        return null;
      });
    }
    return GrowthData.Openings.of(new JobOpenings(kernel.host(), vacancies));
  }

  /** Loads the alerts straight into the store: each names a type, a grade and one of many duty stations. */
  @Override
  GrowthData.Alerts alerts(int records) {
    InMemoryHost kernel = new InMemoryHost(Clock.systemUTC());
    InMemoryAlertSubscriptions alerts = new InMemoryAlertSubscriptions(kernel.transactions());
    SplittableRandom random = new SplittableRandom(11);
    Instant at = GrowthData.START;
    VacancyType[] types = VacancyType.values();
    for (int from = 0; from < records; from += BATCH) {
      int start = from;
      kernel.transactions().inTransaction(() -> {
        for (int i = start; i < Math.min(start + BATCH, records); i++) {
          // the first MATCHING alerts ask for the vacancy's station; the others for other stations
          String station = i < GrowthData.MATCHING ? "GVA" : "S" + (1 + random.nextInt(10_000));
          AlertCriteria criteria = AlertCriteria.builder().addTypes(types[random.nextInt(types.length)])
              .addGrades("P" + (1 + random.nextInt(5))).addDutyStations(station).build();
          alerts.add(JobAlert.builder().id(AlertId.random())
              .candidate(CandidateId.random()).email(EmailAddress.of("candidate" + i + "@example.org"))
              .language(Locale.ENGLISH).criteria(i < GrowthData.MATCHING
                  ? AlertCriteria.builder().addDutyStations(station).build() : criteria).subscribedAt(at).build());
        }
        return null;
      });
    }
    return GrowthData.Alerts.of(alerts);
  }
}
