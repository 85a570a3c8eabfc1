/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.Transformer;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.alert.SubscribeToAlerts;
import org.memberportal.careers.alert.Unsubscribe;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationId;
import org.memberportal.careers.application.ApplicationStatus;
import org.memberportal.careers.application.ApplicationStep;
import org.memberportal.careers.application.Apply;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.candidate.CandidateAccountStatus;
import org.memberportal.careers.candidate.CandidateForgotPassword;
import org.memberportal.careers.candidate.CandidateResetPassword;
import org.memberportal.careers.candidate.CandidateSignIn;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.CreateCandidateAccount;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.candidate.VerifyCandidateEmail;
import org.memberportal.careers.privacy.ConsentScope;
import org.memberportal.careers.privacy.DeleteProfile;
import org.memberportal.careers.privacy.GiveConsent;
import org.memberportal.careers.privacy.WithdrawConsent;
import org.memberportal.careers.profile.AddEntry;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileEntry;
import org.memberportal.careers.profile.RemoveEntry;
import org.memberportal.careers.profile.SetAddress;
import org.memberportal.careers.profile.SetContractInformation;
import org.memberportal.careers.profile.SetPersonalInformation;
import org.memberportal.careers.testkit.ProfileFixtures;
import org.memberportal.careers.testkit.VacancyFixtures;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyStep;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Secret;

/**
 * The careers steps of the cross-module chain ({@link PortalChainProperties}): candidates sign up, verify, sign in,
 * recover, fill their profile, apply, withdraw, subscribe to alerts and ask for erasure; recruiters open, close,
 * finish and cancel vacancies and move applications; random actors try the same. The careers invariants are checked
 * after every step with the others.
 */
final class CareersActions {

  static final List<String> CANDIDATE_EMAILS = List.of("cara@example.org", "deniz@example.org",
      "fola@example.org", "gita@example.org");

  private CareersActions() {}

  private static Arbitrary<String> email() {
    return Arbitraries.of(CANDIDATE_EMAILS);
  }

  private static void run(PortalChainProperties.Model s, String action, Supplier<Object> command) {
    s.step(action, () -> s.attempt(action, command));
  }

  /**
   * The candidate with this address, or (before sign-up or after erasure) an unknown candidate, whose commands
   * are refused: a step all the same.
   */
  private static CandidateId candidateOf(PortalChainProperties.Model s, String email) {
    return s.candidate(email).map(CandidateAccount::id).orElseGet(CandidateId::random);
  }

  /** Somebody who is not meant to act, now and then: a recruiter, an operator, an anonymous visitor, a candidate. */
  private static Actor intruder(PortalChainProperties.Model s, int who) {
    return switch (who % 4) {
      case 0 -> s.recruiter;
      case 1 -> s.portal.operator;
      case 2 -> Actor.anonymous();
      default -> Candidate.of(CandidateId.random());
    };
  }

  private static Secret lastCode(PortalChainProperties.Model s, String email, String kind, boolean wrong) {
    List<String> codes = s.portal.mails().stream().filter(n -> n.recipient().equals(EmailAddress.of(email))
        && n.kind().equals(kind)).map(n -> n.parameters().get(CareersAccounts.CODE)).filter(Objects::nonNull)
        .toList();
    String code = codes.isEmpty() || wrong ? "000000" : codes.get(codes.size() - 1);
    Evidence.secret(code);
    return Secret.of(code);
  }

  static final class SignUp implements Action.Independent<PortalChainProperties.Model> {
    @Override
    public Arbitrary<Transformer<PortalChainProperties.Model>> transformer() {
      return email().map(e -> Transformer.mutate("candidate sign-up " + e, s -> {
        String password = Portal.newPassword();
        if (s.candidate(e).isEmpty()) {
          s.candidatePasswords.put(e, password);
        }
        run(s, "careers sign up", () -> s.portal.careers.careersAccounts().createAccount(CreateCandidateAccount
            .builder().email(e).firstName("Cara").lastName("Mensah").language(Locale.ENGLISH)
            .relation(StaffRelation.NONE).password(Secret.of(password)).passwordConfirmation(Secret.of(password))
            .build(), Actor.anonymous()));
      }));
    }
  }

  static final class Verify implements Action.Independent<PortalChainProperties.Model> {
    @Override
    public Arbitrary<Transformer<PortalChainProperties.Model>> transformer() {
      return Combinators.combine(email(), Arbitraries.integers().between(0, 4)).as((e, wrong) -> Transformer.mutate(
          "candidate verify " + e + (wrong == 0 ? " with a wrong code" : ""), s -> run(s, "careers verify",
              () -> s.portal.careers.careersAccounts().verifyEmail(VerifyCandidateEmail.builder().email(e)
                  .code(lastCode(s, e, CareersAccounts.VERIFICATION_CODE, wrong == 0)).build(), Actor.anonymous()))));
    }
  }

  static final class SignIn implements Action.Independent<PortalChainProperties.Model> {
    @Override
    public Arbitrary<Transformer<PortalChainProperties.Model>> transformer() {
      return Combinators.combine(email(), Arbitraries.of(true, false)).as((e, right) -> Transformer.mutate(
          "candidate sign in " + e + (right ? "" : " with a wrong password"), s -> run(s, "careers sign in",
              () -> s.portal.careers.careersAccounts().signIn(CandidateSignIn.builder().email(e).password(Secret.of(
                  right ? s.candidatePasswords.get(e) : "Wrong-Password-17!")).build(), Actor.anonymous()))));
    }
  }

  static final class Recover implements Action.Independent<PortalChainProperties.Model> {
    @Override
    public Arbitrary<Transformer<PortalChainProperties.Model>> transformer() {
      return email().map(e -> Transformer.mutate("candidate forgot and reset " + e, s -> run(s, "careers recover",
          () -> {
            s.portal.attempt("careers forgot", () -> s.portal.careers.careersAccounts().forgotPassword(
                CandidateForgotPassword.builder().email(e).build(), Actor.anonymous()));
            String password = Portal.newPassword();
            Portal.Attempt<Object> reset = s.portal.attempt("careers reset", () -> s.portal.careers
                .careersAccounts().resetPassword(CandidateResetPassword.builder().email(e)
                    .code(lastCode(s, e, CareersAccounts.RESET_CODE, false)).password(Secret.of(password))
                    .passwordConfirmation(Secret.of(password)).build(), Actor.anonymous()));
            if (reset.succeeded()) {
              s.candidatePasswords.put(e, password);
            }
            return reset.value().orElseGet(() -> {
              throw reset.failure().orElseThrow();
            });
          })));
    }
  }

  private static long version(PortalChainProperties.Model s, CandidateId id) {
    return s.portal.profileStore.find(id).map(Profile::version).orElse(0L);
  }

  /** One edit of a candidate's profile: a section set, an entry added or removed, by the candidate or another. */
  static final class EditProfile implements Action.Independent<PortalChainProperties.Model> {
    @Override
    public Arbitrary<Transformer<PortalChainProperties.Model>> transformer() {
      return Combinators.combine(email(), Arbitraries.integers().between(0, 13), Arbitraries.integers().between(0, 19))
          .as((e, edit, who) -> Transformer.mutate("profile edit " + edit + " of " + e + " by " + who,
              s -> run(s, "careers profile", () -> {
                CandidateId id = candidateOf(s, e);
                Actor actor = who < 17 ? Candidate.of(id) : intruder(s, who);
                var profiles = s.portal.careers.candidateProfiles();
                long v = version(s, id);
                Profile complete = ProfileFixtures.complete(id);
                return switch (edit) {
                  case 0 -> profiles.setPersonalInformation(SetPersonalInformation.builder().candidate(id)
                      .expectedVersion(v).value(complete.personalInformation().orElseThrow()).build(), actor);
                  case 1 -> profiles.setAddress(SetAddress.builder().candidate(id).expectedVersion(v)
                      .value(complete.address().orElseThrow()).build(), actor);
                  case 2 -> profiles.setContractInformation(SetContractInformation.builder().candidate(id)
                      .expectedVersion(v).value(complete.contractInformation().orElseThrow()).build(), actor);
                  case 12 -> {
                    List<ProfileEntry> entries = s.portal.profileStore.find(id).map(Profile::entries).orElse(List.of());
                    yield entries.isEmpty() ? profiles.profile(id, actor) : profiles.removeEntry(RemoveEntry.builder()
                        .candidate(id).expectedVersion(v).entry(entries.get(who % entries.size()).id()).build(), actor);
                  }
                  case 13 -> profiles.addEntry(AddEntry.builder().candidate(id).expectedVersion(v - 1)
                      .entry(ProfileFixtures.paper()).build(), actor);
                  default -> profiles.addEntry(AddEntry.builder().candidate(id).expectedVersion(v)
                      .entry(complete.entries().get((edit - 3) % complete.entries().size())).build(), actor);
                };
              })));
    }
  }

  /** A recruiter (or someone else) opens, closes, finishes or cancels a vacancy, or the deadline tick runs. */
  static final class VacancyMove implements Action.Independent<PortalChainProperties.Model> {
    @Override
    public Arbitrary<Transformer<PortalChainProperties.Model>> transformer() {
      return Combinators.combine(Arbitraries.of("open", "open", "close", "finish", "cancel", "close due"),
          Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 19)).as((move, pick, who) ->
          Transformer.mutate(move + " vacancy #" + pick + " by " + who, s -> run(s, "vacancy " + move, () -> {
            Actor actor = who < 17 ? s.recruiter : intruder(s, who);
            var desk = s.portal.careers.vacancyDesk();
            if (move.equals("open") || s.vacancies.isEmpty()) {
              Vacancy draft = desk.draft(VacancyFixtures.regularHeadquartersPost(s.portal.clock.instant()).build(),
                  s.recruiter).value();
              s.vacancies.add(draft.id());
              return desk.publish(VacancyStep.of(draft.id()), actor);
            }
            VacancyStep step = VacancyStep.of(s.vacancies.get(pick % s.vacancies.size()));
            return switch (move) {
              case "close" -> desk.close(step, actor);
              case "finish" -> desk.finishCompetition(step, actor);
              case "cancel" -> desk.cancel(step, actor);
              default -> desk.closeDue(who < 10 ? Actor.system("vacancies") : actor);
            };
          })));
    }
  }

  /** A candidate applies to a vacancy, at once or through a draft submitted later. */
  static final class ApplyTo implements Action.Independent<PortalChainProperties.Model> {
    @Override
    public Arbitrary<Transformer<PortalChainProperties.Model>> transformer() {
      return Combinators.combine(email(), Arbitraries.integers().between(0, 30), Arbitraries.of(true, false))
          .as((e, pick, draft) -> Transformer.mutate(e + (draft ? " starts a draft to" : " applies to") + " vacancy #"
              + pick, s -> run(s, draft ? "careers draft" : "careers apply", () -> {
                Actor candidate = Candidate.of(candidateOf(s, e));
                Apply apply = Apply.to(s.vacancies.isEmpty() ? VacancyId.random()
                    : s.vacancies.get(pick % s.vacancies.size()));
                return draft ? s.portal.careers.applicationDesk().startDraft(apply, candidate)
                    : s.portal.careers.applicationDesk().apply(apply, candidate);
              })));
    }
  }

  static List<Application> applications(PortalChainProperties.Model s) {
    List<Application> out = new ArrayList<>();
    s.vacancies.forEach(v -> out.addAll(s.portal.applicationStore.ofVacancy(v)));
    return out;
  }

  /** A recruiter moves an application; the candidate submits, withdraws or deletes their own; others try. */
  static final class ApplicationMove implements Action.Independent<PortalChainProperties.Model> {
    @Override
    public Arbitrary<Transformer<PortalChainProperties.Model>> transformer() {
      return Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.of(ApplicationAction.values()),
          Arbitraries.integers().between(0, 19)).as((pick, action, who) -> Transformer.mutate(action
              + " application #" + pick + " by " + who, s -> {
                List<Application> all = applications(s);
                if (all.isEmpty()) {
                  run(s, "application " + action.name().toLowerCase(Locale.ROOT), () -> s.portal.careers
                      .applicationDesk().move(ApplicationStep.of(ApplicationId.random()), action, s.recruiter));
                  return;
                }
                Application a = all.get(pick % all.size());
                var desk = s.portal.careers.applicationDesk();
                Actor owner = Candidate.of(a.candidate());
                Actor actor = who >= 17 ? intruder(s, who) : action == ApplicationAction.WITHDRAW
                    || action == ApplicationAction.SUBMIT ? owner : s.recruiter;
                run(s, "application " + action.name().toLowerCase(Locale.ROOT), () -> switch (action) {
                  case SUBMIT -> who % 3 == 0 ? desk.deleteDraft(ApplicationStep.of(a.id()), actor)
                      : desk.submit(ApplicationStep.of(a.id()), actor);
                  case WITHDRAW -> desk.withdraw(ApplicationStep.because(a.id(), "personal-reasons"), actor);
                  default -> desk.move(ApplicationStep.of(a.id()), action, actor);
                });
              }));
    }
  }

  static final class Alerts implements Action.Independent<PortalChainProperties.Model> {
    @Override
    public Arbitrary<Transformer<PortalChainProperties.Model>> transformer() {
      return Combinators.combine(email(), Arbitraries.of(true, false)).as((e, subscribe) -> Transformer.mutate(
          e + (subscribe ? " subscribes to" : " unsubscribes from") + " job alerts", s -> run(s,
              subscribe ? "alert subscribe" : "alert unsubscribe", () -> {
                var alerts = s.portal.careers.jobAlerts();
                Actor candidate = Candidate.of(candidateOf(s, e));
                if (subscribe) {
                  return alerts.subscribe(SubscribeToAlerts.builder().criteria(AlertCriteria.any()).build(), candidate);
                }
                List<JobAlert> held = alerts.alerts(candidate);
                return alerts.unsubscribe(Unsubscribe.of(held.isEmpty() ? AlertId.random() : held.get(0).id()),
                    candidate);
              })));
    }
  }

  /** Consent given or withdrawn, or the candidate's erasure (rarely). */
  static final class PrivacyMove implements Action.Independent<PortalChainProperties.Model> {
    @Override
    public Arbitrary<Transformer<PortalChainProperties.Model>> transformer() {
      return Combinators.combine(email(), Arbitraries.integers().between(0, 9)).as((e, move) -> Transformer.mutate(
          "privacy move " + move + " of " + e, s -> run(s, move == 0 ? "erasure" : "consent", () -> {
                CandidateId a = candidateOf(s, e);
                Actor actor = Candidate.of(a);
                var privacy = s.portal.careers.privacy();
                ConsentScope scope = ConsentScope.values()[move % ConsentScope.values().length];
                return switch (move) {
                  case 0 -> privacy.deleteProfile(DeleteProfile.builder().candidate(a).build(), actor);
                  case 1, 2, 3, 4 -> privacy.giveConsent(GiveConsent.builder().candidate(a).scope(scope).build(),
                      actor);
                  default -> privacy.withdrawConsent(WithdrawConsent.builder().candidate(a).scope(scope)
                      .build(), actor);
                };
              })));
    }
  }

  // ---------------------------------------------------------------------------------------------- invariants

  static void oneLiveApplication(PortalChainProperties.Model m) {
    Map<String, Long> live = applications(m).stream().filter(a -> a.status().live())
        .collect(Collectors.groupingBy(a -> a.candidate() + "/" + a.vacancy(), Collectors.counting()));
    assertThat(live).allSatisfy((k, n) -> assertThat(n).as("live applications %s", k).isEqualTo(1L));
  }

  static void noDraftOnShutVacancy(PortalChainProperties.Model m) {
    for (VacancyId id : m.vacancies) {
      VacancyStatus status = m.portal.vacancyStore.find(id).orElseThrow().status();
      if (EnumSet.of(VacancyStatus.CLOSED, VacancyStatus.CANCELLED, VacancyStatus.COMPETITION_FINISHED)
          .contains(status)) {
        assertThat(m.portal.applicationStore.ofVacancy(id)).as("applications to %s vacancy %s", status, id)
            .noneMatch(a -> a.status() == ApplicationStatus.DRAFT);
      }
    }
  }

  static void noPipelineAfterFinish(PortalChainProperties.Model m) {
    for (VacancyId id : m.vacancies) {
      if (m.portal.vacancyStore.find(id).orElseThrow().status() == VacancyStatus.COMPETITION_FINISHED) {
        assertThat(m.portal.applicationStore.ofVacancy(id)).as("applications to finished vacancy %s", id)
            .noneMatch(a -> a.status().inPipeline());
      }
    }
  }

  static void erasureIsComplete(PortalChainProperties.Model m) {
    for (CandidateId id : m.candidatesCreated) {
      if (m.portal.candidateStore.find(id).isEmpty()) {
        assertThat(m.portal.alertStore.ofCandidate(id)).as("alerts of erased %s", id).isEmpty();
        assertThat(m.portal.profileStore.find(id)).as("profile of erased %s", id).isEmpty();
        assertThat(m.portal.applicationStore.ofCandidate(id)).as("applications of erased %s", id)
            .allMatch(a -> a.email().isEmpty() && a.status() != ApplicationStatus.DRAFT && !a.status().inPipeline());
      }
    }
  }

  static void candidateActivation(PortalChainProperties.Model m) {
    for (String e : CANDIDATE_EMAILS) {
      m.candidate(e).filter(a -> a.status() == CandidateAccountStatus.ACTIVE).map(CandidateAccount::id)
          .ifPresent(id -> assertThat(m.candidatesActivated).as("activation of candidate %s", id).contains(id));
    }
  }
}
