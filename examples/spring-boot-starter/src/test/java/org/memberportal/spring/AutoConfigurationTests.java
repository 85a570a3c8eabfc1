/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.credential.PasswordPolicy;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.account.inmemory.InMemoryAccounts;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.port.Secrets;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.affiliation.reminder.Reminders;
import org.memberportal.affiliation.roster.ManageMyUsers;
import org.memberportal.careers.CareersModule;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.privacy.Privacy;
import org.memberportal.careers.profile.CandidateProfiles;
import org.memberportal.careers.talent.TalentSearch;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Languages;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.postgres.PostgresAccounts;
import org.memberportal.postgres.PostgresHost;
import org.memberportal.ties.TiesModule;
import org.memberportal.ties.access.TiesAccess;
import org.memberportal.ties.handover.TiesFocalPoints;
import org.memberportal.ties.myrequests.MyRequests;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/** What the auto-configuration gives, what it leaves to the application, and the properties it binds. */
class AutoConfigurationTests {

  /** A data source never connected to: building the beans touches no database; migrations are off. */
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MemberPortalAutoConfiguration.class))
      .withPropertyValues("member-portal.schema.migrate=false", "member-portal.jobs.enabled=false")
      .withBean(DataSource.class, SimpleDriverDataSource::new)
      .withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(new SimpleDriverDataSource()));

  @Test
  void aDataSourceAndATransactionManagerGiveTheHostAndEveryModulesServices() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasSingleBean(PostgresHost.class).hasSingleBean(Host.class);
      assertThat(context.getBean(Host.class)).isSameAs(context.getBean(PostgresHost.class).host());
      for (Class<?> service : new Class<?>[] {UserAccounts.class, SecondFactors.class, AffiliationModule.class,
          Organisations.class, FocalPoints.class, Affiliations.class, ManageMyUsers.class, Reminders.class,
          TiesModule.class, TiesAccess.class, TiesFocalPoints.class, MyRequests.class, CareersModule.class,
          CareersAccounts.class, CandidateProfiles.class, Privacy.class, VacancyDesk.class, JobOpenings.class,
          ApplicationDesk.class, JobAlerts.class, TalentSearch.class}) {
        assertThat(context).as(service.getSimpleName()).hasSingleBean(service);
      }
      assertThat(context.getBean(Accounts.class)).isInstanceOf(PostgresAccounts.class);
    });
  }

  @Test
  void withoutADataSourceItBacksOff() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MemberPortalAutoConfiguration.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Host.class)
            .doesNotHaveBean(UserAccounts.class));
  }

  @Test
  void aStoreOfTheApplicationReplacesTheLibrarys() {
    InMemoryAccounts own = new InMemoryAccounts(new InMemoryTransactions());
    runner.withBean(Accounts.class, () -> own).run(context -> {
      assertThat(context).hasSingleBean(Accounts.class);
      assertThat(context.getBean(Accounts.class)).isSameAs(own);
    });
  }

  @Test
  void thePoliciesAreBoundFromTheProperties() {
    runner.withPropertyValues("member-portal.affiliation.remind-after=3d",
        "member-portal.affiliation.escalate-after=5d", "member-portal.careers.cut-over=2025-06-01T00:00:00Z",
        "member-portal.accounts.password-profile=nist", "member-portal.jobs.relay=5s",
        "member-portal.accounts.code-validity=15m").run(context -> {
          MemberPortalProperties properties = context.getBean(MemberPortalProperties.class);
          assertThat(properties.getAffiliation().getRemindAfter()).isEqualTo(Duration.ofDays(3));
          assertThat(properties.getAffiliation().getEscalateAfter()).isEqualTo(Duration.ofDays(5));
          assertThat(properties.getCareers().getCutOver()).isEqualTo(Instant.parse("2025-06-01T00:00:00Z"));
          assertThat(properties.getAccounts().getPasswordProfile())
              .isEqualTo(MemberPortalProperties.PasswordProfile.NIST);
          assertThat(properties.getJobs().getRelay()).isEqualTo(Duration.ofSeconds(5));
          assertThat(properties.getAccounts().getCodeValidity()).isEqualTo(Duration.ofMinutes(15));
          assertThat(context.getBean(UserAccounts.class).passwordPolicy().minLength())
              .isEqualTo(PasswordPolicy.nist().minLength()).isNotEqualTo(PasswordPolicy.seed().minLength());
        });
  }

  @Test
  void theCodeKeyComesFromThePropertiesAndMustHoldAtLeast32Bytes() {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) 7);
    runner.withPropertyValues("member-portal.accounts.code-key=" + Base64.getEncoder().encodeToString(key))
        .run(context -> assertThat(context.getBean(Secrets.class).codeKey()).isEqualTo(key));
    runner.withPropertyValues("member-portal.accounts.code-key=" + Base64.getEncoder().encodeToString(new byte[16]))
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("at least 32 bytes"));
  }

  // member-portal.languages and member-portal.fallback-language choose the process's language set at start-up,
  // before the host is made; by default the six official languages falling back to English

  @AfterEach
  void backToTheOfficialLanguages() {
    Languages.use(Languages.OFFICIAL);
  }

  @Test
  void byDefaultTheSixOfficialLanguagesFallingBackToEnglish() {
    Languages.use(Languages.of("fr", "fr"));
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(Languages.class)).isEqualTo(Languages.OFFICIAL);
      assertThat(Languages.current()).isEqualTo(Languages.OFFICIAL);
    });
  }

  @Test
  void theApplicationChoosesItsLanguagesAndFallBack() {
    runner.withPropertyValues("member-portal.languages=fr, en, es", "member-portal.fallback-language=fr")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(Languages.current().all())
              .containsExactly(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("es"));
          assertThat(Validation.language(Locale.forLanguageTag("ru-RU"))).isEqualTo(Locale.FRENCH);
          assertThat(Validation.language(Locale.forLanguageTag("es-AR"))).isEqualTo(Locale.forLanguageTag("es"));
        });
  }

  @Test
  void aFallBackOutsideTheLanguagesStopsTheStart() {
    runner.withPropertyValues("member-portal.languages=en,fr", "member-portal.fallback-language=de")
        .run(context -> assertThat(context).hasFailed());
    assertThat(Languages.current().all()).isEqualTo(List.copyOf(Languages.OFFICIAL.all()));
  }
}
