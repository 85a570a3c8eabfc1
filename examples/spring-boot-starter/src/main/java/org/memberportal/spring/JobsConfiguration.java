/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import org.memberportal.account.UserAccounts;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.careers.CareersModule;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotificationRelay;
import org.memberportal.kernel.Notifier;
import org.memberportal.postgres.PostgresHost;
import org.memberportal.postgres.PostgresJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The host's timed jobs (docs/postgres.md, "Host jobs"), named the same on every instance, at the cadences of
 * {@code member-portal.jobs.*}: the relay (when there is a {@link Notifier}), the close of due vacancies, the expiry
 * of unverified sign-ups, the affiliation reminders and the purge of delivered mail.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(JobsConfiguration.class);

  /** Who the jobs act as. */
  private static final Actor TIMER = Actor.system("timer");

  @Bean
  @ConditionalOnMissingBean
  PostgresJobs memberPortalJobs(PostgresHost postgres, Clock clock, UserAccounts accounts,
      AffiliationModule affiliation, CareersModule careers, ObjectProvider<Notifier> notifier,
      MemberPortalProperties properties) {
    MemberPortalProperties.Jobs p = properties.getJobs();
    PostgresJobs jobs = new PostgresJobs(postgres.transactions(), clock, instance(p));
    notifier.ifAvailable(n -> jobs.every(p.getRelay(), "relay",
        new NotificationRelay(postgres.outbox(), n, clock)::deliverDue));
    if (notifier.getIfAvailable() == null) {
      LOG.warn("no Notifier bean (nor a JavaMailSender): the library's mail stays in the outbox");
    }
    return jobs
        .every(p.getCloseDueVacancies(), "close-due-vacancies", () -> careers.vacancyDesk().closeDue(TIMER))
        .every(p.getExpireUnverified(), "expire-unverified", () -> accounts.expireUnverified(TIMER))
        .every(p.getAffiliationReminders(), "affiliation-reminders", () -> affiliation.reminders().tick(TIMER))
        .every(p.getPurgeDelivered(), "purge-delivered",
            () -> postgres.outbox().purgeDelivered(clock.instant().minus(p.getKeepDelivered())));
  }

  @Bean
  @ConditionalOnProperty(prefix = "member-portal.jobs", name = "enabled", matchIfMissing = true)
  TimedJobs memberPortalTimedJobs(PostgresJobs jobs, MemberPortalProperties properties) {
    return new TimedJobs(jobs, properties.getJobs().getPoll());
  }

  private static String instance(MemberPortalProperties.Jobs p) {
    String configured = p.getInstance();
    if (configured != null && !configured.isBlank()) {
      return configured;
    }
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    return host + ":" + ProcessHandle.current().pid();
  }
}
