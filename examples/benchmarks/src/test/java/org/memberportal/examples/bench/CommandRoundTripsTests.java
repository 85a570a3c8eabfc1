/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.memberportal.examples.bench.Benchmarks.Figure;

/** B1's round trips are counted for each of the ten commands, run once each on PostgreSQL, beside the floor's one. */
class CommandRoundTripsTests {

  @Test
  void eachOfTheTenCommandsIsCountedAndTheFloorTakesOneRoundTrip() {
    List<Figure> figures = CommandRoundTrips.figures();

    assertThat(figures).extracting(Figure::what).containsExactly("round trips: sign-up", "round trips: verify",
        "round trips: sign-in", "round trips: forgot", "round trips: approve", "round trips: request TIES",
        "round trips: approve TIES", "round trips: apply", "round trips: publish", "round trips: Manage my users",
        "round trips: approve, the expert's floor");
    // every command reads and writes, and commits what it wrote; a read-only page makes at least one read
    assertThat(figures.subList(0, 9)).allSatisfy(f -> assertThat(f.value()).isGreaterThanOrEqualTo(2));
    assertThat(figures.get(9).value()).isGreaterThanOrEqualTo(1);
    assertThat(figures.get(10).value()).isEqualTo(1);
    assertThat(figures.get(4).value()).isGreaterThan(figures.get(10).value());
  }

  @Test
  void approveReadsInOneRoundTripAndWritesItsEventAndLetterInAnother() {
    List<Figure> figures = CommandRoundTrips.figures();

    // the request with what the decision reads next, the update, the letter's account, the appends, the commit
    assertThat(figures.get(4)).returns("round trips: approve", Figure::what).returns(5.0, Figure::value);
    // a vacancy with its texts in one, the live-application check inside the insert and the update
    assertThat(figures.get(7)).returns("round trips: apply", Figure::what).returns(15.0, Figure::value);
  }
}
