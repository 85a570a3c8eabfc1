/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import org.memberportal.account.UserAccounts;
import org.memberportal.account.credential.PasswordPolicy;
import org.memberportal.account.factor.FactorPolicy;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.port.FactorRegister;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.port.PasskeyCeremony;
import org.memberportal.account.port.PasskeyChallenges;
import org.memberportal.account.port.PasskeyRegister;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.account.port.Secrets;
import org.memberportal.account.reference.ReferenceData;
import org.memberportal.account.verification.CodeRules;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.affiliation.reminder.Reminders;
import org.memberportal.affiliation.roster.ManageMyUsers;
import org.memberportal.careers.CareersModule;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.opening.JobOpenings;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.port.StaffDirectory;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.privacy.Privacy;
import org.memberportal.careers.privacy.RetentionPolicy;
import org.memberportal.careers.profile.CandidateProfiles;
import org.memberportal.careers.talent.TalentSearch;
import org.memberportal.careers.vacancy.VacancyDesk;
import org.memberportal.kernel.Host;
import org.memberportal.ties.TiesModule;
import org.memberportal.ties.access.TiesAccess;
import org.memberportal.ties.handover.TiesFocalPoints;
import org.memberportal.ties.myrequests.MyRequests;
import org.memberportal.ties.port.PendingHandOvers;
import org.memberportal.ties.port.TiesAccountRegister;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every module built once on the one host, with the policies of {@link MemberPortalProperties}, and each module's
 * services as beans. The affiliation module is built before TIES (building TIES subscribes its policies to the
 * affiliation events on the same bus).
 */
@Configuration(proxyBeanMethods = false)
class ServicesConfiguration {

  @Bean
  @ConditionalOnMissingBean
  UserAccounts memberPortalUserAccounts(Host host, Accounts accounts, IssuedCodes codes, Secrets secrets,
      PasswordHasher hasher, MemberPortalProperties properties, FactorRegister factors, PasskeyRegister passkeys,
      PasskeyChallenges challenges, ObjectProvider<PasskeyCeremony> ceremony) {
    MemberPortalProperties.Accounts p = properties.getAccounts();
    // passkeys verify once the application declares a PasskeyCeremony (member-portal-webauthn's WebAuthnCeremony)
    return UserAccounts.builder().host(host).accounts(accounts).codes(codes).secrets(secrets).hasher(hasher)
        .unverifiedLifetime(p.getUnverifiedLifetime()).policy(passwordPolicy(p)).codeRules(codeRules(p))
        .secondFactors(factors, passkeys, challenges)
        .passkeyCeremony(ceremony.getIfAvailable(() -> PasskeyCeremony.REFUSING))
        .factorPolicy(directory -> new FactorPolicy(p.getSecondFactorFor(), directory))
        .build();
  }

  @Bean
  ReferenceData memberPortalReferenceData(UserAccounts accounts) {
    return accounts.referenceData();
  }

  @Bean
  SecondFactors memberPortalSecondFactors(UserAccounts accounts) {
    return accounts.secondFactors();
  }

  @Bean
  @ConditionalOnMissingBean
  AffiliationModule memberPortalAffiliationModule(Host host, UserAccounts accounts,
      OrganisationRegister organisations, AffiliationRegister affiliations, FocalPointRegister focalPoints,
      MemberPortalProperties properties) {
    MemberPortalProperties.Affiliation p = properties.getAffiliation();
    return AffiliationModule.on(host, accounts, organisations, affiliations, focalPoints,
        new ReminderPolicy(p.getRemindAfter(), p.getEscalateAfter()));
  }

  @Bean
  Organisations memberPortalOrganisationsService(AffiliationModule module) {
    return module.organisations();
  }

  @Bean
  FocalPoints memberPortalFocalPointsService(AffiliationModule module) {
    return module.focalPoints();
  }

  @Bean
  Affiliations memberPortalAffiliationsService(AffiliationModule module) {
    return module.affiliations();
  }

  @Bean
  ManageMyUsers memberPortalManageMyUsers(AffiliationModule module) {
    return module.manageMyUsers();
  }

  @Bean
  Reminders memberPortalReminders(AffiliationModule module) {
    return module.reminders();
  }

  @Bean
  @ConditionalOnMissingBean
  TiesModule memberPortalTiesModule(Host host, UserAccounts accounts, AffiliationModule affiliation,
      TiesAccountRegister register, PendingHandOvers pending, MemberPortalProperties properties) {
    return TiesModule.on(host, accounts, affiliation, register, pending,
        properties.getTies().getHandOverLifetime());
  }

  @Bean
  TiesAccess memberPortalTiesAccess(TiesModule module) {
    return module.access();
  }

  @Bean
  TiesFocalPoints memberPortalTiesFocalPoints(TiesModule module) {
    return module.focalPoints();
  }

  @Bean
  MyRequests memberPortalMyRequests(TiesModule module) {
    return module.myRequests();
  }

  @Bean
  @ConditionalOnMissingBean
  CareersModule memberPortalCareersModule(Host host, CandidateAccounts accounts, Profiles profiles,
      Consents consents, Vacancies vacancies, Applications applications, AlertSubscriptions alerts,
      IssuedCodes codes, Secrets secrets, StaffDirectory staff, PasswordHasher hasher,
      MemberPortalProperties properties) {
    MemberPortalProperties.Careers p = properties.getCareers();
    return CareersModule.builder().host(host).accounts(accounts).profiles(profiles).consents(consents)
        .vacancies(vacancies).applications(applications).alerts(alerts).codes(codes).secrets(secrets)
        .staff(staff).hasher(hasher).cutOver(p.getCutOver()).retention(new RetentionPolicy(p.getRetention()))
        .build();
  }

  @Bean
  CareersAccounts memberPortalCareersAccounts(CareersModule module) {
    return module.careersAccounts();
  }

  @Bean
  CandidateProfiles memberPortalCandidateProfiles(CareersModule module) {
    return module.candidateProfiles();
  }

  @Bean
  Privacy memberPortalPrivacy(CareersModule module) {
    return module.privacy();
  }

  @Bean
  VacancyDesk memberPortalVacancyDesk(CareersModule module) {
    return module.vacancyDesk();
  }

  @Bean
  JobOpenings memberPortalJobOpenings(CareersModule module) {
    return module.jobOpenings();
  }

  @Bean
  ApplicationDesk memberPortalApplicationDesk(CareersModule module) {
    return module.applicationDesk();
  }

  @Bean
  JobAlerts memberPortalJobAlerts(CareersModule module) {
    return module.jobAlerts();
  }

  @Bean
  TalentSearch memberPortalTalentSearch(CareersModule module) {
    return module.talentSearch();
  }

  private static PasswordPolicy passwordPolicy(MemberPortalProperties.Accounts p) {
    return p.getPasswordProfile() == MemberPortalProperties.PasswordProfile.NIST
        ? PasswordPolicy.nist() : PasswordPolicy.seed();
  }

  private static CodeRules codeRules(MemberPortalProperties.Accounts p) {
    return new CodeRules(CodeRules.defaults().digits(), p.getCodeValidity(), p.getCodeAttempts(),
        p.getCodeResendCooldown(), p.getCodeDailyCap());
  }
}
