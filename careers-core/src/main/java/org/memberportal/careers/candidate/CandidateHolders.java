/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import static org.memberportal.careers.candidate.CandidateAccountWorkflow.TABLE;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.CredentialHolders;
import org.memberportal.account.credential.CredentialMails;
import org.memberportal.account.verification.VerificationCodes;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.CareersRole;
import org.memberportal.careers.privacy.PrivacyEvent;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Notification;

/**
 * The careers accounts as the credential flows see them: visitors are anonymous only; a careers account has no
 * "resend the code" step, no lockout email and nothing a new password ends; a sign-in counts as activity for the
 * retention rule.
 */
final class CandidateHolders implements CredentialHolders<CandidateAccount> {

  /** The kinds of the credential flows' emails to careers accounts: no lockout email. */
  private static final CredentialMails MAILS = new CredentialMails(CareersAccounts.VERIFICATION_CODE,
      CareersAccounts.SIGN_UP_ATTEMPT, CareersAccounts.RESET_CODE, CareersAccounts.PASSWORD_CHANGED, null);

  @Override
  public void requireVisitor(Actor actor) {
    if (!(actor instanceof Actor.Anonymous)) {
      throw new NotAllowed(CareersRefusals.CANDIDATE_NOT_A_VISITOR, "sign-up, sign-in and recovery are for visitors");
    }
  }

  @Override
  public boolean allows(CandidateAccount holder, Step step) {
    return action(step).map(a -> TABLE.allows(holder.status(), a)).orElse(false);
  }

  @Override
  public CandidateAccount next(CandidateAccount holder, Step step, Actor actor) {
    Set<CareersRole> roles = step == Step.CHANGE_PASSWORD ? Set.of(CareersRole.OWNER) : Set.of(CareersRole.ANONYMOUS);
    CandidateAccountAction action = action(step).orElseThrow(() -> new IllegalStateException("no step " + step));
    return holder.copy().withStatus(TABLE.next(holder.status(), action, roles));
  }

  @Override
  public boolean mustResetFirst(CandidateAccount holder) {
    return false;
  }

  /** A sign-in is activity: the retention rule must not erase a candidate who keeps signing in. */
  @Override
  public CandidateAccount afterSignIn(CandidateAccount holder, Instant now) {
    return holder.copy().withLastActivity(now);
  }

  @Override
  public CandidateAccount afterNewPassword(CandidateAccount holder, VerificationCodes codes) {
    return holder;
  }

  @Override
  public Optional<Notification.Builder> mail(Mail mail, CandidateAccount holder, String key) {
    return MAILS.start(mail, holder.id(), holder.email(), holder.language(), key)
        .map(b -> b.dataSubject(PrivacyEvent.subjectOf(holder.id())));
  }

  @Override
  public Optional<DomainEvent> event(Fact fact, @Nullable CandidateAccount holder, String detail, Actor actor,
      Instant now) {
    if (holder == null) {
      return Optional.empty();
    }
    CandidateId id = holder.id();
    return Optional.ofNullable(switch (fact) {
      case SIGNED_UP -> new CandidateAccountEvent.Created(now, actor, id, holder.relation());
      case SIGN_UP_WITH_TAKEN_EMAIL -> new CandidateAccountEvent.DuplicateSignUp(now, actor, id);
      case VERIFICATION_REFUSED, RESET_CODE_REFUSED -> new CandidateAccountEvent.CodeRefused(now, actor, id, detail);
      case EMAIL_VERIFIED -> new CandidateAccountEvent.EmailVerified(now, actor, id);
      case SIGNED_IN -> new CandidateAccountEvent.SignedIn(now, actor, id);
      case SIGN_IN_FAILED -> new CandidateAccountEvent.SignInFailed(now, actor, id, detail);
      case RESET_REQUESTED -> new CandidateAccountEvent.PasswordResetRequested(now, actor, id);
      case PASSWORD_RESET, PASSWORD_CHANGED -> new CandidateAccountEvent.PasswordChanged(now, actor, id);
      case VERIFICATION_CODE_SENT, UNKNOWN_EMAIL_SIGN_IN_FAILED, LOCKED, PASSWORD_UPGRADED -> null;
    });
  }

  private static Optional<CandidateAccountAction> action(Step step) {
    return switch (step) {
      case VERIFY_EMAIL -> Optional.of(CandidateAccountAction.VERIFY_EMAIL);
      case SIGN_IN -> Optional.of(CandidateAccountAction.SIGN_IN);
      case RESET_PASSWORD -> Optional.of(CandidateAccountAction.RESET_PASSWORD);
      case CHANGE_PASSWORD -> Optional.of(CandidateAccountAction.CHANGE_PASSWORD);
      case RESEND_CODE -> Optional.empty();
    };
  }
}
