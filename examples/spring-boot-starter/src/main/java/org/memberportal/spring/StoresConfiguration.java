/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import java.util.Base64;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.port.FactorRegister;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.port.PasskeyChallenges;
import org.memberportal.account.port.PasskeyRegister;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.account.port.Secrets;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.careers.inmemory.InMemoryStaffDirectory;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.port.StaffDirectory;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.postgres.Connections;
import org.memberportal.postgres.PostgresAccounts;
import org.memberportal.postgres.PostgresAffiliationRegister;
import org.memberportal.postgres.PostgresAlertSubscriptions;
import org.memberportal.postgres.PostgresApplications;
import org.memberportal.postgres.PostgresCandidateAccounts;
import org.memberportal.postgres.PostgresConsents;
import org.memberportal.postgres.PostgresFocalPointRegister;
import org.memberportal.postgres.PostgresFactorRegister;
import org.memberportal.postgres.PostgresIssuedCodes;
import org.memberportal.postgres.PostgresPasskeyChallenges;
import org.memberportal.postgres.PostgresPasskeyRegister;
import org.memberportal.postgres.PostgresOrganisationRegister;
import org.memberportal.postgres.PostgresPendingHandOvers;
import org.memberportal.postgres.PostgresProfiles;
import org.memberportal.postgres.PostgresTiesAccountRegister;
import org.memberportal.postgres.PostgresVacancies;
import org.memberportal.ties.port.PendingHandOvers;
import org.memberportal.ties.port.TiesAccountRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every port of every module: the PostgreSQL stores on the joined transactions, the code key, the password hasher
 * and the staff directory. Each is replaced by an application bean of the port's type.
 */
@Configuration(proxyBeanMethods = false)
class StoresConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(StoresConfiguration.class);

  @Bean
  @ConditionalOnMissingBean
  Accounts memberPortalAccounts(Connections tx) {
    return new PostgresAccounts(tx);
  }

  /** The one-time codes of user and careers accounts (their subjects never collide). */
  @Bean
  @ConditionalOnMissingBean
  IssuedCodes memberPortalIssuedCodes(Connections tx) {
    return new PostgresIssuedCodes(tx);
  }

  /** The second factors' enrolments (issue 24). */
  @Bean
  @ConditionalOnMissingBean
  FactorRegister memberPortalFactorRegister(Connections tx) {
    return new PostgresFactorRegister(tx);
  }

  @Bean
  @ConditionalOnMissingBean
  PasskeyRegister memberPortalPasskeys(Connections tx) {
    return new PostgresPasskeyRegister(tx);
  }

  @Bean
  @ConditionalOnMissingBean
  PasskeyChallenges memberPortalPasskeyChallenges(Connections tx) {
    return new PostgresPasskeyChallenges(tx);
  }

  @Bean
  @ConditionalOnMissingBean
  OrganisationRegister memberPortalOrganisations(Connections tx) {
    return new PostgresOrganisationRegister(tx);
  }

  @Bean
  @ConditionalOnMissingBean
  AffiliationRegister memberPortalAffiliations(Connections tx) {
    return new PostgresAffiliationRegister(tx);
  }

  @Bean
  @ConditionalOnMissingBean
  FocalPointRegister memberPortalFocalPoints(Connections tx) {
    return new PostgresFocalPointRegister(tx);
  }

  @Bean
  @ConditionalOnMissingBean
  TiesAccountRegister memberPortalTiesAccounts(Connections tx) {
    return new PostgresTiesAccountRegister(tx);
  }

  @Bean
  @ConditionalOnMissingBean
  PendingHandOvers memberPortalPendingHandOvers(Connections tx) {
    return new PostgresPendingHandOvers(tx);
  }

  @Bean
  @ConditionalOnMissingBean
  CandidateAccounts memberPortalCandidateAccounts(Connections tx) {
    return new PostgresCandidateAccounts(tx);
  }

  @Bean
  @ConditionalOnMissingBean
  Profiles memberPortalProfiles(Connections tx) {
    return new PostgresProfiles(tx);
  }

  @Bean
  @ConditionalOnMissingBean
  Consents memberPortalConsents(Connections tx) {
    return new PostgresConsents(tx);
  }

  @Bean
  @ConditionalOnMissingBean
  Vacancies memberPortalVacancies(Connections tx) {
    return new PostgresVacancies(tx);
  }

  @Bean
  @ConditionalOnMissingBean
  Applications memberPortalApplications(Connections tx) {
    return new PostgresApplications(tx);
  }

  @Bean
  @ConditionalOnMissingBean
  AlertSubscriptions memberPortalAlertSubscriptions(Connections tx) {
    return new PostgresAlertSubscriptions(tx);
  }

  /** The code key from {@code member-portal.accounts.code-key}; unset, a random key for this process. */
  @Bean
  @ConditionalOnMissingBean
  Secrets memberPortalSecrets(MemberPortalProperties properties) {
    String key = properties.getAccounts().getCodeKey();
    if (key == null || key.isBlank()) {
      LOG.warn("member-portal.accounts.code-key is not set: one-time codes are hashed with a random key of this"
          + " process, so they do not survive a restart and other instances cannot check them");
      return new RandomSecrets();
    }
    byte[] bytes = Base64.getDecoder().decode(key.strip());
    if (bytes.length < 32) {
      throw new IllegalArgumentException("member-portal.accounts.code-key must hold at least 32 bytes (Base64)");
    }
    return bytes::clone;
  }

  /** Argon2id at OWASP's parameters. */
  @Bean
  @ConditionalOnMissingBean
  PasswordHasher memberPortalPasswordHasher() {
    return PasswordHashing.argon2id();
  }

  /** An empty directory: nobody counts as current staff until the application gives its HR system's view. */
  @Bean
  @ConditionalOnMissingBean
  StaffDirectory memberPortalStaffDirectory() {
    LOG.warn("no StaffDirectory bean: the careers rule that refuses current staff (C2) refuses nobody");
    return new InMemoryStaffDirectory();
  }
}
