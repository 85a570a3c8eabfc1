/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.ChangeEmail;
import org.memberportal.account.ChangePassword;
import org.memberportal.account.ConfirmEmailChange;
import org.memberportal.account.FindAccounts;
import org.memberportal.account.ForgotPassword;
import org.memberportal.account.ImportAccount;
import org.memberportal.account.OperatorDecision;
import org.memberportal.account.ResendCode;
import org.memberportal.account.ResetPassword;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignUp;
import org.memberportal.account.UpdateDetails;
import org.memberportal.account.VerifyEmail;
import org.memberportal.account.factor.AuthenticatorKey;
import org.memberportal.account.factor.FactorCode;
import org.memberportal.account.factor.PasskeyAssertion;
import org.memberportal.account.factor.PasskeyAttestation;
import org.memberportal.account.factor.PasskeyId;
import org.memberportal.account.factor.PasskeyOptions;
import org.memberportal.account.factor.PasskeyRemoval;
import org.memberportal.account.factor.PasskeyRename;
import org.memberportal.account.factor.PasswordProof;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.account.factor.Totp;
import org.memberportal.account.testkit.AccountFixtures;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.focalpoint.HandOverTiesFocalPoint;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.LeaveOrganisation;
import org.memberportal.affiliation.membership.RemoveAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.membership.WithdrawRequest;
import org.memberportal.affiliation.organisation.DirectoryQuery;
import org.memberportal.affiliation.organisation.DirectorySeed;
import org.memberportal.affiliation.organisation.EnterOrganisation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.affiliation.organisation.ReviewOrganisation;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.affiliation.roster.RosterSort;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.SubscribeToAlerts;
import org.memberportal.careers.alert.Unsubscribe;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationId;
import org.memberportal.careers.application.ApplicationStep;
import org.memberportal.careers.application.Apply;
import org.memberportal.careers.application.SaveDraft;
import org.memberportal.careers.candidate.CandidateForgotPassword;
import org.memberportal.careers.candidate.CandidateResetPassword;
import org.memberportal.careers.candidate.CandidateSignIn;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.ChangeCandidatePassword;
import org.memberportal.careers.candidate.CreateCandidateAccount;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.candidate.VerifyCandidateEmail;
import org.memberportal.careers.privacy.ConsentScope;
import org.memberportal.careers.privacy.DeleteProfile;
import org.memberportal.careers.privacy.GiveConsent;
import org.memberportal.careers.privacy.WithdrawConsent;
import org.memberportal.careers.profile.AddEntry;
import org.memberportal.careers.profile.Address;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.DeclareNoRelatives;
import org.memberportal.careers.profile.EntryId;
import org.memberportal.careers.profile.PersonalInformation;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileEntry;
import org.memberportal.careers.profile.Publication;
import org.memberportal.careers.profile.RemoveEntry;
import org.memberportal.careers.profile.RemoveSection;
import org.memberportal.careers.profile.Section;
import org.memberportal.careers.profile.SetAddress;
import org.memberportal.careers.profile.SetContractInformation;
import org.memberportal.careers.profile.SetPersonalInformation;
import org.memberportal.careers.profile.UpdateEntry;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.careers.testkit.VacancyFixtures;
import org.memberportal.careers.vacancy.DraftVacancy;
import org.memberportal.careers.vacancy.ReviseVacancy;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.careers.vacancy.VacancyText;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.StaffId;
import org.memberportal.ties.access.AssignTiesAccess;
import org.memberportal.ties.access.CancelTiesRequest;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.access.RemoveTiesAccess;
import org.memberportal.ties.access.RequestTiesAccess;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.handover.AppointTiesFocalPoint;
import org.memberportal.ties.handover.ConfirmTiesHandOver;
import org.memberportal.ties.handover.PrepareTiesHandOver;

/**
 * A small populated portal (a staffed member organisation, a non-member one, a user-entered one, a pending request,
 * a member, an unverified sign-up, a migrated account) and every public command of the modules, fed from
 * {@link Hostile.Values}.
 */
final class HostileScene {

  /** A command could not even be built: the builder refused a value (a null where the type says never). */
  static final class BuilderRefused extends RuntimeException {
    BuilderRefused(RuntimeException cause) {
      super(cause.getClass().getSimpleName(), null, false, false);
    }
  }

  /** One public command or query of a module. */
  record Command(String module, String name, BiFunction<HostileScene, Hostile.Values, Object> call) {}

  final Portal portal;
  final Portal.Staffed staffed;
  final Organisation nonMember;
  final AccountSummary requester;
  final AccountSummary member;
  final AccountSummary unverified;
  final AccountSummary tiesUser;
  final Secret handOverToken;
  final Affiliation pending;
  final Organisation entered;
  final AccountSummary migrated;
  final CandidateId candidate;
  final Recruiter recruiter = Recruiter.of(new StaffId(UUID.randomUUID()));
  final org.memberportal.careers.vacancy.Vacancy vacancy;
  final List<Actor> actors;
  final List<AccountId> accountIds;
  final List<OrganisationId> organisationIds;
  final List<AffiliationId> affiliationIds;
  final List<String> knownEmails;
  /** Careers: a candidate signed up with a password and verified, one awaiting verification, their codes. */
  String signedCandidateEmail;
  CandidateId signedCandidate;
  String unverifiedCandidateEmail;
  Secret candidateVerificationCode;
  Secret candidateResetCode;
  List<String> candidateEmails;
  List<EntryId> entryIds;
  List<VacancyId> vacancyIds;
  List<ApplicationId> applicationIds;
  List<AlertId> alertIds;
  /**
   * Second factors: the organisation's TIES focal point has an authenticator app (its key, its recovery codes)
   * and a passkey, and a registration and a sign-in ceremony open.
   */
  AccountSummary keyHolder;
  AuthenticatorKey totpKey;
  List<Secret> recoveryCodes;
  PasskeyId passkey;
  PasskeyOptions registration;
  PasskeyOptions passkeySignIn;

  HostileScene() {
    this(new Portal());
  }

  /**
   * The scene on a portal of its own, in memory or on PostgreSQL ({@link Portal#onPostgres}).
   *
   * @param portal the portal, fresh
   */
  HostileScene(Portal portal) {
    this.portal = portal;
    staffed = portal.staffed("Swisscom");
    nonMember = portal.organisation("Garage Labs", MembershipType.NOT_A_MEMBER);
    requester = portal.activeAccount("requester");
    member = portal.member(staffed, "member");
    unverified = portal.unverifiedAccount("unverified");
    tiesUser = portal.tiesUser(staffed, "ties-user");
    pending = portal.request(requester, staffed.organisation());
    entered = portal.affiliation.organisations().enter(EnterOrganisation.builder()
        .name("Entered Org").country("FR").build(), Portal.as(member)).value();
    migrated = portal.accounts.importAccount(
        AccountFixtures.importAccount(Portal.uniqueEmail("migrated")), portal.operator).value();
    candidate = careersCandidate(Portal.uniqueEmail("candidate"));
    vacancy = portal.careers.vacancyDesk().publish(
        org.memberportal.careers.vacancy.VacancyStep.of(portal.careers.vacancyDesk().draft(
            org.memberportal.careers.testkit.VacancyFixtures.regularHeadquartersPost(portal.clock.instant()).build(),
            recruiter).value().id()), recruiter).value();
    actors = List.of(Actor.anonymous(), Portal.as(requester), Portal.as(member), Portal.as(unverified),
        Portal.as(staffed.itu()), Portal.as(staffed.ties()), portal.operator, Actor.system("reliability"),
        Candidate.of(CandidateId.random()), Recruiter.of(new StaffId(UUID.randomUUID())),
        Candidate.of(candidate), recruiter,
        Actor.anonymous().in(Locale.FRENCH), Portal.as(requester).in(Locale.forLanguageTag("de-CH")),
        Actor.anonymous().in(Locale.forLanguageTag("zz-ZZ")), Portal.as(tiesUser).in(Locale.forLanguageTag("fr-CA")));
    accountIds = List.of(requester.id(), member.id(), unverified.id(), migrated.id(), staffed.itu().id(),
        staffed.ties().id(), tiesUser.id());
    handOverToken = portal.ties.focalPoints().prepare(PrepareTiesHandOver.builder()
        .organisation(staffed.organisation().id()).successor(tiesUser.id()).build(), Portal.as(staffed.ties()))
        .value().token();
    Evidence.secret(handOverToken.reveal());
    organisationIds = List.of(staffed.organisation().id(), nonMember.id(), entered.id());
    affiliationIds = new ArrayList<>(List.of(pending.id()));
    portal.affiliation.affiliations().historyOf(member.id(), portal.operator).forEach(a -> affiliationIds.add(a.id()));
    knownEmails = List.of(requester.email().display(), member.email().display(), unverified.email().display(),
        migrated.email().display(), requester.email().display().toUpperCase(Locale.ROOT),
        " " + member.email().display() + " ");
    careersSetUp();
    secondFactorsSetUp();
  }

  /** The passkey the key holder registered: its credential, as the test kit's {@code FakeCeremony} reads it. */
  static final String CREDENTIAL = "key-holder-laptop";

  /**
   * The key holder's factors, set up at the clock's start, where the scene's calls mostly run: the app confirmed
   * with the code of the step before, so that the current step's code is accepted once.
   */
  private void secondFactorsSetUp() {
    keyHolder = staffed.ties();
    Actor holder = Portal.as(keyHolder);
    SecondFactors factors = factors();
    factors.reauthenticate(PasswordProof.builder().account(keyHolder.id()).password(Secret.of(Portal.PASSWORD))
        .build(), holder);
    totpKey = factors.startTotp(keyHolder.id(), holder).value();
    Evidence.secret(totpKey.key().reveal());
    Evidence.secret(totpKey.uri().reveal());
    recoveryCodes = factors.confirmTotp(FactorCode.builder().account(keyHolder.id()).code(Totp.codeAt(totpKey.key(),
        portal.clock.instant().minusSeconds(Totp.PERIOD_SECONDS))).build(), holder).value().recoveryCodes();
    recoveryCodes.forEach(c -> Evidence.secret(c.reveal()));
    PasskeyOptions first = factors.startPasskeyRegistration(keyHolder.id(), holder).value();
    factors.finishPasskeyRegistration(PasskeyAttestation.builder().account(keyHolder.id())
        .challengeId(first.challengeId()).name("laptop").clientDataJson(first.challenge())
        .attestationObject(CREDENTIAL).build(), holder);
    passkey = factors.status(keyHolder.id(), holder).passkeys().get(0).id();
    registration = factors.startPasskeyRegistration(keyHolder.id(), holder).value();
    passkeySignIn = factors.startPasskeySignIn(keyHolder.id(), holder).value();
  }

  SecondFactors factors() {
    return portal.accounts.secondFactors();
  }

  /** An account for the second factors' commands: the key holder's half of the time, else any {@link #account}. */
  AccountId factorAccount(Hostile.Values v, int i) {
    return v.pick(i) % 2 == 0 ? keyHolder.id() : account(v, i);
  }

  /**
   * A second factor's code: the app's code now, one of the recovery codes, or a hostile string (null, blank,
   * 1 MB, digits and garbage).
   */
  Secret factorCode(Hostile.Values v, int i) {
    int p = v.pick(i);
    return switch (p % 4) {
      case 0 -> Totp.codeAt(totpKey.key(), portal.clock.instant());
      case 1 -> recoveryCodes.get(p % recoveryCodes.size());
      default -> secret(v, i);
    };
  }

  /** A code command: for the key holder half of the time, with a code of {@link #factorCode}. */
  FactorCode codeCommand(Hostile.Values v) {
    return build(() -> FactorCode.builder().account(factorAccount(v, 0)).code(factorCode(v, 1)).build());
  }

  /** A ceremony's challenge: the registration's, the sign-in's, nil, unknown or null. */
  UUID challengeId(Hostile.Values v, int i) {
    int p = v.pick(i);
    if (p < 8) {
      return (p % 2 == 0 ? registration : passkeySignIn).challengeId();
    }
    return p == 10 ? null : uuid(p);
  }

  /** The challenge a browser signed: the one the options handed out, or hostile text (a forged client data). */
  String clientData(Hostile.Values v, int i) {
    return v.pick(i) % 2 == 0 ? (v.pick(i) % 4 == 0 ? registration : passkeySignIn).challenge() : v.s(i);
  }

  /** A registration's answer: named and signed as a browser would, or with hostile parts. */
  PasskeyAttestation attestation(Hostile.Values v) {
    return build(() -> PasskeyAttestation.builder().account(factorAccount(v, 0)).challengeId(challengeId(v, 1))
        .name(v.pick(2) % 2 == 0 ? "phone" : v.s(0)).clientDataJson(clientData(v, 3))
        .attestationObject(v.pick(4) % 2 == 0 ? "cred-" + v.pick(5) : v.s(2)).build());
  }

  /**
   * A sign-in's answer. The test kit's ceremony reads a signature as the authenticator's counter, so a hostile
   * signature goes with forged client data (the adapter's own tests check real signatures).
   */
  PasskeyAssertion assertion(Hostile.Values v) {
    return build(() -> {
      String clientData = clientData(v, 3);
      boolean signed = v.pick(3) % 2 == 0;
      return PasskeyAssertion.builder().account(factorAccount(v, 0)).challengeId(challengeId(v, 1))
          .credentialId(v.pick(2) % 2 == 0 ? CREDENTIAL : v.s(0)).clientDataJson(clientData)
          .authenticatorData(v.pick(4) % 2 == 0 ? "data" : v.s(2))
          .signature(signed ? Long.toString(v.l(0)) : v.s(4)).build();
    });
  }

  /** A passkey: the key holder's, unknown, nil or null. */
  PasskeyId passkeyId(Hostile.Values v, int i) {
    int p = v.pick(i);
    if (p < 8) {
      return passkey;
    }
    return p == 10 ? null : new PasskeyId(uuid(p));
  }

  /**
   * The careers side of the scene: candidates with and without a password, the subject's complete profile, a
   * consent and an alert, a drafted, a published and a closed vacancy, an application and a draft.
   */
  private void careersSetUp() {
    var accounts = portal.careers.careersAccounts();
    signedCandidateEmail = Portal.uniqueEmail("candidate-signed");
    accounts.createAccount(candidateForm(signedCandidateEmail), Actor.anonymous());
    accounts.verifyEmail(VerifyCandidateEmail.builder().email(signedCandidateEmail)
        .code(portal.lastCode(signedCandidateEmail, CareersAccounts.VERIFICATION_CODE)).build(), Actor.anonymous());
    signedCandidate = portal.candidateId(signedCandidateEmail).orElseThrow();
    accounts.forgotPassword(CandidateForgotPassword.builder().email(signedCandidateEmail).build(), Actor.anonymous());
    candidateResetCode = portal.lastCode(signedCandidateEmail, CareersAccounts.RESET_CODE);
    unverifiedCandidateEmail = Portal.uniqueEmail("candidate-unverified");
    accounts.createAccount(candidateForm(unverifiedCandidateEmail), Actor.anonymous());
    candidateVerificationCode = portal.lastCode(unverifiedCandidateEmail, CareersAccounts.VERIFICATION_CODE);
    candidateEmails = List.of(signedCandidateEmail, unverifiedCandidateEmail,
        unverifiedCandidateEmail.toUpperCase(Locale.ROOT), " " + signedCandidateEmail + " ");

    fill(candidate, ProfileFixtures.complete(candidate));
    entryIds = portal.profile(candidate).orElseThrow().entries().stream().map(ProfileEntry::id).toList();
    portal.careers.privacy().giveConsent(GiveConsent.builder().candidate(candidate)
        .scope(ConsentScope.values()[0]).build(), Candidate.of(candidate));
    alertIds = List.of(portal.careers.jobAlerts().subscribe(SubscribeToAlerts.builder()
        .criteria(AlertCriteria.any()).build(), Candidate.of(candidate)).value().id());

    var desk = portal.careers.vacancyDesk();
    Vacancy drafted = desk.draft(VacancyFixtures.regularHeadquartersPost(portal.clock.instant()).build(), recruiter)
        .value();
    Vacancy closed = desk.close(VacancyStep.of(published().id()), recruiter).value();
    Vacancy other = published();
    vacancyIds = List.of(vacancy.id(), drafted.id(), closed.id(), other.id());
    var applications = portal.careers.applicationDesk();
    applicationIds = List.of(
        applications.apply(Apply.to(vacancy.id()), Candidate.of(candidate)).value().id(),
        applications.startDraft(Apply.to(other.id()), Candidate.of(candidate)).value().id());
  }

  private Vacancy published() {
    var desk = portal.careers.vacancyDesk();
    return desk.publish(VacancyStep.of(desk.draft(VacancyFixtures.regularHeadquartersPost(portal.clock.instant())
        .build(), recruiter).value().id()), recruiter).value();
  }

  private static CreateCandidateAccount candidateForm(String email) {
    return CreateCandidateAccount.builder().email(email).firstName("Lena").lastName("Petrova")
        .language(Locale.ENGLISH).relation(StaffRelation.CONSULTANT).password(Secret.of(Portal.PASSWORD))
        .passwordConfirmation(Secret.of(Portal.PASSWORD)).build();
  }

  private long version(CandidateId id) {
    return portal.profile(id).map(Profile::version).orElse(0L);
  }

  private void fill(CandidateId id, Profile content) {
    Actor actor = Candidate.of(id);
    var profiles = portal.careers.candidateProfiles();
    content.personalInformation().ifPresent(v -> profiles.setPersonalInformation(SetPersonalInformation.builder()
        .candidate(id).expectedVersion(version(id)).value(v).build(), actor));
    content.address().ifPresent(v -> profiles.setAddress(SetAddress.builder().candidate(id)
        .expectedVersion(version(id)).value(v).build(), actor));
    for (ProfileEntry e : content.entries()) {
      profiles.addEntry(AddEntry.builder().candidate(id).expectedVersion(version(id)).entry(e).build(), actor);
    }
    content.contractInformation().ifPresent(v -> profiles.setContractInformation(SetContractInformation.builder()
        .candidate(id).expectedVersion(version(id)).value(v).build(), actor));
  }

  /** A careers address: one of the scene's candidates in a hostile spelling, or a hostile string. */
  String candidateEmail(Hostile.Values v, int i) {
    int p = v.pick(i);
    return p < candidateEmails.size() * 2 && p % 2 == 0 ? candidateEmails.get(p / 2) : v.s(i);
  }

  /** A profile version: the current one half of the time (so edits get through), else a hostile long. */
  long profileVersion(Hostile.Values v, int i) {
    return v.pick(i) % 2 == 0 ? version(candidate) : v.l(i);
  }

  EntryId entryId(Hostile.Values v, int i) {
    int p = v.pick(i);
    if (p < 8) {
      return entryIds.get(p % entryIds.size());
    }
    return p == 10 ? null : new EntryId(uuid(p));
  }

  VacancyId vacancyId(Hostile.Values v, int i) {
    int p = v.pick(i);
    if (p < 7) {
      return vacancyIds.get(p % vacancyIds.size());
    }
    if (p < 9) {
      return new VacancyId(accountIds.get(p % accountIds.size()).value());
    }
    return p == 10 ? null : new VacancyId(uuid(p));
  }

  ApplicationId applicationId(Hostile.Values v, int i) {
    int p = v.pick(i);
    if (p < 6) {
      return applicationIds.get(p % applicationIds.size());
    }
    if (p < 9) {
      return new ApplicationId(accountIds.get(p % accountIds.size()).value());
    }
    return p == 10 ? null : new ApplicationId(uuid(p));
  }

  AlertId alertId(Hostile.Values v, int i) {
    int p = v.pick(i);
    if (p < 6) {
      return alertIds.get(0);
    }
    return p == 10 ? null : new AlertId(uuid(p));
  }

  /** A date: a plausible one, any day in the int range of epoch days, or the limits. */
  static LocalDate date(Hostile.Values v, int i) {
    return switch (v.pick(i) % 4) {
      case 0 -> LocalDate.of(1990, 4, 12);
      case 1 -> LocalDate.ofEpochDay(v.i(i));
      case 2 -> v.i(i) < 0 ? LocalDate.MIN : LocalDate.MAX;
      default -> null;
    };
  }

  /** A vacancy's content with hostile reference, grade, text and dates. */
  DraftVacancy vacancyContent(Hostile.Values v) {
    return build(() -> {
      Instant now = portal.clock.instant();
      VacancyFixtures.Draft d = VacancyFixtures.regularHeadquartersPost(now);
      if (v.pick(0) % 2 == 0) {
        d.referenceNumber(v.s(0));
      }
      if (v.pick(1) % 2 == 0) {
        d.grade(v.s(1));
      }
      if (v.pick(2) % 2 == 0) {
        d.putTexts(Locale.ENGLISH, VacancyText.of(v.s(2), v.s(3)));
      }
      if (v.pick(3) % 3 == 0) {
        LocalDate closes = date(v, 3);
        d.closesAt(closes == null ? null : closes.atStartOfDay(VacancyFixtures.GENEVA));
      }
      return d.build();
    });
  }

  ApplicationStep applicationStep(Hostile.Values v) {
    return build(() -> ApplicationStep.builder().application(applicationId(v, 0))
        .reason(Optional.ofNullable(v.pick(1) % 2 == 0 ? "personal-reasons" : v.s(0)))
        .step(Optional.ofNullable(v.pick(2) % 2 == 0 ? null : v.s(1))).build());
  }

  private CandidateId careersCandidate(String email) {
    CandidateId id = CandidateId.random();
    portal.host.command(() -> {
      portal.candidateAccounts().add(org.memberportal.careers.candidate.CandidateAccount.builder().id(id)
          .email(org.memberportal.kernel.EmailAddress.of(email)).firstName("Test").lastName("Candidate")
          .language(Locale.ENGLISH).relation(org.memberportal.careers.candidate.StaffRelation.CONSULTANT)
          .status(org.memberportal.careers.candidate.CandidateAccountStatus.ACTIVE)
          .createdAt(portal.clock.instant()).version(1).build());
      return new org.memberportal.kernel.Outcome<>(id, List.of());
    });
    return id;
  }

  /** A candidate id: the scene's candidate, an id of another kind, nil, or unknown. */
  CandidateId candidateId(Hostile.Values v, int i) {
    int p = v.pick(i);
    if (p < 6) {
      return candidate;
    }
    if (p < 9) {
      return new CandidateId(accountIds.get(p % accountIds.size()).value());
    }
    return p == 10 ? null : new CandidateId(uuid(p));
  }

  // ------------------------------------------------------------------------------------------ value picks

  /**
   * The actor: half of the time the one the command is meant for (so hostile values reach past authorisation),
   * otherwise any actor.
   */
  Actor actor(Hostile.Values v) {
    if (v.actor() < 50 && current != null) {
      Actor suited = suited(current.name(), v);
      if (suited != null) {
        return suited;
      }
    }
    return actors.get(v.actor() % actors.size());
  }

  /** The command being run, so that {@link #actor} can suit it. */
  Command current;

  private Actor suited(String name, Hostile.Values v) {
    String method = name.substring(name.indexOf('.') + 1);
    if (name.equals("CareersAccounts.changePassword")) {
      return Candidate.of(v.pick(0) % 2 == 0 ? signedCandidate : candidate);
    }
    if (name.equals("Privacy.applyRetention")) {
      return Actor.system("retention");
    }
    if (name.equals("ApplicationDesk.move") || name.equals("ApplicationDesk.applicationsTo")
        || name.equals("ApplicationDesk.application")) {
      return recruiter;
    }
    if (name.startsWith("CareersAccounts.") || name.startsWith("JobOpenings.")) {
      return Actor.anonymous();
    }
    if (name.startsWith("JobAlerts.") || name.startsWith("CandidateProfiles.") || name.startsWith("Privacy.")
        || name.startsWith("ApplicationDesk.")) {
      return Candidate.of(candidate);
    }
    if (name.startsWith("TalentSearch.") || name.startsWith("VacancyDesk.")) {
      return recruiter;
    }
    if (name.startsWith("Ties") || name.startsWith("MyRequests")) {
      return switch (method) {
        case "request", "cancel", "of" -> {
          AccountId id = account(v, 0);
          yield id == null ? null : Actor.account(id);
        }
        case "appoint" -> portal.operator;
        default -> Portal.as(staffed.ties());
      };
    }
    if (name.startsWith("SecondFactors.")) {
      AccountId id = factorAccount(v, 0);
      return id == null ? null : Actor.account(id);
    }
    if (name.startsWith("UserAccounts.")) {
      return switch (method) {
        case "changePassword", "changeEmail", "confirmEmailChange", "updateDetails", "auditTrail" -> {
          AccountId id = account(v, 0);
          yield id == null ? null : Actor.account(id);
        }
        case "importAccount", "accountToImport", "suspend", "reactivate", "close" -> portal.operator;
        case "expireUnverified" -> Actor.system("expiry");
        default -> Actor.anonymous();
      };
    }
    return switch (method) {
      case "request", "historyOf", "mayRepresent" -> {
        AccountId id = account(v, 0);
        yield id == null ? null : Actor.account(id);
      }
      case "approve", "reject", "list" -> name.startsWith("Organisations.") ? portal.operator
          : Portal.as(staffed.ties());
      case "withdraw" -> Portal.as(requester);
      case "leave" -> Portal.as(member);
      case "remove" -> Portal.as(staffed.itu());
      case "enter" -> Portal.as(member);
      default -> portal.operator;
    };
  }

  private UUID uuid(int pick) {
    return pick == 9 ? new UUID(0, 0) : pick == 11 ? new UUID(-1, -1) : UUID.randomUUID();
  }

  AccountId account(Hostile.Values v, int i) {
    int p = v.pick(i);
    if (p < accountIds.size()) {
      return accountIds.get(p);
    }
    if (p < 9 && p > 6) {
      return new AccountId(organisationIds.get(p % organisationIds.size()).value());
    }
    return p == 10 ? null : new AccountId(uuid(p));
  }

  OrganisationId organisation(Hostile.Values v, int i) {
    int p = v.pick(i);
    if (p < 6) {
      return organisationIds.get(p % organisationIds.size());
    }
    if (p < 9) {
      return new OrganisationId(accountIds.get(p % accountIds.size()).value());
    }
    return p == 10 ? null : new OrganisationId(uuid(p));
  }

  AffiliationId affiliationId(Hostile.Values v, int i) {
    int p = v.pick(i);
    if (p < 6) {
      return affiliationIds.get(p % affiliationIds.size());
    }
    if (p < 9) {
      return new AffiliationId(accountIds.get(p % accountIds.size()).value());
    }
    return p == 10 ? null : new AffiliationId(uuid(p));
  }

  /** A hostile string, or (for some picks) one of the scene's real addresses in a hostile spelling. */
  String email(Hostile.Values v, int i) {
    int p = v.pick(i);
    return p < knownEmails.size() && p % 2 == 0 ? knownEmails.get(p) : v.s(i);
  }

  static Secret secret(Hostile.Values v, int i) {
    String s = v.raw(i);
    return s == null ? null : Secret.of(s);
  }

  static <E extends Enum<E>> E choice(Class<E> type, Hostile.Values v, int i) {
    E[] all = type.getEnumConstants();
    int p = v.pick(i);
    return p >= all.length * 3 ? null : all[p % all.length];
  }

  static <T> T build(Supplier<T> builder) {
    try {
      return builder.get();
    } catch (NullPointerException | IllegalStateException | IllegalArgumentException
        | java.time.DateTimeException e) {
      throw new BuilderRefused(e);
    }
  }

  // ------------------------------------------------------------------------------------------- the commands

  static final List<Command> COMMANDS = commands();

  private static List<Command> commands() {
    List<Command> c = new ArrayList<>();
    String acc = "account-core";
    String aff = "affiliation-core";
    c.add(new Command(acc, "UserAccounts.signUp", (s, v) -> s.portal.accounts.signUp(build(() -> SignUp.builder()
        .email(s.email(v, 0)).firstName(v.s(1)).lastName(v.s(2)).password(secret(v, 3))
        .passwordConfirmation(v.pick(1) % 3 == 0 ? secret(v, 4) : secret(v, 3)).title(v.s(5)).gender(v.s(6))
        .jobTitle(v.s(7)).professionalRole(v.pick(2) % 2 == 0 ? "engineer" : v.s(1))
        .preferredLanguage(v.pick(3) % 2 == 0 ? "en" : v.s(4)).newsletter(v.pick(4) % 2 == 0)
        .termsAccepted(v.pick(5) % 4 != 0).build()), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.verifyEmail", (s, v) -> s.portal.accounts.verifyEmail(build(() ->
        VerifyEmail.builder().email(s.email(v, 0)).code(secret(v, 1)).build()), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.resendCode", (s, v) -> s.portal.accounts.resendCode(build(() ->
        ResendCode.builder().email(s.email(v, 0)).build()), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.signIn", (s, v) -> s.portal.accounts.signIn(build(() ->
        SignIn.builder().email(s.email(v, 0)).password(secret(v, 1)).build()), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.forgotPassword", (s, v) -> s.portal.accounts.forgotPassword(build(() ->
        ForgotPassword.builder().email(s.email(v, 0)).requester(v.s(1)).build()), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.resetPassword", (s, v) -> s.portal.accounts.resetPassword(build(() ->
        ResetPassword.builder().email(s.email(v, 0)).code(secret(v, 1)).password(secret(v, 2))
            .passwordConfirmation(v.pick(1) % 2 == 0 ? secret(v, 2) : secret(v, 3)).requester(v.s(4)).build()),
        s.actor(v))));
    c.add(new Command(acc, "UserAccounts.changePassword", (s, v) -> s.portal.accounts.changePassword(build(() ->
        ChangePassword.builder().account(s.account(v, 0)).currentPassword(v.pick(1) % 2 == 0
            ? Secret.of(Portal.PASSWORD) : secret(v, 1)).password(secret(v, 2)).passwordConfirmation(secret(v, 2))
            .build()), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.updateDetails", (s, v) -> s.portal.accounts.updateDetails(build(() ->
        UpdateDetails.builder().account(s.account(v, 0)).firstName(v.s(1)).lastName(v.s(2)).title(v.s(3))
            .gender(v.pick(1) % 2 == 0 ? "female" : v.s(4)).jobTitle(v.s(5))
            .professionalRole(v.pick(2) % 2 == 0 ? "engineer" : v.s(6))
            .preferredLanguage(v.pick(3) % 2 == 0 ? "fr" : v.s(7)).build()), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.changeEmail", (s, v) -> s.portal.accounts.changeEmail(build(() ->
        ChangeEmail.builder().account(s.account(v, 0)).newEmail(s.email(v, 1)).currentPassword(v.pick(2) % 2 == 0
            ? Secret.of(Portal.PASSWORD) : secret(v, 2)).build()), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.confirmEmailChange", (s, v) -> s.portal.accounts.confirmEmailChange(
        build(() -> ConfirmEmailChange.builder().account(s.account(v, 0)).code(secret(v, 1)).build()), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.importAccount", (s, v) -> s.portal.accounts.importAccount(build(() -> {
      ImportAccount.Builder b = ImportAccount.builder();
      b.email(s.email(v, 0)).firstName(v.s(1)).lastName(v.s(2)).title(v.s(3)).gender(v.s(4)).jobTitle(v.s(5))
          .professionalRole(v.s(6)).preferredLanguage(v.pick(1) % 2 == 0 ? "en" : v.s(7));
      if (v.s(1) != null && v.s(2) != null) {
        b.putLegacyAttributes(v.s(1), v.s(2));
      }
      return b.build();
    }), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.accountToImport", (s, v) -> s.portal.accounts.accountToImport(build(() ->
        ImportAccount.builder().email(s.email(v, 0)).firstName(v.s(1)).lastName(v.s(2)).title(v.s(3))
            .jobTitle(v.s(5)).preferredLanguage(v.pick(1) % 2 == 0 ? "en" : v.s(7)).build()), s.actor(v),
        java.time.Instant.EPOCH)));
    c.add(new Command(acc, "UserAccounts.suspend", (s, v) -> s.portal.accounts.suspend(decision(s, v), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.reactivate", (s, v) -> s.portal.accounts.reactivate(decision(s, v),
        s.actor(v))));
    c.add(new Command(acc, "UserAccounts.close", (s, v) -> s.portal.accounts.close(decision(s, v), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.expireUnverified", (s, v) -> s.portal.accounts.expireUnverified(
        s.actor(v))));
    c.add(new Command(acc, "UserAccounts.findAccounts", (s, v) -> s.portal.accounts.findAccounts(build(() ->
        FindAccounts.builder().email(v.pick(0) % 2 == 0 ? s.email(v, 0) : null).name(v.s(1)).page(v.i(2))
            .size(v.i(3)).build()), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.auditTrail", (s, v) -> s.portal.accounts.auditTrail(
        build(() -> java.util.Objects.requireNonNull(s.account(v, 0))), s.actor(v))));
    c.add(new Command(acc, "UserAccounts.find", (s, v) -> s.portal.accounts.find(
        build(() -> java.util.Objects.requireNonNull(s.account(v, 0))))));
    c.add(new Command(acc, "UserAccounts.findAll", (s, v) -> s.portal.accounts.findAll(
        build(() -> List.of(java.util.Objects.requireNonNull(s.account(v, 0)),
            java.util.Objects.requireNonNull(s.account(v, 1)))))));

    secondFactors(c);

    c.add(new Command(aff, "Organisations.search", (s, v) -> s.portal.affiliation.organisations().search(
        build(() -> DirectoryQuery.builder().membershipType(Optional.ofNullable(choice(MembershipType.class, v, 0)))
            .country(Optional.ofNullable(v.s(0))).name(Optional.ofNullable(v.s(1))).page(v.i(0)).size(v.i(1))
            .build()), s.actor(v))));
    c.add(new Command(aff, "Organisations.countries", (s, v) -> s.portal.affiliation.organisations().countries(
        Optional.ofNullable(choice(MembershipType.class, v, 0)))));
    c.add(new Command(aff, "Organisations.get", (s, v) -> s.portal.affiliation.organisations().get(
        build(() -> java.util.Objects.requireNonNull(s.organisation(v, 0))))));
    c.add(new Command(aff, "Organisations.membershipTypeOf", (s, v) -> s.portal.affiliation.organisations()
        .membershipTypeOf(build(() -> java.util.Objects.requireNonNull(s.organisation(v, 0))))));
    c.add(new Command(aff, "Organisations.awaitingReview", (s, v) -> s.portal.affiliation.organisations()
        .awaitingReview(s.actor(v))));
    c.add(new Command(aff, "Organisations.register", (s, v) -> s.portal.affiliation.organisations().register(
        registration(v), s.actor(v))));
    c.add(new Command(aff, "Organisations.importSeed", (s, v) -> s.portal.affiliation.organisations().importSeed(
        List.of(registration(v)), s.actor(v))));
    c.add(new Command(aff, "DirectorySeed.parseCsv", (s, v) -> DirectorySeed.parseCsv(new StringReader(
        "name,membershipType,country\n" + v.s(0) + "," + v.raw(1) + "," + v.s(2) + "\n\"" + v.raw(3) + "\n"),
        s.actor(v).locale())));
    c.add(new Command(aff, "Organisations.enter", (s, v) -> s.portal.affiliation.organisations().enter(build(() ->
        EnterOrganisation.builder().name(v.s(0)).country(v.pick(0) % 2 == 0 ? "CH" : v.s(1))
            .declaredMembershipType(Optional.ofNullable(choice(MembershipType.class, v, 1)))
            .address(Optional.ofNullable(v.s(2))).website(Optional.ofNullable(v.s(3))).build()), s.actor(v))));
    c.add(new Command(aff, "Organisations.approve", (s, v) -> s.portal.affiliation.organisations().approve(
        review(s, v), s.actor(v))));
    c.add(new Command(aff, "Organisations.reject", (s, v) -> s.portal.affiliation.organisations().reject(
        review(s, v), s.actor(v))));
    c.add(new Command(aff, "Organisations.merge", (s, v) -> s.portal.affiliation.organisations().merge(
        review(s, v), s.actor(v))));
    c.add(new Command(aff, "FocalPoints.appoint", (s, v) -> s.portal.affiliation.focalPoints().appoint(build(() ->
        AppointFocalPoint.builder().organisation(s.organisation(v, 0)).seat(choice(FocalPointRole.class, v, 1))
            .account(s.account(v, 2)).build()), s.actor(v))));
    c.add(new Command(aff, "FocalPoints.handOverTies", (s, v) -> s.portal.affiliation.focalPoints().handOverTies(
        build(() -> HandOverTiesFocalPoint.builder().organisation(s.organisation(v, 0)).successor(s.account(v, 1))
            .build()), s.actor(v))));
    c.add(new Command(aff, "FocalPoints.seatsOf", (s, v) -> s.portal.affiliation.focalPoints().seatsOf(
        build(() -> java.util.Objects.requireNonNull(s.organisation(v, 0))))));
    c.add(new Command(aff, "FocalPoints.rolesOf", (s, v) -> s.portal.affiliation.focalPoints().rolesOf(
        s.actor(v), build(() -> java.util.Objects.requireNonNull(s.organisation(v, 0))))));
    c.add(new Command(aff, "Affiliations.request", (s, v) -> s.portal.affiliation.affiliations().request(build(() ->
        RequestAffiliation.builder().account(s.account(v, 0)).organisation(s.organisation(v, 1))
            .wantsTiesAccess(v.pick(2) % 2 == 0).build()), s.actor(v))));
    c.add(new Command(aff, "Affiliations.approve", (s, v) -> s.portal.affiliation.affiliations().approve(
        decide(s, v), s.actor(v))));
    c.add(new Command(aff, "Affiliations.reject", (s, v) -> s.portal.affiliation.affiliations().reject(
        decide(s, v), s.actor(v))));
    c.add(new Command(aff, "Affiliations.withdraw", (s, v) -> s.portal.affiliation.affiliations().withdraw(
        build(() -> WithdrawRequest.builder().affiliation(s.affiliationId(v, 0)).build()), s.actor(v))));
    c.add(new Command(aff, "Affiliations.remove", (s, v) -> s.portal.affiliation.affiliations().remove(
        build(() -> RemoveAffiliation.builder().affiliation(s.affiliationId(v, 0)).reason(Optional.ofNullable(v.s(0)))
            .build()), s.actor(v))));
    c.add(new Command(aff, "Affiliations.leave", (s, v) -> s.portal.affiliation.affiliations().leave(
        build(() -> LeaveOrganisation.builder().affiliation(s.affiliationId(v, 0)).build()), s.actor(v))));
    c.add(new Command(aff, "Affiliations.mayRepresent", (s, v) -> s.portal.affiliation.affiliations().mayRepresent(
        build(() -> java.util.Objects.requireNonNull(s.account(v, 0))),
        build(() -> java.util.Objects.requireNonNull(s.organisation(v, 1))), s.actor(v))));
    c.add(new Command(aff, "Affiliations.approvedAffiliationOf", (s, v) -> s.portal.affiliation.affiliations()
        .approvedAffiliationOf(build(() -> java.util.Objects.requireNonNull(s.account(v, 0))))));
    c.add(new Command(aff, "Affiliations.historyOf", (s, v) -> s.portal.affiliation.affiliations().historyOf(
        build(() -> java.util.Objects.requireNonNull(s.account(v, 0))), s.actor(v))));
    c.add(new Command(aff, "Affiliations.get", (s, v) -> s.portal.affiliation.affiliations().get(
        build(() -> java.util.Objects.requireNonNull(s.affiliationId(v, 0))), s.actor(v))));
    c.add(new Command(aff, "ManageMyUsers.list", (s, v) -> s.portal.affiliation.manageMyUsers().list(build(() ->
        RosterQuery.builder().organisation(s.organisation(v, 0)).text(Optional.ofNullable(v.s(0)))
            .pendingOnly(Optional.ofNullable(v.pick(1) % 3 == 0 ? null : v.pick(1) % 3 == 1))
            .sort(java.util.Objects.requireNonNull(choice(RosterSort.class, v, 2))).descending(v.pick(3) % 2 == 0)
            .page(v.i(0)).size(v.i(1)).build()), s.actor(v))));
    c.add(new Command(aff, "Reminders.tick", (s, v) -> s.portal.affiliation.reminders().tick(s.actor(v))));
    String ties = "ties-core";
    c.add(new Command(ties, "TiesAccess.request", (s, v) -> s.portal.ties.access().request(build(() ->
        RequestTiesAccess.builder().account(s.account(v, 0)).build()), s.actor(v))));
    c.add(new Command(ties, "TiesAccess.approve", (s, v) -> s.portal.ties.access().approve(tiesDecision(s, v),
        s.actor(v))));
    c.add(new Command(ties, "TiesAccess.reject", (s, v) -> s.portal.ties.access().reject(tiesDecision(s, v),
        s.actor(v))));
    c.add(new Command(ties, "TiesAccess.cancel", (s, v) -> s.portal.ties.access().cancel(build(() ->
        CancelTiesRequest.builder().account(s.account(v, 0)).build()), s.actor(v))));
    c.add(new Command(ties, "TiesAccess.assign", (s, v) -> s.portal.ties.access().assign(build(() ->
        AssignTiesAccess.builder().account(s.account(v, 0)).build()), s.actor(v))));
    c.add(new Command(ties, "TiesAccess.remove", (s, v) -> s.portal.ties.access().remove(build(() ->
        RemoveTiesAccess.builder().account(s.account(v, 0)).reason(Optional.ofNullable(v.s(0))).build()),
        s.actor(v))));
    c.add(new Command(ties, "TiesAccess.of", (s, v) -> s.portal.ties.access().of(
        build(() -> java.util.Objects.requireNonNull(s.account(v, 0))), s.actor(v))));
    c.add(new Command(ties, "TiesAccess.isActive", (s, v) -> s.portal.ties.access().isActive(
        build(() -> java.util.Objects.requireNonNull(s.account(v, 0))), s.actor(v))));
    c.add(new Command(ties, "TiesAccess.inOrganisation", (s, v) -> s.portal.ties.access().inOrganisation(
        build(() -> java.util.Objects.requireNonNull(s.organisation(v, 0))),
        java.util.EnumSet.allOf(TiesState.class), s.actor(v))));
    c.add(new Command(ties, "TiesFocalPoints.prepare", (s, v) -> s.portal.ties.focalPoints().prepare(build(() ->
        PrepareTiesHandOver.builder().organisation(s.organisation(v, 0)).successor(s.account(v, 1)).build()),
        s.actor(v))));
    c.add(new Command(ties, "TiesFocalPoints.confirm", (s, v) -> s.portal.ties.focalPoints().confirm(build(() ->
        ConfirmTiesHandOver.builder().token(v.pick(0) % 3 == 0 ? s.handOverToken : secret(v, 0)).build()),
        s.actor(v))));
    c.add(new Command(ties, "TiesFocalPoints.appoint", (s, v) -> s.portal.ties.focalPoints().appoint(build(() ->
        AppointTiesFocalPoint.builder().organisation(s.organisation(v, 0)).account(s.account(v, 1)).build()),
        s.actor(v))));
    c.add(new Command(ties, "MyRequests.of", (s, v) -> s.portal.ties.myRequests().of(
        build(() -> java.util.Objects.requireNonNull(s.account(v, 0))), s.actor(v))));
    careers(c);
    moreCareers(c);
    return List.copyOf(c);
  }

  private static void careers(List<Command> c) {
    String car = "careers-core";
    c.add(new Command(car, "CareersAccounts.createAccount", (s, v) -> s.portal.careers.careersAccounts()
        .createAccount(build(() -> org.memberportal.careers.candidate.CreateCandidateAccount.builder()
            .email(s.email(v, 0)).firstName(v.s(1)).lastName(v.s(2))
            .language(v.pick(1) % 2 == 0 ? Locale.ENGLISH : Locale.forLanguageTag(String.valueOf(v.raw(3))))
            .relation(choice(org.memberportal.careers.candidate.StaffRelation.class, v, 2)).password(secret(v, 4))
            .passwordConfirmation(v.pick(3) % 3 == 0 ? secret(v, 5) : secret(v, 4)).build()), s.actor(v))));
    c.add(new Command(car, "CareersAccounts.forgotPassword", (s, v) -> s.portal.careers.careersAccounts()
        .forgotPassword(build(() -> org.memberportal.careers.candidate.CandidateForgotPassword.builder()
            .email(s.email(v, 0)).requester(v.s(1)).build()), s.actor(v))));
    c.add(new Command(car, "CareersAccounts.resendCode", (s, v) -> s.portal.careers.careersAccounts()
        .resendCode(build(() -> org.memberportal.careers.candidate.ResendCandidateCode.builder()
            .email(s.email(v, 0)).build()), s.actor(v))));
    c.add(new Command(car, "JobOpenings.search", (s, v) -> s.portal.careers.jobOpenings().search(build(() ->
        org.memberportal.careers.opening.OpeningQuery.builder().keywords(Optional.ofNullable(v.s(0)))
            .build()), s.actor(v))));
    c.add(new Command(car, "JobOpenings.opening", (s, v) -> s.portal.careers.jobOpenings().opening(
        v.pick(0) % 2 == 0 ? s.vacancy.id() : new org.memberportal.careers.vacancy.VacancyId(s.uuid(v.pick(1))),
        s.actor(v))));
    c.add(new Command(car, "JobAlerts.subscribe", (s, v) -> s.portal.careers.jobAlerts().subscribe(build(() ->
        org.memberportal.careers.alert.SubscribeToAlerts.builder().criteria(
            org.memberportal.careers.alert.AlertCriteria.builder().keywords(Optional.ofNullable(v.s(0))).build())
            .build()), s.actor(v))));
    c.add(new Command(car, "JobAlerts.alerts", (s, v) -> s.portal.careers.jobAlerts().alerts(s.actor(v))));
    c.add(new Command(car, "CandidateProfiles.profile", (s, v) -> s.portal.careers.candidateProfiles().profile(
        build(() -> java.util.Objects.requireNonNull(s.candidateId(v, 0))), s.actor(v))));
    c.add(new Command(car, "CandidateProfiles.completeness", (s, v) -> s.portal.careers.candidateProfiles()
        .completeness(build(() -> java.util.Objects.requireNonNull(s.candidateId(v, 0))), s.actor(v))));
    c.add(new Command(car, "Privacy.export", (s, v) -> s.portal.careers.privacy().export(
        build(() -> java.util.Objects.requireNonNull(s.candidateId(v, 0))), s.actor(v))));
    c.add(new Command(car, "ApplicationDesk.apply", (s, v) -> s.portal.careers.applicationDesk().apply(
        org.memberportal.careers.application.Apply.to(v.pick(0) % 2 == 0 ? s.vacancy.id()
            : new org.memberportal.careers.vacancy.VacancyId(s.uuid(v.pick(1)))), s.actor(v))));
    c.add(new Command(car, "ApplicationDesk.jobsApplied", (s, v) -> s.portal.careers.applicationDesk()
        .jobsApplied(s.actor(v))));
    c.add(new Command(car, "TalentSearch.search", (s, v) -> s.portal.careers.talentSearch().search(build(() -> {
      org.memberportal.careers.talent.TalentQuery.Builder b = org.memberportal.careers.talent.TalentQuery.builder();
      b.expertise(Optional.ofNullable(v.s(0)));
      if (v.s(1) != null) {
        b.addLanguages(v.s(1));
      }
      return b.build();
    }), s.actor(v))));
  }

  /** The careers commands the first list leaves out: account recovery, profile edits, privacy, vacancies, applications. */
  private static void moreCareers(List<Command> c) {
    String car = "careers-core";
    c.add(new Command(car, "CareersAccounts.verifyEmail", (s, v) -> s.portal.careers.careersAccounts().verifyEmail(
        build(() -> VerifyCandidateEmail.builder().email(s.candidateEmail(v, 0)).code(v.pick(1) % 3 == 0
            ? s.candidateVerificationCode : secret(v, 1)).build()), s.actor(v))));
    c.add(new Command(car, "CareersAccounts.signIn", (s, v) -> s.portal.careers.careersAccounts().signIn(
        build(() -> CandidateSignIn.builder().email(s.candidateEmail(v, 0)).password(v.pick(1) % 2 == 0
            ? Secret.of(Portal.PASSWORD) : secret(v, 1)).build()), s.actor(v))));
    c.add(new Command(car, "CareersAccounts.resetPassword", (s, v) -> s.portal.careers.careersAccounts()
        .resetPassword(build(() -> CandidateResetPassword.builder().email(s.candidateEmail(v, 0))
            .code(v.pick(1) % 3 == 0 ? s.candidateResetCode : secret(v, 1)).password(secret(v, 2))
            .passwordConfirmation(v.pick(2) % 2 == 0 ? secret(v, 2) : secret(v, 3)).build()), s.actor(v))));
    c.add(new Command(car, "CareersAccounts.changePassword", (s, v) -> s.portal.careers.careersAccounts()
        .changePassword(build(() -> ChangeCandidatePassword.builder().candidate(v.pick(0) % 2 == 0
            ? s.signedCandidate : s.candidateId(v, 0)).currentPassword(v.pick(1) % 2 == 0
            ? Secret.of(Portal.PASSWORD) : secret(v, 1)).password(secret(v, 2)).passwordConfirmation(secret(v, 2))
            .build()), s.actor(v))));
    c.add(new Command(car, "CandidateProfiles.setPersonalInformation", (s, v) -> s.portal.careers
        .candidateProfiles().setPersonalInformation(build(() -> SetPersonalInformation.builder()
            .candidate(s.candidateId(v, 0)).expectedVersion(s.profileVersion(v, 1)).value(PersonalInformation
                .builder().firstName(v.s(0)).lastName(v.s(1)).birthDate(date(v, 2)).addNationalities(v.pick(3) % 2
                    == 0 ? "SN" : v.s(2)).email(v.pick(4) % 2 == 0 ? "amina@example.org" : v.s(3)).phone(v.s(4))
                .build()).build()), s.actor(v))));
    c.add(new Command(car, "CandidateProfiles.setAddress", (s, v) -> s.portal.careers.candidateProfiles()
        .setAddress(build(() -> SetAddress.builder().candidate(s.candidateId(v, 0))
            .expectedVersion(s.profileVersion(v, 1)).value(Address.builder().street(v.s(0)).postalCode(v.s(1))
                .city(v.s(2)).country(v.pick(2) % 2 == 0 ? "SN" : v.s(3)).build()).build()), s.actor(v))));
    c.add(new Command(car, "CandidateProfiles.setContractInformation", (s, v) -> s.portal.careers
        .candidateProfiles().setContractInformation(build(() -> {
          ContractInformation.Builder info = ContractInformation.builder();
          ContractInterest interest = choice(ContractInterest.class, v, 2);
          if (interest != null) {
            info.addInterests(interest);
          }
          info.availableFrom(Optional.ofNullable(date(v, 3)));
          return SetContractInformation.builder().candidate(s.candidateId(v, 0))
              .expectedVersion(s.profileVersion(v, 1)).value(info.build()).build();
        }), s.actor(v))));
    c.add(new Command(car, "CandidateProfiles.addEntry", (s, v) -> s.portal.careers.candidateProfiles().addEntry(
        build(() -> AddEntry.builder().candidate(s.candidateId(v, 0)).expectedVersion(s.profileVersion(v, 1))
            .entry(publication(s, v)).build()), s.actor(v))));
    c.add(new Command(car, "CandidateProfiles.updateEntry", (s, v) -> s.portal.careers.candidateProfiles()
        .updateEntry(build(() -> UpdateEntry.builder().candidate(s.candidateId(v, 0))
            .expectedVersion(s.profileVersion(v, 1)).entry(publication(s, v)).build()), s.actor(v))));
    c.add(new Command(car, "CandidateProfiles.removeEntry", (s, v) -> s.portal.careers.candidateProfiles()
        .removeEntry(build(() -> RemoveEntry.builder().candidate(s.candidateId(v, 0))
            .expectedVersion(s.profileVersion(v, 1)).entry(s.entryId(v, 2)).build()), s.actor(v))));
    c.add(new Command(car, "CandidateProfiles.removeSection", (s, v) -> s.portal.careers.candidateProfiles()
        .removeSection(build(() -> RemoveSection.builder().candidate(s.candidateId(v, 0))
            .expectedVersion(s.profileVersion(v, 1)).section(choice(Section.class, v, 2)).build()), s.actor(v))));
    c.add(new Command(car, "CandidateProfiles.declareNoRelatives", (s, v) -> s.portal.careers.candidateProfiles()
        .declareNoRelatives(build(() -> DeclareNoRelatives.builder().candidate(s.candidateId(v, 0))
            .expectedVersion(s.profileVersion(v, 1)).build()), s.actor(v))));
    c.add(new Command(car, "CandidateProfiles.snapshot", (s, v) -> s.portal.careers.candidateProfiles().snapshot(
        build(() -> java.util.Objects.requireNonNull(s.candidateId(v, 0))), s.actor(v))));
    c.add(new Command(car, "Privacy.giveConsent", (s, v) -> s.portal.careers.privacy().giveConsent(build(() ->
        GiveConsent.builder().candidate(s.candidateId(v, 0)).scope(choice(ConsentScope.class, v, 1)).build()),
        s.actor(v))));
    c.add(new Command(car, "Privacy.withdrawConsent", (s, v) -> s.portal.careers.privacy().withdrawConsent(
        build(() -> WithdrawConsent.builder().candidate(s.candidateId(v, 0)).scope(choice(ConsentScope.class, v, 1))
            .build()), s.actor(v))));
    c.add(new Command(car, "Privacy.mayShareOutside", (s, v) -> s.portal.careers.privacy().mayShareOutside(
        build(() -> java.util.Objects.requireNonNull(s.candidateId(v, 0))), s.actor(v))));
    c.add(new Command(car, "Privacy.deleteProfile", (s, v) -> s.portal.careers.privacy().deleteProfile(build(() ->
        DeleteProfile.builder().candidate(s.candidateId(v, 0)).build()), s.actor(v))));
    c.add(new Command(car, "Privacy.applyRetention", (s, v) -> s.portal.careers.privacy().applyRetention(
        s.actor(v))));
    c.add(new Command(car, "VacancyDesk.draft", (s, v) -> s.portal.careers.vacancyDesk().draft(
        s.vacancyContent(v), s.actor(v))));
    c.add(new Command(car, "VacancyDesk.revise", (s, v) -> s.portal.careers.vacancyDesk().revise(build(() ->
        ReviseVacancy.builder().vacancy(s.vacancyId(v, 4)).content(s.vacancyContent(v)).build()), s.actor(v))));
    c.add(new Command(car, "VacancyDesk.publish", (s, v) -> s.portal.careers.vacancyDesk().publish(
        build(() -> VacancyStep.of(s.vacancyId(v, 0))), s.actor(v))));
    c.add(new Command(car, "VacancyDesk.close", (s, v) -> s.portal.careers.vacancyDesk().close(
        build(() -> VacancyStep.of(s.vacancyId(v, 0))), s.actor(v))));
    c.add(new Command(car, "VacancyDesk.finishCompetition", (s, v) -> s.portal.careers.vacancyDesk()
        .finishCompetition(build(() -> VacancyStep.of(s.vacancyId(v, 0))), s.actor(v))));
    c.add(new Command(car, "VacancyDesk.cancel", (s, v) -> s.portal.careers.vacancyDesk().cancel(
        build(() -> VacancyStep.of(s.vacancyId(v, 0))), s.actor(v))));
    c.add(new Command(car, "VacancyDesk.closeDue", (s, v) -> s.portal.careers.vacancyDesk().closeDue(s.actor(v))));
    c.add(new Command(car, "VacancyDesk.vacancies", (s, v) -> s.portal.careers.vacancyDesk().vacancies(
        build(() -> org.memberportal.careers.vacancy.VacancyQuery.builder()
            .addAllStatuses(Optional.ofNullable(choice(org.memberportal.careers.vacancy.VacancyStatus.class, v, 0))
                .stream().toList()).page(v.i(1))
            .size(v.i(2)).build()), s.actor(v))));
    c.add(new Command(car, "VacancyDesk.vacancy", (s, v) -> s.portal.careers.vacancyDesk().vacancy(
        build(() -> java.util.Objects.requireNonNull(s.vacancyId(v, 0))), s.actor(v))));
    c.add(new Command(car, "JobAlerts.unsubscribe", (s, v) -> s.portal.careers.jobAlerts().unsubscribe(
        build(() -> Unsubscribe.of(s.alertId(v, 0))), s.actor(v))));
    c.add(new Command(car, "ApplicationDesk.startDraft", (s, v) -> s.portal.careers.applicationDesk().startDraft(
        build(() -> Apply.to(s.vacancyId(v, 0))), s.actor(v))));
    c.add(new Command(car, "ApplicationDesk.saveDraft", (s, v) -> s.portal.careers.applicationDesk().saveDraft(
        build(() -> SaveDraft.builder().application(s.applicationId(v, 0)).coverLetter(Optional.ofNullable(v.s(0)))
            .build()), s.actor(v))));
    c.add(new Command(car, "ApplicationDesk.submit", (s, v) -> s.portal.careers.applicationDesk().submit(
        s.applicationStep(v), s.actor(v))));
    c.add(new Command(car, "ApplicationDesk.deleteDraft", (s, v) -> s.portal.careers.applicationDesk().deleteDraft(
        s.applicationStep(v), s.actor(v))));
    c.add(new Command(car, "ApplicationDesk.withdraw", (s, v) -> s.portal.careers.applicationDesk().withdraw(
        s.applicationStep(v), s.actor(v))));
    c.add(new Command(car, "ApplicationDesk.move", (s, v) -> s.portal.careers.applicationDesk().move(
        s.applicationStep(v), choice(ApplicationAction.class, v, 3), s.actor(v))));
    c.add(new Command(car, "ApplicationDesk.applicationsTo", (s, v) -> s.portal.careers.applicationDesk()
        .applicationsTo(build(() -> java.util.Objects.requireNonNull(s.vacancyId(v, 0))), s.actor(v))));
    c.add(new Command(car, "ApplicationDesk.application", (s, v) -> s.portal.careers.applicationDesk().application(
        build(() -> java.util.Objects.requireNonNull(s.applicationId(v, 0))), s.actor(v))));
    c.add(new Command(car, "ApplicationDesk.ownApplication", (s, v) -> s.portal.careers.applicationDesk()
        .ownApplication(build(() -> java.util.Objects.requireNonNull(s.applicationId(v, 0))), s.actor(v))));
  }

  /** The second factors' commands: a holder's own account half of the time, codes and answers hostile. */
  private static void secondFactors(List<Command> c) {
    String acc = "account-core";
    c.add(new Command(acc, "SecondFactors.factorsOf", (s, v) -> s.factors().factorsOf(
        build(() -> java.util.Objects.requireNonNull(s.factorAccount(v, 0))))));
    c.add(new Command(acc, "SecondFactors.status", (s, v) -> s.factors().status(s.factorAccount(v, 0),
        s.actor(v))));
    c.add(new Command(acc, "SecondFactors.reauthenticate", (s, v) -> s.factors().reauthenticate(build(() ->
        PasswordProof.builder().account(s.factorAccount(v, 0)).password(v.pick(1) % 2 == 0
            ? Secret.of(Portal.PASSWORD) : secret(v, 1)).build()), s.actor(v))));
    c.add(new Command(acc, "SecondFactors.startTotp", (s, v) -> s.factors().startTotp(s.factorAccount(v, 0),
        s.actor(v))));
    c.add(new Command(acc, "SecondFactors.confirmTotp", (s, v) -> s.factors().confirmTotp(s.codeCommand(v),
        s.actor(v))));
    c.add(new Command(acc, "SecondFactors.removeTotp", (s, v) -> s.factors().removeTotp(s.factorAccount(v, 0),
        s.actor(v))));
    c.add(new Command(acc, "SecondFactors.verifyTotp", (s, v) -> s.factors().verifyTotp(s.codeCommand(v),
        s.actor(v))));
    c.add(new Command(acc, "SecondFactors.useRecoveryCode", (s, v) -> s.factors().useRecoveryCode(
        s.codeCommand(v), s.actor(v))));
    c.add(new Command(acc, "SecondFactors.renewRecoveryCodes", (s, v) -> s.factors().renewRecoveryCodes(
        s.factorAccount(v, 0), s.actor(v))));
    c.add(new Command(acc, "SecondFactors.startPasskeyRegistration", (s, v) -> s.factors()
        .startPasskeyRegistration(s.factorAccount(v, 0), s.actor(v))));
    c.add(new Command(acc, "SecondFactors.finishPasskeyRegistration", (s, v) -> s.factors()
        .finishPasskeyRegistration(s.attestation(v), s.actor(v))));
    c.add(new Command(acc, "SecondFactors.startPasskeySignIn", (s, v) -> s.factors().startPasskeySignIn(
        s.factorAccount(v, 0), s.actor(v))));
    c.add(new Command(acc, "SecondFactors.finishPasskeySignIn", (s, v) -> s.factors().finishPasskeySignIn(
        s.assertion(v), s.actor(v))));
    c.add(new Command(acc, "SecondFactors.removePasskey", (s, v) -> s.factors().removePasskey(build(() ->
        PasskeyRemoval.builder().account(s.factorAccount(v, 0)).passkey(s.passkeyId(v, 1)).build()), s.actor(v))));
    c.add(new Command(acc, "SecondFactors.renamePasskey", (s, v) -> s.factors().renamePasskey(build(() ->
        PasskeyRename.builder().account(s.factorAccount(v, 0)).passkey(s.passkeyId(v, 1))
            .name(v.pick(2) % 2 == 0 ? "phone" : v.s(0)).build()), s.actor(v))));
  }

  private static Publication publication(HostileScene s, Hostile.Values v) {
    Publication.Builder b = Publication.builder();
    if (v.pick(2) % 2 == 0) {
      EntryId id = s.entryId(v, 3);
      if (id != null) {
        b.id(id);
      }
    }
    return b.title(v.s(0)).venue(v.pick(4) % 2 == 0 ? "ITU Journal" : v.s(1)).year(v.pick(5) % 2 == 0 ? 2021
        : v.i(0)).build();
  }

  private static DecideTiesRequest tiesDecision(HostileScene s, Hostile.Values v) {
    return build(() -> DecideTiesRequest.builder().account(s.account(v, 0)).reason(Optional.ofNullable(v.s(0)))
        .expectedVersion(Optional.ofNullable(v.pick(1) % 2 == 0 ? null : v.l(0))).build());
  }

  private static OperatorDecision decision(HostileScene s, Hostile.Values v) {
    return build(() -> OperatorDecision.builder().account(s.account(v, 0)).reason(v.s(0)).build());
  }

  private static RegisterOrganisation registration(Hostile.Values v) {
    return build(() -> {
      RegisterOrganisation.Builder b = RegisterOrganisation.builder();
      b.name(v.s(0)).membershipType(choice(MembershipType.class, v, 0))
          .country(v.pick(1) % 2 == 0 ? "CH" : v.s(1)).address(Optional.ofNullable(v.s(2)))
          .website(Optional.ofNullable(v.s(3)));
      if (v.s(4) != null) {
        b.addSectors(v.s(4));
      }
      return b.build();
    });
  }

  private static ReviewOrganisation review(HostileScene s, Hostile.Values v) {
    return build(() -> ReviewOrganisation.builder().organisation(s.organisation(v, 0))
        .mergeInto(Optional.ofNullable(v.pick(1) % 2 == 0 ? s.organisation(v, 1) : null))
        .reason(Optional.ofNullable(v.s(0))).build());
  }

  private static DecideAffiliation decide(HostileScene s, Hostile.Values v) {
    return build(() -> DecideAffiliation.builder().affiliation(s.affiliationId(v, 0))
        .reason(Optional.ofNullable(v.s(0)))
        .expectedVersion(Optional.ofNullable(v.pick(1) % 2 == 0 ? null : v.l(0))).build());
  }
}
