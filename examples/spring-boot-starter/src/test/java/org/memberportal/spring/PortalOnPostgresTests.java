/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.UserAccounts;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Notifier;
import org.memberportal.kernel.testkit.RecordingNotifier;
import org.memberportal.postgres.EmbeddedServer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The starter in a Spring Boot application on PostgreSQL: the library's schema migrated at start-up, its commands
 * joined to the application's {@code @Transactional} methods, and the application's own {@link Notifier} used by
 * the relay job in place of the library's.
 */
@SpringBootTest(classes = PortalOnPostgresTests.Application.class, properties = {
    "member-portal.schema.name=spring_portal", "member-portal.jobs.poll=50ms", "member-portal.jobs.relay=50ms"})
class PortalOnPostgresTests {

  /** An application: a data source, its own table and service, and its own notifier. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class Application {

    @Bean
    DataSource dataSource() {
      DataSource pool = EmbeddedServer.pool(EmbeddedServer.shared(), "spring_portal", 4);
      new JdbcTemplate(pool).execute("create schema if not exists spring_portal;"
          + " create table if not exists spring_portal.shop_order (id uuid primary key, buyer text not null)");
      return pool;
    }

    @Bean
    Shop shop(JdbcTemplate jdbc, UserAccounts accounts) {
      return new Shop(jdbc, accounts);
    }

    @Bean
    RecordingNotifier notifier() {
      return new RecordingNotifier();
    }
  }

  @Autowired Shop shop;
  @Autowired UserAccounts accounts;
  @Autowired RecordingNotifier notifier;
  @Autowired MemberPortalAutoConfiguration.LibrarySchema schema;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theLibrarysTablesAreMigratedAtStartUpWithTheirOwnHistory() {
    assertThat(jdbc.queryForObject("select count(*) from spring_portal.memberportal_schema_history where success",
        Integer.class)).isGreaterThan(10);
    assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_schema ="
        + " 'spring_portal' and table_name = 'flyway_schema_history'", Integer.class)).isZero();
  }

  @Test
  void anApplicationsRowAndALibraryCommandCommitTogether() {
    UUID order = UUID.randomUUID();
    AccountId account = shop.orderAndSignUp(order, "commit-" + order + "@example.org");
    assertThat(shop.hasOrder(order)).isTrue();
    assertThat(accounts.find(account)).isPresent();
  }

  @Test
  void anApplicationsRowAndALibraryCommandRollBackTogether() {
    UUID order = UUID.randomUUID();
    AccountId[] signedUp = new AccountId[1];
    assertThatThrownBy(() -> shop.orderAndSignUpThenFail(order, "rollback-" + order + "@example.org", signedUp))
        .isInstanceOf(IllegalStateException.class);
    assertThat(signedUp[0]).as("the library's command ran and returned").isNotNull();
    assertThat(shop.hasOrder(order)).isFalse();
    assertThat(accounts.find(signedUp[0])).isEmpty();
  }

  @Test
  void aRefusedCommandUndoesOnlyItsOwnWorkAndTheApplicationsTransactionGoesOn() {
    UUID order = UUID.randomUUID();
    Shop.Refused refused = shop.orderAndSignUpDespiteARefusal(order, "refused-" + order + "@example.org");
    assertThat(refused.refusal()).isInstanceOf(NotAllowed.class);
    assertThat(shop.hasOrder(order)).isTrue();
    assertThat(accounts.find(refused.account()).orElseThrow().status()).isEqualTo(AccountStatus.AWAITING_VERIFICATION);
  }

  @Test
  void theRelayDeliversToTheApplicationsOwnNotifier() throws InterruptedException {
    EmailAddress email = EmailAddress.of("relay-" + UUID.randomUUID() + "@example.org");
    shop.signUp(email.display());
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (notifier.last(email, AccountNotifications.VERIFICATION_CODE).isEmpty() && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    assertThat(notifier.last(email, AccountNotifications.VERIFICATION_CODE)).isPresent();
  }
}
