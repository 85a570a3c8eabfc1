/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;

/**
 * Profiles across two independent instances (own pools and transactions) on one database: the version check holds
 * for a first save and for later edits, whichever instance each edit arrives on.
 */
class ProfilesOnPostgresTests {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final DataSource FIRST = EmbeddedDatabase.freshSchema("profiles_instances");
  private static final DataSource SECOND = EmbeddedDatabase.dataSource(EmbeddedDatabase.schemaOf(FIRST));
  private static final List<PostgresTransactions> INSTANCES =
      List.of(new PostgresTransactions(FIRST), new PostgresTransactions(SECOND));

  @AfterAll
  static void close() {
    ((HikariDataSource) FIRST).close();
    ((HikariDataSource) SECOND).close();
  }

  private static Profile edit(CandidateId candidate, long version, int edit) {
    Profile content = ProfileFixtures.complete(candidate);
    return Profile.builder().candidate(candidate).version(version).createdAt(T0)
        .lastActivity(T0.plusSeconds(edit)).personalInformation(content.personalInformation())
        .address(content.address()).contractInformation(content.contractInformation())
        .addAllEntries(content.entries()).build();
  }

  /**
   * 8 threads, alternating instances, each storing its own edit based on the same version (0: the first edit);
   * returns the winners, as stored.
   */
  private static List<Profile> race(CandidateId candidate, long basedOn) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Profile>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        PostgresTransactions tx = INSTANCES.get(i % 2);
        Profile mine = edit(candidate, basedOn, i);
        results.add(threads.submit(() -> {
          start.await();
          try {
            return tx.inTransaction(() -> basedOn == 0 ? new PostgresProfiles(tx).add(mine)
                : new PostgresProfiles(tx).update(mine));
          } catch (Conflict e) {
            assertThat(e.reason()).isEqualTo(KernelRefusals.STALE_VERSION);
            return null;
          }
        }));
      }
      start.countDown();
      List<Profile> winners = new ArrayList<>();
      for (Future<Profile> result : results) {
        Profile won = result.get(30, TimeUnit.SECONDS);
        if (won != null) {
          winners.add(won);
        }
      }
      return winners;
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void ofEightFirstSavesOnTwoInstancesExactlyOneStands() throws Exception {
    CandidateId c = CandidateId.random();

    List<Profile> winners = race(c, 0);

    assertThat(winners).hasSize(1);
    assertThat(new PostgresProfiles(INSTANCES.get(1)).find(c)).contains(winners.get(0));
  }

  @Test
  void ofEightEditsOfOneVersionOnTwoInstancesExactlyOneStands() throws Exception {
    CandidateId c = CandidateId.random();
    INSTANCES.get(0).inTransaction(() -> {
      return new PostgresProfiles(INSTANCES.get(0)).add(edit(c, 0, 100));
    });

    List<Profile> winners = race(c, 1);

    assertThat(winners).hasSize(1);
    assertThat(new PostgresProfiles(INSTANCES.get(0)).find(c)).contains(winners.get(0));
    assertThat(new PostgresProfiles(INSTANCES.get(1)).find(c).orElseThrow().version()).isEqualTo(2);
  }
}
