/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The journey main with {@code --db postgres}: every module on the PostgreSQL stores of an embedded server the main
 * starts and stops itself. The story must read exactly as in memory: the same steps, outcomes, refusals, mails in
 * the same order, the same number of audited events, and a data export of the same size (its history is read
 * back from the PostgreSQL event log, details included). Only ids are masked: they are random on every run.
 */
class JourneyOnPostgresTests {

  private static String inMemory;
  private static String onPostgres;

  @BeforeAll
  static void playOnBothDatabases() {
    inMemory = JourneyTests.run();
    onPostgres = JourneyTests.run("--db", "postgres");
  }

  /** The story without its title line, with every id replaced by a mark. */
  static String story(String printed) {
    return printed.substring(printed.indexOf('\n') + 1)
        .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>");
  }

  @Test
  void theTitleSaysWhereTheDataLives() {
    assertThat(onPostgres).startsWith("Member Portal Domain - the seed journeys on PostgreSQL (embedded)\n");
    assertThat(inMemory).startsWith("Member Portal Domain - the seed journeys on the in-memory adapters\n");
  }

  @Test
  void everyJourneyIsPlayedOnPostgres() {
    assertThat(JourneyTests.journeys(onPostgres).keySet()).containsExactlyElementsOf(Journey.steps());
    assertThat(onPostgres).contains("0 mail left undelivered").doesNotContain("refused: unavailable");
  }

  @Test
  void theStoryOnPostgresIsTheStoryInMemory() {
    assertThat(story(onPostgres)).isEqualTo(story(inMemory));
  }
}
