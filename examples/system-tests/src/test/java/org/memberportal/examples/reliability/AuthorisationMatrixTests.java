/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.ChangeEmail;
import org.memberportal.account.ChangePassword;
import org.memberportal.account.ConfirmEmailChange;
import org.memberportal.account.FindAccounts;
import org.memberportal.account.ForgotPassword;
import org.memberportal.account.OperatorDecision;
import org.memberportal.account.ResendCode;
import org.memberportal.account.ResetPassword;
import org.memberportal.account.SignIn;
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
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.LeaveOrganisation;
import org.memberportal.affiliation.membership.RemoveAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.membership.WithdrawRequest;
import org.memberportal.affiliation.organisation.DirectoryQuery;
import org.memberportal.affiliation.organisation.EnterOrganisation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.affiliation.organisation.ReviewOrganisation;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.Recruiter;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.alert.SubscribeToAlerts;
import org.memberportal.careers.alert.Unsubscribe;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationStep;
import org.memberportal.careers.application.Apply;
import org.memberportal.careers.application.CandidateApplication;
import org.memberportal.careers.application.SaveDraft;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.candidate.CandidateAccountStatus;
import org.memberportal.careers.candidate.CandidateForgotPassword;
import org.memberportal.careers.candidate.CandidateResetPassword;
import org.memberportal.careers.candidate.CandidateSignIn;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.ChangeCandidatePassword;
import org.memberportal.careers.candidate.CreateCandidateAccount;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.candidate.VerifyCandidateEmail;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.privacy.ConsentScope;
import org.memberportal.careers.privacy.DeleteProfile;
import org.memberportal.careers.privacy.GiveConsent;
import org.memberportal.careers.privacy.WithdrawConsent;
import org.memberportal.careers.profile.AddEntry;
import org.memberportal.careers.profile.DeclareNoRelatives;
import org.memberportal.careers.profile.EntryId;
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
import org.memberportal.careers.talent.TalentQuery;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.careers.testkit.VacancyFixtures;
import org.memberportal.careers.vacancy.ReviseVacancy;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PortalException;
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
 * One matrix over every command of every module and every relation an actor can have to the command's subject.
 * The intended cells are written here, from the modules' docs; the suite runs every cell on a fresh portal and
 * fails when an allowed cell is not intended (or an intended one is refused), when a refusal is not
 * {@code not-allowed}, and when a refused cell changes any store, the event log or the outbox. The module's
 * own matrices (account-core {@code AuthorisationTests}, affiliation-core {@code AuthorisationMatrixTests}) test
 * each module with its own fixtures; this one is the whole library on one host, with the actors of every module.
 */
class AuthorisationMatrixTests {

  /** The actor's relation to the subject of the command. */
  enum Relation {
    ANONYMOUS("anonymous"), HOLDER("holder / requester"), OTHER_USER("other user"), TIES_FP("TIES FP"),
    ITU_FP("ITU FP"), FP_OF_OTHER_ORG("FP of another org"), OPERATOR("operator"), SYSTEM("system"),
    CANDIDATE("candidate"), OTHER_CANDIDATE("other candidate"), RECRUITER("recruiter");

    final String label;

    Relation(String label) {
      this.label = label;
    }
  }

  private static final Set<Relation> EVERYONE = EnumSet.allOf(Relation.class);
  private static final Set<Relation> VISITORS = EnumSet.of(Relation.ANONYMOUS, Relation.HOLDER, Relation.OTHER_USER,
      Relation.TIES_FP, Relation.ITU_FP, Relation.FP_OF_OTHER_ORG);
  private static final Set<Relation> ACCOUNT_HOLDERS = EnumSet.of(Relation.HOLDER, Relation.OTHER_USER,
      Relation.TIES_FP, Relation.ITU_FP, Relation.FP_OF_OTHER_ORG);
  /** Reads the library itself may make (a policy of another module asking on behalf of the system). */
  private static final Set<Relation> READERS = EnumSet.of(Relation.HOLDER, Relation.TIES_FP, Relation.ITU_FP,
      Relation.OPERATOR, Relation.SYSTEM);
  private static final Set<Relation> FOCAL_POINTS = EnumSet.of(Relation.TIES_FP, Relation.ITU_FP);

  /** A portal where every relation has somebody. */
  static final class Scene {
    final Portal portal = new Portal();
    final Portal.Staffed org = portal.staffed("Swisscom");
    final Organisation other = portal.organisation("Orange", MembershipType.SECTOR_MEMBER);
    final AccountSummary otherItu = portal.activeAccount("orange-itu");
    final AccountSummary holder = portal.activeAccount("holder");
    final AccountSummary otherUser = portal.activeAccount("other");
    final Actor operator = portal.operator;
    Affiliation subject;
    Secret code;
    String holderEmail = holder.email().display();

    Scene() {
      portal.appoint(other, FocalPointRole.ITU, otherItu);
    }

    Actor actor(Relation r) {
      return switch (r) {
        case ANONYMOUS -> Actor.anonymous();
        case HOLDER -> Portal.as(holder);
        case OTHER_USER -> Portal.as(otherUser);
        case TIES_FP -> Portal.as(org.ties());
        case ITU_FP -> Portal.as(org.itu());
        case FP_OF_OTHER_ORG -> Portal.as(otherItu);
        case OPERATOR -> operator;
        case SYSTEM -> Actor.system("scheduler");
        case CANDIDATE -> Candidate.of(candidate != null ? candidate : new CandidateId(UUID.randomUUID()));
        case OTHER_CANDIDATE -> Candidate.of(otherCandidate != null ? otherCandidate
            : new CandidateId(UUID.randomUUID()));
        case RECRUITER -> recruiter;
      };
    }

    final Recruiter recruiter = Recruiter.of(new StaffId(UUID.randomUUID()));
    CandidateId candidate;
    CandidateId otherCandidate;
    Vacancy vacancy;
    CandidateApplication application;
    String candidateEmail;

    /** A candidate (the subject) and another, each with a careers account and a complete profile, and an open vacancy. */
    void careers() {
      candidateEmail = Portal.uniqueEmail("candidate");
      candidate = careersCandidate(candidateEmail);
      otherCandidate = careersCandidate(Portal.uniqueEmail("other-candidate"));
      vacancy = published();
    }

    /** A vacancy drafted, not yet published. */
    void draftedVacancy() {
      careers();
      vacancy = portal.careers.vacancyDesk().draft(VacancyFixtures.regularHeadquartersPost(portal.clock.instant())
          .build(), recruiter).value();
    }

    Vacancy published() {
      Vacancy draft = portal.careers.vacancyDesk().draft(VacancyFixtures.regularHeadquartersPost(
          portal.clock.instant()).build(), recruiter).value();
      return portal.careers.vacancyDesk().publish(VacancyStep.of(draft.id()), recruiter).value();
    }

    /** The candidate applied to the vacancy. */
    void applied() {
      careers();
      application = portal.careers.applicationDesk().apply(Apply.to(vacancy.id()), Candidate.of(candidate))
          .value();
    }

    /** The candidate has a draft application to the vacancy. */
    void draftApplication() {
      careers();
      application = portal.careers.applicationDesk().startDraft(Apply.to(vacancy.id()), Candidate.of(candidate))
          .value();
    }

    /** The careers scene, with the subject candidate signed up (with the fixture's password) but not verified. */
    void candidateAwaitingVerification() {
      careers();
      candidateEmail = Portal.uniqueEmail("candidate-signed-up");
      portal.careers.careersAccounts().createAccount(CreateCandidateAccount.builder().email(candidateEmail)
          .firstName("Lena").lastName("Petrova").language(java.util.Locale.ENGLISH).relation(StaffRelation.CONSULTANT)
          .password(Secret.of(Portal.PASSWORD)).passwordConfirmation(Secret.of(Portal.PASSWORD)).build(),
          Actor.anonymous());
      code = portal.lastCode(candidateEmail, CareersAccounts.VERIFICATION_CODE);
      candidate = portal.candidateStore.findByEmail(EmailAddress.of(candidateEmail)).orElseThrow().id();
    }

    /** The careers scene, with the subject candidate signed up with the fixture's password and verified. */
    void candidateWithPassword() {
      candidateAwaitingVerification();
      portal.careers.careersAccounts().verifyEmail(VerifyCandidateEmail.builder().email(candidateEmail).code(code)
          .build(), Actor.anonymous());
    }

    /** The subject candidate asked for a password-reset code. */
    void candidateResetRequested() {
      candidateWithPassword();
      portal.careers.careersAccounts().forgotPassword(CandidateForgotPassword.builder().email(candidateEmail)
          .build(), Actor.anonymous());
      code = portal.lastCode(candidateEmail, CareersAccounts.RESET_CODE);
    }

    /** The subject candidate's profile lists no relative (so "none" may be declared). */
    void noRelativesListed() {
      careers();
      for (ProfileEntry e : portal.profileStore.find(candidate).orElseThrow().entries(Section.RELATIVES)) {
        portal.careers.candidateProfiles().removeEntry(RemoveEntry.builder().candidate(candidate)
            .expectedVersion(version(candidate)).entry(e.id()).build(), Candidate.of(candidate));
      }
    }

    /** The id of the subject candidate's first entry in a section. */
    EntryId entryId(Section section) {
      return portal.profileStore.find(candidate).orElseThrow().entries(section).get(0).id();
    }

    /** The subject candidate consented to the first scope. */
    void consented() {
      careers();
      portal.careers.privacy().giveConsent(GiveConsent.builder().candidate(candidate)
          .scope(ConsentScope.values()[0]).build(), Candidate.of(candidate));
    }

    JobAlert alert;

    /** The subject candidate subscribed to job alerts. */
    void subscribed() {
      careers();
      alert = portal.careers.jobAlerts().subscribe(SubscribeToAlerts.builder().criteria(AlertCriteria.any()).build(),
          Candidate.of(candidate)).value();
    }

    /** The vacancy was published, then closed. */
    void closedVacancy() {
      careers();
      portal.careers.vacancyDesk().close(VacancyStep.of(vacancy.id()), recruiter);
    }

    Secret handOverToken;

    /** The organisation's TIES focal point prepared a hand-over of the seat to the holder. */
    void handOverPrepared() {
      tiesActive();
      handOverToken = portal.ties.focalPoints().prepare(PrepareTiesHandOver.builder()
          .organisation(org.organisation().id()).successor(holder.id()).build(), Portal.as(org.ties())).value()
          .token();
      Evidence.secret(handOverToken.reveal());
    }

    private CandidateId careersCandidate(String email) {
      CandidateId id = new CandidateId(UUID.randomUUID());
      portal.host.command(() -> {
        portal.candidateStore.add(CandidateAccount.builder().id(id).email(EmailAddress.of(email)).firstName("Test")
            .lastName("Candidate").language(java.util.Locale.ENGLISH).relation(StaffRelation.CONSULTANT)
            .status(CandidateAccountStatus.ACTIVE).createdAt(portal.clock.instant()).version(1).build());
        return new Outcome<>(id, List.of());
      });
      fill(id, ProfileFixtures.complete(id));
      return id;
    }

    private long version(CandidateId id) {
      return portal.profileStore.find(id).map(Profile::version).orElse(0L);
    }

    private void fill(CandidateId id, Profile content) {
      Actor actor = Candidate.of(id);
      var profiles = portal.careers.candidateProfiles();
      content.personalInformation().ifPresent(v -> profiles.setPersonalInformation(SetPersonalInformation.builder()
          .candidate(id).expectedVersion(version(id)).value(v).build(), actor));
      content.address().ifPresent(v -> profiles.setAddress(SetAddress.builder().candidate(id)
          .expectedVersion(version(id)).value(v).build(), actor));
      if (content.noRelativesDeclared()) {
        profiles.declareNoRelatives(DeclareNoRelatives.builder().candidate(id).expectedVersion(version(id)).build(),
            actor);
      }
      for (ProfileEntry e : content.entries()) {
        profiles.addEntry(AddEntry.builder().candidate(id).expectedVersion(version(id)).entry(e).build(), actor);
      }
      content.contractInformation().ifPresent(v -> profiles.setContractInformation(SetContractInformation.builder()
          .candidate(id).expectedVersion(version(id)).value(v).build(), actor));
    }

    void pending() {
      subject = portal.request(holder, org.organisation());
    }

    void approved() {
      pending();
      portal.affiliation.affiliations().approve(DecideAffiliation.builder().affiliation(subject.id()).build(),
          Portal.as(org.itu()));
    }

    /** The holder's address changes back to unverified: a fresh sign-up with a code. */
    void unverifiedHolder() {
      holderEmail = Portal.uniqueEmail("fresh");
      portal.accounts.signUp(portal.signUpForm(holderEmail, Portal.PASSWORD), Actor.anonymous());
      code = portal.lastCode(holderEmail, AccountNotifications.VERIFICATION_CODE);
    }

    void resetRequested() {
      portal.accounts.forgotPassword(ForgotPassword.builder().email(holderEmail).build(), Actor.anonymous());
      code = portal.lastCode(holderEmail, AccountNotifications.RESET_CODE);
    }

    void emailChangeRequested() {
      String next = Portal.uniqueEmail("next");
      portal.accounts.changeEmail(ChangeEmail.builder().account(holder.id()).newEmail(next)
          .currentPassword(Secret.of(Portal.PASSWORD)).build(), Portal.as(holder));
      code = portal.lastCode(next, AccountNotifications.EMAIL_CHANGE_CODE);
    }

    /** The holder is an approved member with a TIES request waiting. */
    void tiesRequested() {
      approved();
      portal.ties.access().request(RequestTiesAccess.builder().account(holder.id()).build(), Portal.as(holder));
    }

    /** The holder is an approved member with active TIES access. */
    void tiesActive() {
      approved();
      portal.ties.access().assign(AssignTiesAccess.builder().account(holder.id()).build(), Portal.as(org.ties()));
    }

    /** The other organisation's ITU focal point is an approved member of it; its TIES seat is vacant. */
    void vacantTiesSeat() {
      seatCandidate = portal.activeAccount("seat");
      Affiliation a = portal.request(seatCandidate, other);
      portal.affiliation.affiliations().approve(DecideAffiliation.builder().affiliation(a.id()).build(),
          Portal.as(otherItu));
    }

    AccountSummary seatCandidate;

    void suspended() {
      portal.accounts.suspend(OperatorDecision.builder().account(holder.id()).reason("audit").build(), operator);
    }

    void staleSignUp() {
      portal.accounts.signUp(portal.signUpForm(Portal.uniqueEmail("stale"), Portal.PASSWORD), Actor.anonymous());
      portal.clock.advance(Duration.ofDays(8));
    }

    /** The passkey the holder registers: its credential, as the test kit's {@code FakeCeremony} reads it. */
    static final String CREDENTIAL = "holder-laptop";

    AuthenticatorKey totpKey;
    List<Secret> recoveryCodes;
    PasskeyOptions passkeyOptions;
    PasskeyId passkey;

    SecondFactors factors() {
      return portal.accounts.secondFactors();
    }

    /** The holder proved their password again, as adding or removing a factor needs. */
    void reauthenticated() {
      factors().reauthenticate(PasswordProof.builder().account(holder.id()).password(Secret.of(Portal.PASSWORD))
          .build(), Portal.as(holder));
    }

    /** The holder started setting up an authenticator app. */
    void totpStarted() {
      reauthenticated();
      totpKey = factors().startTotp(holder.id(), Portal.as(holder)).value();
      Evidence.secret(totpKey.key().reveal());
      Evidence.secret(totpKey.uri().reveal());
    }

    /** The app's code now. */
    Secret totpCode() {
      return Totp.codeAt(totpKey.key(), portal.clock.instant());
    }

    /** The holder set up an authenticator app half a minute ago (its first code is spent), with recovery codes. */
    void totpEnrolled() {
      totpStarted();
      recoveryCodes = factors().confirmTotp(FactorCode.builder().account(holder.id()).code(totpCode()).build(),
          Portal.as(holder)).value().recoveryCodes();
      recoveryCodes.forEach(c -> Evidence.secret(c.reveal()));
      portal.clock.advance(Duration.ofSeconds(Totp.PERIOD_SECONDS));
    }

    /** The holder started registering a passkey. */
    void passkeyRegistrationStarted() {
      reauthenticated();
      passkeyOptions = factors().startPasskeyRegistration(holder.id(), Portal.as(holder)).value();
    }

    /** The browser's answer to the registration started. */
    PasskeyAttestation attestation() {
      return PasskeyAttestation.builder().account(holder.id()).challengeId(passkeyOptions.challengeId())
          .name("laptop").clientDataJson(passkeyOptions.challenge()).attestationObject(CREDENTIAL).build();
    }

    /** The holder registered a passkey. */
    void passkeyRegistered() {
      passkeyRegistrationStarted();
      factors().finishPasskeyRegistration(attestation(), Portal.as(holder));
      passkey = factors().status(holder.id(), Portal.as(holder)).passkeys().get(0).id();
    }

    /** The holder, signed in with the password, started the second step with their passkey. */
    void passkeySignInStarted() {
      passkeyRegistered();
      passkeyOptions = factors().startPasskeySignIn(holder.id(), Portal.as(holder)).value();
    }

    /** The browser's answer to the sign-in started. */
    PasskeyAssertion assertion() {
      return PasskeyAssertion.builder().account(holder.id()).challengeId(passkeyOptions.challengeId())
          .credentialId(CREDENTIAL).clientDataJson(passkeyOptions.challenge()).authenticatorData("data")
          .signature("1").build();
    }

    Organisation entered;

    void enteredOrganisation() {
      entered = portal.affiliation.organisations().enter(EnterOrganisation.builder().name("Garage Telecom")
          .country("CH").build(), Portal.as(otherUser)).value();
    }
  }

  /**
   * One command: its module, its name in the table, the public method it calls ({@code Service.method}, checked
   * against the services by {@code CoverageTests}), its setting, its call, and who is meant to run it.
   */
  record Command(String module, String name, String method, Consumer<Scene> setUp,
      BiFunction<Scene, Actor, Object> run, Set<Relation> intended) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Consumer<Scene> none() {
    return s -> { };
  }

  static List<Command> commands() {
    String acc = "account-core";
    String aff = "affiliation-core";
    List<Command> c = new ArrayList<>();
    c.add(new Command(acc, "sign up", "UserAccounts.signUp", none(), (s, a) -> s.portal.accounts.signUp(
        s.portal.signUpForm(Portal.uniqueEmail("new"), Portal.PASSWORD), a), VISITORS));
    c.add(new Command(acc, "verify email", "UserAccounts.verifyEmail", Scene::unverifiedHolder, (s, a) -> s.portal.accounts.verifyEmail(
        VerifyEmail.builder().email(s.holderEmail).code(s.code).build(), a), VISITORS));
    c.add(new Command(acc, "resend code", "UserAccounts.resendCode", Scene::unverifiedHolder, (s, a) -> s.portal.accounts.resendCode(
        ResendCode.builder().email(s.holderEmail).build(), a), VISITORS));
    c.add(new Command(acc, "sign in", "UserAccounts.signIn", none(), (s, a) -> s.portal.accounts.signIn(SignIn.builder()
        .email(s.holderEmail).password(Secret.of(Portal.PASSWORD)).build(), a), VISITORS));
    c.add(new Command(acc, "forgot password", "UserAccounts.forgotPassword", none(), (s, a) -> s.portal.accounts.forgotPassword(
        ForgotPassword.builder().email(s.holderEmail).build(), a), VISITORS));
    c.add(new Command(acc, "reset password", "UserAccounts.resetPassword", Scene::resetRequested, (s, a) -> s.portal.accounts.resetPassword(
        ResetPassword.builder().email(s.holderEmail).code(s.code).password(Secret.of(AccountFixtures.OTHER_PASSWORD))
            .passwordConfirmation(Secret.of(AccountFixtures.OTHER_PASSWORD)).build(), a), VISITORS));
    c.add(new Command(acc, "change password", "UserAccounts.changePassword", none(), (s, a) -> s.portal.accounts.changePassword(
        ChangePassword.builder().account(s.holder.id()).currentPassword(Secret.of(Portal.PASSWORD))
            .password(Secret.of(AccountFixtures.OTHER_PASSWORD))
            .passwordConfirmation(Secret.of(AccountFixtures.OTHER_PASSWORD)).build(), a), EnumSet.of(Relation.HOLDER)));
    c.add(new Command(acc, "update details", "UserAccounts.updateDetails", none(), (s, a) -> s.portal.accounts.updateDetails(
        UpdateDetails.builder().account(s.holder.id()).firstName("Ada").lastName("King").gender("female")
            .professionalRole("engineer").preferredLanguage("en").build(), a),
        EnumSet.of(Relation.HOLDER, Relation.OPERATOR)));
    c.add(new Command(acc, "change email", "UserAccounts.changeEmail", none(), (s, a) -> s.portal.accounts.changeEmail(ChangeEmail.builder()
        .account(s.holder.id()).newEmail(Portal.uniqueEmail("moved")).currentPassword(Secret.of(Portal.PASSWORD))
        .build(), a), EnumSet.of(Relation.HOLDER)));
    c.add(new Command(acc, "confirm email change", "UserAccounts.confirmEmailChange", Scene::emailChangeRequested, (s, a) -> s.portal.accounts
        .confirmEmailChange(ConfirmEmailChange.builder().account(s.holder.id()).code(s.code).build(), a),
        EnumSet.of(Relation.HOLDER)));
    c.add(new Command(acc, "import account", "UserAccounts.importAccount", none(), (s, a) -> s.portal.accounts.importAccount(
        AccountFixtures.importAccount(Portal.uniqueEmail("migrated")), a),
        EnumSet.of(Relation.OPERATOR, Relation.SYSTEM)));
    c.add(new Command(acc, "account to import", "UserAccounts.accountToImport", none(), (s, a) -> s.portal.accounts
        .accountToImport(AccountFixtures.importAccount(Portal.uniqueEmail("migrated")), a, java.time.Instant.EPOCH),
        EnumSet.of(Relation.OPERATOR, Relation.SYSTEM)));
    c.add(new Command(acc, "suspend account", "UserAccounts.suspend", none(), (s, a) -> s.portal.accounts.suspend(OperatorDecision.builder()
        .account(s.holder.id()).reason("abuse").build(), a), EnumSet.of(Relation.OPERATOR)));
    c.add(new Command(acc, "reactivate account", "UserAccounts.reactivate", Scene::suspended, (s, a) -> s.portal.accounts.reactivate(
        OperatorDecision.builder().account(s.holder.id()).reason("cleared").build(), a),
        EnumSet.of(Relation.OPERATOR)));
    c.add(new Command(acc, "close account", "UserAccounts.close", none(), (s, a) -> s.portal.accounts.close(OperatorDecision.builder()
        .account(s.holder.id()).reason("asked").build(), a), EnumSet.of(Relation.OPERATOR)));
    c.add(new Command(acc, "expire unverified sign-ups", "UserAccounts.expireUnverified", Scene::staleSignUp, (s, a) -> s.portal.accounts
        .expireUnverified(a), EnumSet.of(Relation.SYSTEM)));
    c.add(new Command(acc, "look accounts up", "UserAccounts.findAccounts", none(), (s, a) -> s.portal.accounts
        .findAccounts(FindAccounts.builder().email(s.holderEmail).build(), a), EnumSet.of(Relation.OPERATOR)));
    c.add(new Command(acc, "read audit trail", "UserAccounts.auditTrail", none(), (s, a) -> s.portal.accounts.auditTrail(s.holder.id(), a),
        EnumSet.of(Relation.HOLDER, Relation.OPERATOR)));
    // the second factors: every command is the signed-in holder's own (SecondFactors' Javadoc)
    Set<Relation> own = EnumSet.of(Relation.HOLDER);
    c.add(new Command(acc, "second factors' status", "SecondFactors.status", none(), (s, a) -> s.factors()
        .status(s.holder.id(), a), own));
    c.add(new Command(acc, "re-authenticate", "SecondFactors.reauthenticate", none(), (s, a) -> s.factors()
        .reauthenticate(PasswordProof.builder().account(s.holder.id()).password(Secret.of(Portal.PASSWORD)).build(),
            a), own));
    c.add(new Command(acc, "start authenticator app", "SecondFactors.startTotp", Scene::reauthenticated,
        (s, a) -> s.factors().startTotp(s.holder.id(), a), own));
    c.add(new Command(acc, "confirm authenticator app", "SecondFactors.confirmTotp", Scene::totpStarted,
        (s, a) -> s.factors().confirmTotp(FactorCode.builder().account(s.holder.id()).code(s.totpCode()).build(), a),
        own));
    c.add(new Command(acc, "remove authenticator app", "SecondFactors.removeTotp", Scene::totpEnrolled,
        (s, a) -> s.factors().removeTotp(s.holder.id(), a), own));
    c.add(new Command(acc, "second step: app code", "SecondFactors.verifyTotp", Scene::totpEnrolled,
        (s, a) -> s.factors().verifyTotp(FactorCode.builder().account(s.holder.id()).code(s.totpCode()).build(), a),
        own));
    c.add(new Command(acc, "second step: recovery code", "SecondFactors.useRecoveryCode", Scene::totpEnrolled,
        (s, a) -> s.factors().useRecoveryCode(FactorCode.builder().account(s.holder.id())
            .code(s.recoveryCodes.get(0)).build(), a), own));
    c.add(new Command(acc, "renew recovery codes", "SecondFactors.renewRecoveryCodes", Scene::totpEnrolled,
        (s, a) -> s.factors().renewRecoveryCodes(s.holder.id(), a), own));
    c.add(new Command(acc, "start passkey registration", "SecondFactors.startPasskeyRegistration",
        Scene::reauthenticated, (s, a) -> s.factors().startPasskeyRegistration(s.holder.id(), a), own));
    c.add(new Command(acc, "finish passkey registration", "SecondFactors.finishPasskeyRegistration",
        Scene::passkeyRegistrationStarted, (s, a) -> s.factors().finishPasskeyRegistration(s.attestation(), a), own));
    c.add(new Command(acc, "second step: start passkey", "SecondFactors.startPasskeySignIn", Scene::passkeyRegistered,
        (s, a) -> s.factors().startPasskeySignIn(s.holder.id(), a), own));
    c.add(new Command(acc, "second step: passkey", "SecondFactors.finishPasskeySignIn", Scene::passkeySignInStarted,
        (s, a) -> s.factors().finishPasskeySignIn(s.assertion(), a), own));
    c.add(new Command(acc, "remove passkey", "SecondFactors.removePasskey", Scene::passkeyRegistered,
        (s, a) -> s.factors().removePasskey(PasskeyRemoval.builder().account(s.holder.id()).passkey(s.passkey)
            .build(), a), own));
    c.add(new Command(acc, "rename passkey", "SecondFactors.renamePasskey", Scene::passkeyRegistered,
        (s, a) -> s.factors().renamePasskey(PasskeyRename.builder().account(s.holder.id()).passkey(s.passkey)
            .name("work laptop").build(), a), own));

    c.add(new Command(aff, "search directory", "Organisations.search", none(), (s, a) -> s.portal.affiliation.organisations().search(
        DirectoryQuery.builder().build(), a), EVERYONE));
    c.add(new Command(aff, "register organisation", "Organisations.register", none(), (s, a) -> s.portal.affiliation.organisations().register(
        RegisterOrganisation.builder().name("New Org").membershipType(MembershipType.ACADEMIA).country("FR").build(),
        a), EnumSet.of(Relation.OPERATOR)));
    c.add(new Command(aff, "import directory seed", "Organisations.importSeed", none(), (s, a) -> s.portal.affiliation.organisations()
        .importSeed(List.of(RegisterOrganisation.builder().name("Seeded").membershipType(MembershipType.ACADEMIA)
            .country("FR").build()), a), EnumSet.of(Relation.OPERATOR)));
    c.add(new Command(aff, "enter organisation", "Organisations.enter", none(), (s, a) -> s.portal.affiliation.organisations().enter(
        EnterOrganisation.builder().name("Garage Labs").country("CH").build(), a), ACCOUNT_HOLDERS));
    c.add(new Command(aff, "list organisations awaiting review", "Organisations.awaitingReview", none(), (s, a) -> s.portal.affiliation
        .organisations().awaitingReview(a), EnumSet.of(Relation.OPERATOR)));
    c.add(new Command(aff, "approve entered organisation", "Organisations.approve", Scene::enteredOrganisation, (s, a) -> s.portal.affiliation
        .organisations().approve(ReviewOrganisation.builder().organisation(s.entered.id()).build(), a),
        EnumSet.of(Relation.OPERATOR)));
    c.add(new Command(aff, "reject entered organisation", "Organisations.reject", Scene::enteredOrganisation, (s, a) -> s.portal.affiliation
        .organisations().reject(ReviewOrganisation.builder().organisation(s.entered.id()).build(), a),
        EnumSet.of(Relation.OPERATOR)));
    c.add(new Command(aff, "merge entered organisation", "Organisations.merge", Scene::enteredOrganisation, (s, a) -> s.portal.affiliation
        .organisations().merge(ReviewOrganisation.builder().organisation(s.entered.id()).mergeInto(s.other.id()).build(), a),
        EnumSet.of(Relation.OPERATOR)));
    c.add(new Command(aff, "appoint ITU focal point", "FocalPoints.appoint", none(), (s, a) -> s.portal.affiliation.focalPoints().appoint(
        AppointFocalPoint.builder().organisation(s.org.organisation().id()).seat(FocalPointRole.ITU)
            .account(s.otherUser.id()).build(), a), EnumSet.of(Relation.OPERATOR)));
    c.add(new Command(aff, "hand over TIES focal point", "FocalPoints.handOverTies", Scene::tiesActive, (s, a) -> s.portal.affiliation
        .focalPoints().handOverTies(HandOverTiesFocalPoint.builder().organisation(s.org.organisation().id())
            .successor(s.holder.id()).build(), a), EnumSet.of(Relation.OPERATOR)));
    c.add(new Command(aff, "roles of the actor", "FocalPoints.rolesOf", none(), (s, a) -> s.portal.affiliation
        .focalPoints().rolesOf(a, s.org.organisation().id()), EVERYONE));
    c.add(new Command(aff, "request affiliation", "Affiliations.request", none(), (s, a) -> s.portal.affiliation.affiliations().request(
        RequestAffiliation.builder().account(s.holder.id()).organisation(s.org.organisation().id()).build(), a),
        EnumSet.of(Relation.HOLDER)));
    c.add(new Command(aff, "approve affiliation", "Affiliations.approve", Scene::pending, (s, a) -> s.portal.affiliation.affiliations()
        .approve(DecideAffiliation.builder().affiliation(s.subject.id()).build(), a), FOCAL_POINTS));
    c.add(new Command(aff, "reject affiliation", "Affiliations.reject", Scene::pending, (s, a) -> s.portal.affiliation.affiliations()
        .reject(DecideAffiliation.builder().affiliation(s.subject.id()).build(), a), FOCAL_POINTS));
    c.add(new Command(aff, "withdraw request", "Affiliations.withdraw", Scene::pending, (s, a) -> s.portal.affiliation.affiliations()
        .withdraw(WithdrawRequest.builder().affiliation(s.subject.id()).build(), a), EnumSet.of(Relation.HOLDER)));
    c.add(new Command(aff, "remove affiliation", "Affiliations.remove", Scene::approved, (s, a) -> s.portal.affiliation.affiliations()
        .remove(RemoveAffiliation.builder().affiliation(s.subject.id()).build(), a),
        EnumSet.of(Relation.TIES_FP, Relation.ITU_FP, Relation.OPERATOR)));
    c.add(new Command(aff, "leave organisation", "Affiliations.leave", Scene::approved, (s, a) -> s.portal.affiliation.affiliations()
        .leave(LeaveOrganisation.builder().affiliation(s.subject.id()).build(), a), EnumSet.of(Relation.HOLDER)));
    c.add(new Command(aff, "view request", "Affiliations.get", Scene::pending, (s, a) -> s.portal.affiliation.affiliations()
        .get(s.subject.id(), a), READERS));
    c.add(new Command(aff, "affiliation history", "Affiliations.historyOf", Scene::pending, (s, a) -> s.portal.affiliation.affiliations()
        .historyOf(s.holder.id(), a), EnumSet.of(Relation.HOLDER, Relation.OPERATOR, Relation.SYSTEM)));
    c.add(new Command(aff, "may represent", "Affiliations.mayRepresent", Scene::approved, (s, a) -> s.portal.affiliation.affiliations()
        .mayRepresent(s.holder.id(), s.org.organisation().id(), a), READERS));
    c.add(new Command(aff, "manage my users", "ManageMyUsers.list", Scene::pending, (s, a) -> s.portal.affiliation.manageMyUsers().list(
        RosterQuery.builder().organisation(s.org.organisation().id()).build(), a),
        EnumSet.of(Relation.TIES_FP, Relation.ITU_FP, Relation.OPERATOR)));
    c.add(new Command(aff, "reminder tick", "Reminders.tick", Scene::pending, (s, a) -> s.portal.affiliation.reminders().tick(a),
        EnumSet.of(Relation.OPERATOR, Relation.SYSTEM)));
    String ties = "ties-core";
    c.add(new Command(ties, "request TIES access", "TiesAccess.request", Scene::approved, (s, a) -> s.portal.ties.access().request(
        RequestTiesAccess.builder().account(s.holder.id()).build(), a), EnumSet.of(Relation.HOLDER)));
    c.add(new Command(ties, "approve TIES request", "TiesAccess.approve", Scene::tiesRequested, (s, a) -> s.portal.ties.access().approve(
        DecideTiesRequest.builder().account(s.holder.id()).build(), a), FOCAL_POINTS));
    c.add(new Command(ties, "reject TIES request", "TiesAccess.reject", Scene::tiesRequested, (s, a) -> s.portal.ties.access().reject(
        DecideTiesRequest.builder().account(s.holder.id()).build(), a), FOCAL_POINTS));
    c.add(new Command(ties, "cancel TIES request", "TiesAccess.cancel", Scene::tiesRequested, (s, a) -> s.portal.ties.access().cancel(
        CancelTiesRequest.builder().account(s.holder.id()).build(), a), EnumSet.of(Relation.HOLDER)));
    c.add(new Command(ties, "assign TIES access", "TiesAccess.assign", Scene::approved, (s, a) -> s.portal.ties.access().assign(
        AssignTiesAccess.builder().account(s.holder.id()).build(), a),
        EnumSet.of(Relation.TIES_FP, Relation.ITU_FP, Relation.SYSTEM)));
    c.add(new Command(ties, "remove TIES access", "TiesAccess.remove", Scene::tiesActive, (s, a) -> s.portal.ties.access().remove(
        RemoveTiesAccess.builder().account(s.holder.id()).build(), a),
        EnumSet.of(Relation.TIES_FP, Relation.ITU_FP, Relation.OPERATOR)));
    c.add(new Command(ties, "prepare TIES hand-over", "TiesFocalPoints.prepare", Scene::tiesActive, (s, a) -> s.portal.ties.focalPoints()
        .prepare(PrepareTiesHandOver.builder().organisation(s.org.organisation().id()).successor(s.holder.id())
            .build(), a), FOCAL_POINTS));
    c.add(new Command(ties, "appoint TIES focal point (vacant seat)", "TiesFocalPoints.appoint", Scene::vacantTiesSeat, (s, a) -> s.portal.ties
        .focalPoints().appoint(AppointTiesFocalPoint.builder().organisation(s.other.id()).account(s.seatCandidate.id())
            .build(), a), EnumSet.of(Relation.OPERATOR)));
    c.add(new Command(ties, "confirm TIES hand-over", "TiesFocalPoints.confirm", Scene::handOverPrepared,
        (s, a) -> s.portal.ties.focalPoints().confirm(ConfirmTiesHandOver.builder().token(s.handOverToken).build(), a),
        EnumSet.of(Relation.TIES_FP)));
    c.add(new Command(ties, "TIES access of an account", "TiesAccess.of", Scene::tiesActive, (s, a) -> s.portal.ties
        .access().of(s.holder.id(), a), READERS));
    c.add(new Command(ties, "is TIES active", "TiesAccess.isActive", Scene::tiesActive, (s, a) -> s.portal.ties
        .access().isActive(s.holder.id(), a), EnumSet.of(Relation.HOLDER, Relation.OPERATOR, Relation.SYSTEM)));
    c.add(new Command(ties, "TIES users of an organisation", "TiesAccess.inOrganisation", Scene::tiesActive,
        (s, a) -> s.portal.ties.access().inOrganisation(s.org.organisation().id(), EnumSet.allOf(TiesState.class), a),
        EnumSet.of(Relation.TIES_FP, Relation.ITU_FP, Relation.OPERATOR, Relation.SYSTEM)));
    c.add(new Command(ties, "my requests", "MyRequests.of", Scene::tiesRequested, (s, a) -> s.portal.ties.myRequests().of(
        s.holder.id(), a), EnumSet.of(Relation.HOLDER, Relation.OPERATOR)));
    careers(c);
    return c;
  }

  private static final Set<Relation> CANDIDATES = EnumSet.of(Relation.CANDIDATE, Relation.OTHER_CANDIDATE);

  /** The careers commands, with the relations careers-core's own matrices and docs give them. */
  private static void careers(List<Command> c) {
    String car = "careers-core";
    Set<Relation> anonymous = EnumSet.of(Relation.ANONYMOUS);
    c.add(new Command(car, "create candidate account", "CareersAccounts.createAccount", none(), (s, a) -> s.portal.careers.careersAccounts()
        .createAccount(CreateCandidateAccount.builder().email(Portal.uniqueEmail("applicant")).firstName("Lena")
            .lastName("Petrova").language(java.util.Locale.ENGLISH).relation(StaffRelation.CONSULTANT)
            .password(Secret.of(Portal.PASSWORD)).passwordConfirmation(Secret.of(Portal.PASSWORD)).build(), a),
        anonymous));
    c.add(new Command(car, "candidate sign in", "CareersAccounts.signIn", Scene::careers, (s, a) -> s.portal.careers.careersAccounts()
        .signIn(CandidateSignIn.builder().email(s.candidateEmail).password(Secret.of(Portal.PASSWORD)).build(), a),
        anonymous));
    c.add(new Command(car, "candidate forgot password", "CareersAccounts.forgotPassword", Scene::careers, (s, a) -> s.portal.careers
        .careersAccounts().forgotPassword(CandidateForgotPassword.builder().email(s.candidateEmail).build(), a),
        anonymous));
    c.add(new Command(car, "candidate resend code", "CareersAccounts.resendCode", Scene::candidateAwaitingVerification,
        (s, a) -> s.portal.careers.careersAccounts().resendCode(
            org.memberportal.careers.candidate.ResendCandidateCode.builder().email(s.candidateEmail).build(), a),
        anonymous));
    c.add(new Command(car, "candidate verify email", "CareersAccounts.verifyEmail", Scene::candidateAwaitingVerification,
        (s, a) -> s.portal.careers.careersAccounts().verifyEmail(VerifyCandidateEmail.builder().email(s.candidateEmail)
            .code(s.code).build(), a), anonymous));
    c.add(new Command(car, "candidate reset password", "CareersAccounts.resetPassword", Scene::candidateResetRequested,
        (s, a) -> s.portal.careers.careersAccounts().resetPassword(CandidateResetPassword.builder()
            .email(s.candidateEmail).code(s.code).password(Secret.of(AccountFixtures.OTHER_PASSWORD))
            .passwordConfirmation(Secret.of(AccountFixtures.OTHER_PASSWORD)).build(), a), anonymous));
    c.add(new Command(car, "candidate change password", "CareersAccounts.changePassword", Scene::candidateWithPassword,
        (s, a) -> s.portal.careers.careersAccounts().changePassword(ChangeCandidatePassword.builder()
            .candidate(s.candidate).currentPassword(Secret.of(Portal.PASSWORD))
            .password(Secret.of(AccountFixtures.OTHER_PASSWORD))
            .passwordConfirmation(Secret.of(AccountFixtures.OTHER_PASSWORD)).build(), a), EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "set personal information", "CandidateProfiles.setPersonalInformation", Scene::careers,
        (s, a) -> s.portal.careers.candidateProfiles().setPersonalInformation(SetPersonalInformation.builder()
            .candidate(s.candidate).expectedVersion(s.version(s.candidate)).value(ProfileFixtures.personal()).build(),
            a), EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "set contract information", "CandidateProfiles.setContractInformation", Scene::careers,
        (s, a) -> s.portal.careers.candidateProfiles().setContractInformation(SetContractInformation.builder()
            .candidate(s.candidate).expectedVersion(s.version(s.candidate))
            .value(ProfileFixtures.openToConsultancies()).build(), a), EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "add profile entry", "CandidateProfiles.addEntry", Scene::careers, (s, a) -> s.portal
        .careers.candidateProfiles().addEntry(AddEntry.builder().candidate(s.candidate)
            .expectedVersion(s.version(s.candidate)).entry(ProfileFixtures.paper()).build(), a),
        EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "update profile entry", "CandidateProfiles.updateEntry", Scene::careers, (s, a) -> s.portal
        .careers.candidateProfiles().updateEntry(UpdateEntry.builder().candidate(s.candidate)
            .expectedVersion(s.version(s.candidate)).entry(Publication.builder().id(s.entryId(Section.PUBLICATIONS))
                .title("Revised title").venue("ITU Journal").year(2022).build()).build(), a),
        EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "remove profile entry", "CandidateProfiles.removeEntry", Scene::careers, (s, a) -> s.portal
        .careers.candidateProfiles().removeEntry(RemoveEntry.builder().candidate(s.candidate)
            .expectedVersion(s.version(s.candidate)).entry(s.entryId(Section.PUBLICATIONS)).build(), a),
        EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "remove profile section", "CandidateProfiles.removeSection", Scene::careers, (s, a) -> s.portal
        .careers.candidateProfiles().removeSection(RemoveSection.builder().candidate(s.candidate)
            .expectedVersion(s.version(s.candidate)).section(Section.ADDRESS).build(), a),
        EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "declare no relatives", "CandidateProfiles.declareNoRelatives", Scene::noRelativesListed,
        (s, a) -> s.portal.careers.candidateProfiles().declareNoRelatives(DeclareNoRelatives.builder()
            .candidate(s.candidate).expectedVersion(s.version(s.candidate)).build(), a), EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "profile snapshot for an application", "CandidateProfiles.snapshot", Scene::careers,
        (s, a) -> s.portal.careers.candidateProfiles().snapshot(s.candidate, a),
        EnumSet.of(Relation.CANDIDATE, Relation.SYSTEM)));
    c.add(new Command(car, "set profile address", "CandidateProfiles.setAddress", Scene::careers, (s, a) -> s.portal.careers.candidateProfiles()
        .setAddress(SetAddress.builder().candidate(s.candidate).expectedVersion(s.version(s.candidate))
            .value(ProfileFixtures.complete(s.candidate).address().orElseThrow()).build(), a),
        EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "read candidate profile", "CandidateProfiles.profile", Scene::careers, (s, a) -> s.portal.careers
        .candidateProfiles().profile(s.candidate, a), EnumSet.of(Relation.CANDIDATE, Relation.RECRUITER,
        Relation.SYSTEM)));
    c.add(new Command(car, "profile completeness", "CandidateProfiles.completeness", Scene::careers, (s, a) -> s.portal.careers
        .candidateProfiles().completeness(s.candidate, a), EnumSet.of(Relation.CANDIDATE, Relation.RECRUITER,
        Relation.SYSTEM)));
    c.add(new Command(car, "export candidate data", "Privacy.export", Scene::careers, (s, a) -> s.portal.careers.privacy()
        .export(s.candidate, a), EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "give consent", "Privacy.giveConsent", Scene::careers, (s, a) -> s.portal.careers.privacy().giveConsent(
        GiveConsent.builder().candidate(s.candidate).scope(ConsentScope.values()[0]).build(), a),
        EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "withdraw consent", "Privacy.withdrawConsent", Scene::consented, (s, a) -> s.portal.careers
        .privacy().withdrawConsent(WithdrawConsent.builder().candidate(s.candidate).scope(ConsentScope.values()[0])
            .build(), a), EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "may share outside", "Privacy.mayShareOutside", Scene::careers, (s, a) -> s.portal.careers.privacy()
        .mayShareOutside(s.candidate, a), EnumSet.of(Relation.CANDIDATE, Relation.RECRUITER, Relation.SYSTEM)));
    c.add(new Command(car, "delete candidate profile", "Privacy.deleteProfile", Scene::careers, (s, a) -> s.portal.careers.privacy()
        .deleteProfile(DeleteProfile.builder().candidate(s.candidate).build(), a), EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "apply retention", "Privacy.applyRetention", Scene::careers, (s, a) -> s.portal.careers.privacy()
        .applyRetention(a), EnumSet.of(Relation.SYSTEM)));
    c.add(new Command(car, "draft vacancy", "VacancyDesk.draft", Scene::careers, (s, a) -> s.portal.careers.vacancyDesk().draft(
        VacancyFixtures.regularHeadquartersPost(s.portal.clock.instant()).build(), a),
        EnumSet.of(Relation.RECRUITER)));
    c.add(new Command(car, "publish vacancy", "VacancyDesk.publish", Scene::draftedVacancy, (s, a) -> s.portal.careers.vacancyDesk()
        .publish(VacancyStep.of(s.vacancy.id()), a), EnumSet.of(Relation.RECRUITER)));
    c.add(new Command(car, "revise vacancy", "VacancyDesk.revise", Scene::draftedVacancy, (s, a) -> s.portal.careers
        .vacancyDesk().revise(ReviseVacancy.builder().vacancy(s.vacancy.id()).content(VacancyFixtures
            .regularHeadquartersPost(s.portal.clock.instant()).build()).build(), a), EnumSet.of(Relation.RECRUITER)));
    // the vacancy workflow lets the library close a published vacancy (PUBLISHED -> CLOSED by RECRUITER or SYSTEM)
    c.add(new Command(car, "close vacancy", "VacancyDesk.close", Scene::careers, (s, a) -> s.portal.careers
        .vacancyDesk().close(VacancyStep.of(s.vacancy.id()), a), EnumSet.of(Relation.RECRUITER, Relation.SYSTEM)));
    c.add(new Command(car, "finish competition", "VacancyDesk.finishCompetition", Scene::closedVacancy,
        (s, a) -> s.portal.careers.vacancyDesk().finishCompetition(VacancyStep.of(s.vacancy.id()), a),
        EnumSet.of(Relation.RECRUITER)));
    c.add(new Command(car, "cancel vacancy", "VacancyDesk.cancel", Scene::careers, (s, a) -> s.portal.careers.vacancyDesk()
        .cancel(VacancyStep.of(s.vacancy.id()), a), EnumSet.of(Relation.RECRUITER)));
    c.add(new Command(car, "close due vacancies", "VacancyDesk.closeDue", Scene::careers, (s, a) -> s.portal.careers.vacancyDesk()
        .closeDue(a), EnumSet.of(Relation.RECRUITER, Relation.SYSTEM)));
    c.add(new Command(car, "read vacancy (desk)", "VacancyDesk.vacancy", Scene::careers, (s, a) -> s.portal.careers.vacancyDesk()
        .vacancy(s.vacancy.id(), a), EnumSet.of(Relation.RECRUITER)));
    c.add(new Command(car, "list vacancies (desk)", "VacancyDesk.vacancies", Scene::careers, (s, a) -> s.portal.careers
        .vacancyDesk().vacancies(org.memberportal.careers.vacancy.VacancyQuery.all(), a), EnumSet.of(Relation.RECRUITER)));
    c.add(new Command(car, "search job openings", "JobOpenings.search", Scene::careers, (s, a) -> s.portal.careers.jobOpenings()
        .search(OpeningQuery.all(), a), EVERYONE));
    c.add(new Command(car, "read job opening", "JobOpenings.opening", Scene::careers, (s, a) -> s.portal.careers.jobOpenings()
        .opening(s.vacancy.id(), a), EVERYONE));
    c.add(new Command(car, "subscribe to job alerts", "JobAlerts.subscribe", Scene::careers, (s, a) -> s.portal.careers.jobAlerts()
        .subscribe(SubscribeToAlerts.builder().criteria(AlertCriteria.any()).build(), a), CANDIDATES));
    c.add(new Command(car, "unsubscribe from job alerts", "JobAlerts.unsubscribe", Scene::subscribed, (s, a) -> s.portal
        .careers.jobAlerts().unsubscribe(Unsubscribe.of(s.alert.id()), a), EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "list job alerts", "JobAlerts.alerts", Scene::careers, (s, a) -> s.portal.careers.jobAlerts().alerts(a),
        CANDIDATES));
    c.add(new Command(car, "apply", "ApplicationDesk.apply", Scene::careers, (s, a) -> s.portal.careers.applicationDesk().apply(
        Apply.to(s.vacancy.id()), a), CANDIDATES));
    c.add(new Command(car, "start application draft", "ApplicationDesk.startDraft", Scene::careers, (s, a) -> s.portal.careers
        .applicationDesk().startDraft(Apply.to(s.vacancy.id()), a), CANDIDATES));
    c.add(new Command(car, "save application draft", "ApplicationDesk.saveDraft", Scene::draftApplication, (s, a) -> s.portal.careers
        .applicationDesk().saveDraft(SaveDraft.builder().application(s.application.id()).coverLetter("letter")
            .build(), a), EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "submit application draft", "ApplicationDesk.submit", Scene::draftApplication, (s, a) -> s.portal.careers
        .applicationDesk().submit(ApplicationStep.of(s.application.id()), a), EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "delete application draft", "ApplicationDesk.deleteDraft", Scene::draftApplication, (s, a) -> s.portal.careers
        .applicationDesk().deleteDraft(ApplicationStep.of(s.application.id()), a), EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "withdraw application", "ApplicationDesk.withdraw", Scene::applied, (s, a) -> s.portal.careers.applicationDesk()
        .withdraw(ApplicationStep.because(s.application.id(), "personal-reasons"), a),
        EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "move application", "ApplicationDesk.move", Scene::applied, (s, a) -> s.portal.careers.applicationDesk()
        .move(ApplicationStep.of(s.application.id()), ApplicationAction.START_SCREENING, a),
        EnumSet.of(Relation.RECRUITER)));
    c.add(new Command(car, "jobs applied", "ApplicationDesk.jobsApplied", Scene::applied, (s, a) -> s.portal.careers.applicationDesk()
        .jobsApplied(a), CANDIDATES));
    c.add(new Command(car, "vacancy applicants", "ApplicationDesk.applicationsTo", Scene::applied, (s, a) -> s.portal.careers.applicationDesk()
        .applicationsTo(s.vacancy.id(), a), EnumSet.of(Relation.RECRUITER)));
    c.add(new Command(car, "read application", "ApplicationDesk.application", Scene::applied, (s, a) -> s.portal.careers.applicationDesk()
        .application(s.application.id(), a), EnumSet.of(Relation.RECRUITER)));
    c.add(new Command(car, "read own application", "ApplicationDesk.ownApplication", Scene::applied, (s, a) -> s.portal
        .careers.applicationDesk().ownApplication(s.application.id(), a), EnumSet.of(Relation.CANDIDATE)));
    c.add(new Command(car, "talent search", "TalentSearch.search", Scene::careers, (s, a) -> s.portal.careers.talentSearch().search(
        TalentQuery.builder().build(), a), EnumSet.of(Relation.RECRUITER)));
  }

  /** What each cell did: "allowed", or the refusal's code. */
  private static final Map<String, Map<Relation, String>> OBSERVED = new ConcurrentHashMap<>();

  static Stream<Arguments> rows() {
    return commands().stream().map(Arguments::of);
  }

  /**
   * One row: the refused relations run first, one after the other on one portal (each must leave it exactly as
   * it was, so the next sees the same state), then each allowed relation on a fresh portal.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void onlyIntendedRelationsMayActAndRefusalsChangeNothing(Command command) {
    SoftAssertions softly = new SoftAssertions();
    Scene shared = new Scene();
    command.setUp().accept(shared);
    for (Relation relation : Relation.values()) {
      if (!command.intended().contains(relation)) {
        cell(command, relation, shared, softly);
      }
    }
    for (Relation relation : command.intended()) {
      Scene fresh = new Scene();
      command.setUp().accept(fresh);
      cell(command, relation, fresh, softly);
    }
    softly.assertAll();
  }

  /**
   * Cells where a core module has a known bug (KnownBugsTests), checked to still behave as found: when the bug is
   * fixed the cell fails here, and the entry goes.
   */
  private static final Map<String, String> KNOWN_BUGS = Map.of();

  private static void cell(Command command, Relation relation, Scene scene, SoftAssertions softly) {
    Actor actor = scene.actor(relation);
    StoreSnapshot before = scene.portal.snapshot();

    Portal.Attempt<Object> attempt = scene.portal.attempt(command.name(), () -> command.run().apply(scene, actor));
    scene.portal.audit();
    CELLS.incrementAndGet();

    OBSERVED.computeIfAbsent(command.name(), k -> new ConcurrentHashMap<>()).put(relation,
        attempt.succeeded() ? "allowed" : attempt.failure().orElseThrow().code() + " ("
            + attempt.failure().orElseThrow().reason() + ")");
    String bug = KNOWN_BUGS.get(command.name() + "/" + relation);
    if (bug != null) {
      softly.assertThat(attempt.failure().map(PortalException::code)).as("known bug in %s by %s still there",
          command, relation).contains(bug);
      softly.assertThat(before.differences(scene.portal.snapshot())).isEmpty();
      return;
    }
    if (command.intended().contains(relation)) {
      softly.assertThat(attempt.failure()).as("%s by %s is intended but was refused", command, relation).isEmpty();
      return;
    }
    softly.assertThat(attempt.succeeded()).as("%s by %s was allowed but is not intended", command, relation)
        .isFalse();
    attempt.failure().ifPresent(refusal -> softly.assertThat(refusal)
        .as("%s by %s: a refusal of authority says not-allowed", command, relation).isInstanceOf(NotAllowed.class));
    softly.assertThat(before.differences(scene.portal.snapshot()))
        .as("%s by %s was refused but changed state", command, relation).isEmpty();
  }

  private static final java.util.concurrent.atomic.AtomicLong CELLS = new java.util.concurrent.atomic.AtomicLong();

  /** The matrix as Markdown: one row per command, one column per relation. */
  static String table(Map<String, Map<Relation, String>> cells) {
    StringBuilder md = new StringBuilder("| module | command |");
    for (Relation r : Relation.values()) {
      md.append(' ').append(r.label).append(" |");
    }
    md.append("\n|---|---|").append(":-:|".repeat(Relation.values().length)).append('\n');
    for (Command c : commands()) {
      md.append("| ").append(c.module()).append(" | ").append(c.name()).append(" |");
      for (Relation r : Relation.values()) {
        String seen = cells.getOrDefault(c.name(), Map.of()).get(r);
        String mark = seen == null ? "?" : seen.equals("allowed") ? "yes" : seen.startsWith("not-allowed") ? "-"
            : "**" + seen + "**";
        md.append(' ').append(mark).append(" |");
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** The intended matrix, as written above (the test compares it to what ran). */
  static Map<String, Map<Relation, String>> intended() {
    Map<String, Map<Relation, String>> out = new LinkedHashMap<>();
    for (Command c : commands()) {
      Map<Relation, String> row = new LinkedHashMap<>();
      for (Relation r : Relation.values()) {
        String bug = KNOWN_BUGS.get(c.name() + "/" + r);
        row.put(r, c.intended().contains(r) ? "allowed" : bug != null ? bug + " (host.unavailable)" : "not-allowed");
      }
      out.put(c.name(), row);
    }
    return out;
  }

  @Test
  void theDocsShowTheIntendedMatrix() throws IOException {
    if (!Files.exists(Report.docs())) {
      return;
    }
    String docs = Files.readString(Report.docs(), StandardCharsets.UTF_8);
    assertThat(docs).as("docs/RELIABILITY.md is stale: regenerate it with -Dreliability.docs=true")
        .contains(table(intended()));
  }

  @AfterAll
  static void report() {
    long cells = OBSERVED.values().stream().mapToLong(Map::size).sum();
    long allowed = OBSERVED.values().stream().flatMap(m -> m.values().stream()).filter("allowed"::equals).count();
    String md = "## Authorisation\n\n"
        + "Every command of every module (" + commands().size() + ") by every relation an actor can have to its "
        + "subject (" + Relation.values().length + "), each cell on a fresh portal: **" + cells + " cells**, "
        + allowed + " allowed, " + (cells - allowed) + " refused. \"yes\" = the command ran; \"-\" = refused with "
        + "`not-allowed`. The build fails when an allowed cell is not intended, an intended cell is refused, a "
        + "refusal is not `not-allowed`, or a refused cell changes any store, the event log or the outbox "
        + "(deep comparison).\n\n"
        + "Relations: *holder / requester* is the account the command is about (or the requester of the "
        + "affiliation); *TIES FP* and *ITU FP* are the focal points of the subject's organisation; *FP of another "
        + "org* is the ITU focal point of a different organisation; *candidate* is the Careers candidate the command "
        + "is about (the owner of the profile, consent or application), *other candidate* another signed-in "
        + "candidate with a careers account and a complete profile, *recruiter* a Careers recruiter (staff); "
        + "*system* is a host-run process. Visitor flows (sign-up, verification, sign-in, recovery) accept any "
        + "visitor, signed in or not, and refuse staff and processes; the Careers visitor flows (candidate sign-up, "
        + "sign-in, recovery) accept only anonymous visitors.\n\n"
        + table(OBSERVED) + "\n"
        + "Held: every cell as intended (the build fails otherwise), including the careers rows; no refused cell "
        + "changed state. `CoverageTests` checks by reflection that every public method of every service that "
        + "takes an actor has a row here. One cell was found allowed that the command's Javadoc does not name: "
        + "*close vacancy* by the system; careers-core's vacancy workflow grants `PUBLISHED -> CLOSED` to "
        + "recruiters and the system (the deadline closes a vacancy), so the matrix intends it.\n";
    Report.section("2-authorisation", md);
    assertThat(Evidence.hits()).isEmpty();
  }
}
