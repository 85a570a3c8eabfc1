/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.affiliation.testkit.AccountsStub;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.NotificationRelay;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.testkit.MutableClock;
import org.memberportal.kernel.testkit.RecordingNotifier;

/**
 * The affiliation module's services on PostgreSQL, two library instances sharing one database: two focal points
 * deciding one request at the same moment, each on another instance, leave exactly one decision, the other
 * gets a {@link Conflict}, and the requester is told once.
 */
class AffiliationsOnPostgresTests {

  private final DataSource database = EmbeddedDatabase.freshSchema("affiliations_service");
  private final MutableClock clock = MutableClock.atStart();
  private final Actor operator = Actor.operator(new StaffId(UUID.randomUUID()));
  private final List<HikariDataSource> pools = new ArrayList<>();
  // the account module's directory, which both instances read (the account tables are not this test's subject)
  private AccountsStub accounts;

  @AfterEach
  void closePools() {
    pools.forEach(HikariDataSource::close);
    ((HikariDataSource) database).close();
  }

  /** One library instance: its own pool, host, registers, services, notifier and relay. */
  private final class Instance {
    final PostgresHost postgres;
    final AffiliationModule module;
    final RecordingNotifier notifier = new RecordingNotifier();
    final NotificationRelay relay;

    Instance() {
      HikariDataSource pool = (HikariDataSource) EmbeddedDatabase.dataSource(EmbeddedDatabase.schemaOf(database));
      pools.add(pool);
      postgres = new PostgresHost(pool, clock);
      if (accounts == null) {
        accounts = new AccountsStub(postgres.host());
      }
      Connections tx = postgres.transactions();
      module = AffiliationModule.on(postgres.host(), accounts, new PostgresOrganisationRegister(tx),
          new PostgresAffiliationRegister(tx), new PostgresFocalPointRegister(tx), ReminderPolicy.DEFAULT);
      relay = new NotificationRelay(postgres.outbox(), notifier, clock);
    }

    Affiliation request(AccountSummary user, Organisation org) {
      return module.affiliations().request(RequestAffiliation.builder().account(user.id()).organisation(org.id())
          .wantsTiesAccess(false).build(), AffiliationWorld.as(user)).value();
    }
  }

  private long count(String sql, Object... args) throws SQLException {
    try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet rows = s.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  @Test
  void twoFocalPointsOnTwoInstancesDecidingOneRequestMakeExactlyOneDecision() throws Exception {
    Instance first = new Instance();
    Instance second = new Instance();
    Organisation org = first.module.organisations().register(RegisterOrganisation.builder().name("Swisscom")
        .membershipType(MembershipType.SECTOR_MEMBER).country("CH").build(), operator).value();
    AccountSummary itu = accounts.active("Ida", "Itu");
    AccountSummary ties = accounts.active("Tom", "Ties");
    first.module.focalPoints().appoint(AppointFocalPoint.builder().organisation(org.id()).seat(FocalPointRole.ITU)
        .account(itu.id()).build(), operator);
    Affiliation tiesRequest = first.request(ties, org);
    second.module.affiliations().approve(DecideAffiliation.builder().affiliation(tiesRequest.id()).build(),
        AffiliationWorld.as(itu));
    second.module.focalPoints().appoint(AppointFocalPoint.builder().organisation(org.id())
        .seat(FocalPointRole.TIES).account(ties.id()).build(), operator);
    first.relay.deliverDue();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 8; round++) {
        AccountSummary user = accounts.active("Ana", "Silva" + round);
        Affiliation request = (round % 2 == 0 ? first : second).request(user, org);
        DecideAffiliation decision = DecideAffiliation.builder().affiliation(request.id())
            .expectedVersion(request.version()).build();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Object>> deciders = List.of(
            () -> {
              start.await();
              return first.module.affiliations().approve(decision, AffiliationWorld.as(ties));
            },
            () -> {
              start.await();
              return second.module.affiliations().reject(decision, AffiliationWorld.as(itu));
            });
        List<Future<Object>> futures = new ArrayList<>();
        deciders.forEach(d -> futures.add(pool.submit(d)));
        start.countDown();
        int won = 0;
        List<Throwable> lost = new ArrayList<>();
        for (Future<Object> f : futures) {
          try {
            f.get(30, TimeUnit.SECONDS);
            won++;
          } catch (ExecutionException e) {
            lost.add(e.getCause());
          }
        }

        assertThat(won).as("round %d", round).isEqualTo(1);
        assertThat(lost).singleElement().isInstanceOf(Conflict.class);
        Affiliation decided = first.module.affiliations().get(request.id(), operator);
        assertThat(decided.state()).isIn(AffiliationState.APPROVED, AffiliationState.REJECTED);
        assertThat(count("select count(*) from event_log where subject = ? and event_class in (?, ?)",
            "affiliation:" + request.id(), AffiliationEvent.Approved.class.getName(), AffiliationEvent.Rejected.class.getName()))
            .isEqualTo(1);
        // both instances deliver; the requester hears of the decision once
        first.relay.deliverDue();
        second.relay.deliverDue();
        List<Notification> told = new ArrayList<>(first.notifier.sentTo(user.email()));
        told.addAll(second.notifier.sentTo(user.email()));
        assertThat(told).extracting(Notification::kind).containsOnlyOnce(
            decided.state() == AffiliationState.APPROVED ? "affiliation.approved" : "affiliation.rejected");
        assertThat(told).extracting(Notification::kind)
            .doesNotContain(decided.state() == AffiliationState.APPROVED ? "affiliation.rejected"
                : "affiliation.approved");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void oneOpenRequestPerAccountHoldsAcrossInstances() throws Exception {
    Instance first = new Instance();
    Instance second = new Instance();
    Organisation a = first.module.organisations().register(RegisterOrganisation.builder().name("Orange")
        .membershipType(MembershipType.SECTOR_MEMBER).country("FR").build(), operator).value();
    Organisation b = first.module.organisations().register(RegisterOrganisation.builder().name("Swisscom")
        .membershipType(MembershipType.SECTOR_MEMBER).country("CH").build(), operator).value();
    AccountSummary user = accounts.active("Ana", "Silva");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<Affiliation>> answers = List.of(
        pool.submit(() -> {
          start.await();
          return first.request(user, a);
        }),
        pool.submit(() -> {
          start.await();
          return second.request(user, b);
        }));
    start.countDown();
    List<Throwable> refused = new ArrayList<>();
    for (Future<Affiliation> f : answers) {
      try {
        f.get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        refused.add(e.getCause());
      }
    }
    pool.shutdown();

    assertThat(refused).singleElement().isInstanceOfSatisfying(Conflict.class,
        c -> assertThat(c.reason()).isEqualTo("affiliation.request-already-open"));
    assertThat(count("select count(*) from affiliation where account_id = ?", user.id().value())).isEqualTo(1);
  }
}
