/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.PortalException;

/**
 * B1's floor is only a floor of the library's obligations if it does what the library does: the same rows in the
 * request, the event log and the outbox, the same refusals, and in one round trip (counted by {@link RoundTrips}).
 */
class ExpertApproveTests {

  private final RoundTrips trips = new RoundTrips();
  private final PostgresWorld world = new PostgresWorld(trips.counting(BenchDatabase.freshSchema("b1_floor")));
  private final ExpertApprove expert = new ExpertApprove(world.pool);
  private final UUID decider = world.focalPoint.id().value();

  @Test
  void theFloorWritesTheLibrarysRowsInOneRoundTrip() throws SQLException {
    List<Affiliation> pending = world.pendingRequests(2);

    long[] before = positions();
    trips.take();
    world.module.affiliations().approve(decide(pending.get(0)), world.asFocalPoint);
    long library = trips.take();
    List<String> libraryRows = written(before, pending.get(0));
    before = positions();
    trips.take();
    long version = expert.approve(pending.get(1).id().value(), decider);
    long floor = trips.take();
    List<String> floorRows = written(before, pending.get(1));

    assertThat(floor).isEqualTo(1);
    assertThat(library).isGreaterThan(floor);
    assertThat(version).isEqualTo(pending.get(1).version() + 1);
    assertThat(floorRows).isEqualTo(libraryRows).hasSize(6)
        .anyMatch(row -> row.startsWith("event AffiliationApproved"))
        .anyMatch(row -> row.startsWith("outbox <email> affiliation.approved"));
  }

  @Test
  void theFloorRefusesWhatTheLibraryRefusesAndThenWritesNothing() throws SQLException {
    List<Affiliation> pending = world.pendingRequests(2);
    Affiliation approved = pending.get(0);
    expert.approve(approved.id().value(), decider);
    UUID stranger = world.active("Sam", "Stranger").id().value();
    long[] before = positions();

    assertThatThrownBy(() -> world.module.affiliations().approve(decide(approved), world.asFocalPoint))
        .isInstanceOf(PortalException.class);
    assertThatThrownBy(() -> expert.approve(approved.id().value(), decider))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> world.module.affiliations().approve(decide(pending.get(1)),
        Actor.account(pending.get(1).account())))
        .isInstanceOf(PortalException.class);
    assertThatThrownBy(() -> expert.approve(pending.get(1).id().value(), pending.get(1).account().value()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> expert.approve(pending.get(1).id().value(), stranger))
        .isInstanceOf(IllegalStateException.class);

    assertThat(positions()).containsExactly(before);
    assertThat(world.register.find(pending.get(1).id())).get().extracting(Affiliation::version)
        .isEqualTo(pending.get(1).version());
  }

  private static DecideAffiliation decide(Affiliation request) {
    return DecideAffiliation.builder().affiliation(request.id()).build();
  }

  /** The last position of the event log and of the outbox. */
  private long[] positions() throws SQLException {
    return new long[] {Long.parseLong(rows("select coalesce(max(position), 0) from event_log", 1).get(0)),
        Long.parseLong(rows("select coalesce(max(position), 0) from outbox", 1).get(0))};
  }

  /** What an approval wrote, with the request's own ids, address and time replaced, so two approvals compare. */
  private List<String> written(long[] before, Affiliation request) throws SQLException {
    List<String> rows = new ArrayList<>();
    rows.addAll(rows("select 'request', state, decided_by, decided_as, reason, ended_at, end_cause, version,"
        + " decided_at is not null from affiliation where id = '" + request.id() + "'", 9));
    rows.addAll(rows("select 'event', type, event_class, actor_kind, actor_ref, actor_locale, detail, attributes"
        + " from event_log where position > " + before[0] + " order by position", 8));
    rows.addAll(rows("select 'outbox', o.recipient, o.kind, o.locale, o.attempts, o.data_subject, o.idempotency_key,"
        + " o.next_attempt is not null from outbox o where o.position > " + before[1] + " order by o.position", 8));
    rows.addAll(rows("select 'parameter', p.idempotency_key, p.name, p.value, p.secret from outbox_parameter p"
        + " join outbox o using (idempotency_key) where o.position > " + before[1] + " order by p.name", 5));
    String email = rows("select email from account where id = '" + request.account() + "'", 1).get(0);
    return rows.stream().map(row -> row.replace(request.id().toString(), "<request>")
        .replace(request.account().toString(), "<account>").replace(email, "<email>")).toList();
  }

  private List<String> rows(String sql, int columns) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = world.pool.getConnection(); PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? " " : "").append(r.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
