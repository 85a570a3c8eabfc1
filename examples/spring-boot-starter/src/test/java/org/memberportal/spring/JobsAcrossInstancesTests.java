/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.testkit.MutableClock;
import org.memberportal.postgres.EmbeddedServer;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * Two instances of an application on one database, their schedulers polling every 20 ms: each timed job runs once
 * per tick across both, at the cadence the properties give.
 */
class JobsAcrossInstancesTests {

  private static final String SCHEMA = "spring_jobs";

  /** Both instances read this clock, which the test moves tick by tick. */
  private static final MutableClock CLOCK = MutableClock.at(Instant.parse("2030-01-01T00:00:10Z"));

  /** An instance: its own pool on the shared database, the test's clock. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class Instance {

    @Bean
    DataSource dataSource() {
      return EmbeddedServer.pool(EmbeddedServer.shared(), SCHEMA, 3);
    }

    @Bean
    Clock clock() {
      return CLOCK;
    }
  }

  @Test
  void twoInstancesRunEachJobOncePerTick() throws InterruptedException {
    try (ConfigurableApplicationContext a = start("a"); ConfigurableApplicationContext b = start("b")) {
      List<TimedJobs> instances = List.of(a.getBean(TimedJobs.class), b.getBean(TimedJobs.class));
      LongSupplier vacancyCloses = () -> instances.stream().mapToLong(j -> j.runs("close-due-vacancies")).sum();
      LongSupplier expiries = () -> instances.stream().mapToLong(j -> j.runs("expire-unverified")).sum();
      for (int tick = 1; tick <= 4; tick++) {
        settle(vacancyCloses, tick);
        assertThat(vacancyCloses.getAsLong()).as("closes of due vacancies after tick %d", tick).isEqualTo(tick);
        assertThat(expiries.getAsLong()).as("the hourly expiry within one hour").isEqualTo(1);
        CLOCK.advance(Duration.ofSeconds(30)); // the cadence set below: one tick
      }
      assertThat(instances).allSatisfy(j -> assertThat(j.isRunning()).isTrue());
    }
  }

  private static ConfigurableApplicationContext start(String instance) {
    return new SpringApplicationBuilder(Instance.class).web(WebApplicationType.NONE).run(
        "--member-portal.schema.name=" + SCHEMA, "--member-portal.jobs.instance=" + instance,
        "--member-portal.jobs.poll=20ms", "--member-portal.jobs.close-due-vacancies=30s");
  }

  /** Waits until the count reaches the expected, then for several more polls of both instances. */
  private static void settle(LongSupplier count, long expected) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (count.getAsLong() < expected && Instant.now().isBefore(deadline)) {
      Thread.sleep(10);
    }
    Thread.sleep(300);
  }
}
