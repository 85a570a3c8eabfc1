/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.memberportal.account.AccountForms.value;
import static org.memberportal.account.AccountParts.LOG;
import static org.memberportal.account.AccountWorkflow.TABLE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.memberportal.account.credential.Credentials;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.VerificationCodes;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;

/**
 * Changes by the holder (A7): the password (through {@link Credentials}), the personal details (also by the
 * operator), and the address, which a code sent to the new address confirms.
 */
final class HolderChanges {

  private final AccountParts parts;

  HolderChanges(AccountParts parts) {
    this.parts = parts;
  }

  Outcome<AccountSummary> changePassword(ChangePassword command, Actor actor) {
    return parts.credentials().changePassword(command, actor,
        () -> parts.holders().load(Objects.requireNonNull(command.account()), actor)).map(Account::summary);
  }

  Outcome<AccountSummary> updateDetails(UpdateDetails command, Actor actor) {
    AccountForms.validate(command, actor, () -> AccountForms.choices(command, parts.reference(), actor));
    AccountId id = Objects.requireNonNull(command.account());
    return parts.host().command(() -> {
      Instant now = parts.host().clock().instant();
      Account account = parts.holders().load(id, actor);
      TABLE.next(account.status(), AccountAction.UPDATE_DETAILS, UserHolders.relation(actor, id));
      Account saved = parts.accounts().update(account.copy()
          .withFirstName(value(command.firstName()).strip())
          .withLastName(value(command.lastName()).strip())
          .withTitle(Optional.ofNullable(command.title()))
          .withGender(value(command.gender()))
          .withJobTitle(Optional.ofNullable(command.jobTitle()))
          .withProfessionalRole(value(command.professionalRole()))
          .withLanguage(Locale.forLanguageTag(value(command.preferredLanguage())))
          .withNewsletter(command.newsletter()));
      LOG.info("account {} details updated", id);
      return Outcome.of(saved.summary(), new AccountEvent.DetailsUpdated(now, actor, id));
    });
  }

  Outcome<AccountSummary> changeEmail(ChangeEmail command, Actor actor) {
    Validation.check(command, actor);
    AccountId id = Objects.requireNonNull(command.account());
    EmailAddress email = EmailAddress.of(value(command.newEmail()));
    return parts.host().command(() -> {
      Instant now = parts.host().clock().instant();
      Account account = parts.holders().load(id, actor);
      TABLE.next(account.status(), AccountAction.CHANGE_EMAIL, UserHolders.relation(actor, id));
      if (!parts.credentials().matches(account, command.currentPassword())) {
        throw new PreconditionFailed(AccountRefusals.WRONG_PASSWORD, "the current password is wrong");
      }
      if (email.equals(account.email())) {
        throw ValidationFailed.of(Validation.violation("newEmail", AccountRefusals.EMAIL_UNCHANGED, actor.locale()));
      }
      if (parts.accounts().findByEmail(email).isPresent()) {
        throw new Conflict(AccountRefusals.EMAIL_TAKEN, "another account has this address");
      }
      Account saved = parts.accounts().update(account.copy().withPendingEmail(email));
      List<DomainEvent> events = new ArrayList<>();
      events.add(new AccountEvent.EmailChangeRequested(now, actor, id));
      VerificationCodes.Issue issue =
          parts.credentials().codes().issue(account.codeSubject(), CodePurpose.EMAIL_CHANGE, now);
      if (issue instanceof VerificationCodes.Throttled throttled) {
        throw new PreconditionFailed(AccountRefusals.CODE_THROTTLED, "a code was sent moments ago; retry after "
            + throttled.retryAt());
      }
      VerificationCodes.Issued issued = (VerificationCodes.Issued) issue;
      parts.host().notify(Credentials.withCode(UserHolders.notification(saved, email,
          AccountNotifications.EMAIL_CHANGE_CODE, String.valueOf(issued.issuedAt().toEpochMilli())), issued).build());
      events.add(new AccountEvent.VerificationCodeSent(now, actor, id, CodePurpose.EMAIL_CHANGE.value()));
      LOG.info("account {} asked to change its address to {}", id, email.masked());
      return new Outcome<>(saved.summary(), events);
    });
  }

  Outcome<AccountSummary> confirmEmailChange(ConfirmEmailChange command, Actor actor) {
    Validation.check(command, actor);
    AccountId id = Objects.requireNonNull(command.account());
    return parts.credentials().accepted(parts.host().command(() -> {
      Instant now = parts.host().clock().instant();
      Account account = parts.holders().load(id, actor);
      TABLE.next(account.status(), AccountAction.CONFIRM_EMAIL_CHANGE, UserHolders.relation(actor, id));
      EmailAddress pending = account.pendingEmail().orElseThrow(
          () -> new PreconditionFailed(AccountRefusals.NO_PENDING_EMAIL, "no change of address was asked"));
      VerificationCodes.Verdict verdict = parts.credentials().codes().redeem(account.codeSubject(),
          CodePurpose.EMAIL_CHANGE, command.code() == null ? Secret.of("") : command.code(), now);
      if (verdict != VerificationCodes.Verdict.ACCEPTED) {
        return new Outcome<>(Optional.empty(), List.of(new AccountEvent.VerificationFailed(
            now, actor, id, CodePurpose.EMAIL_CHANGE.value(), verdict.name())));
      }
      Account saved = parts.accounts().update(account.copy().withEmail(pending).withPendingEmail(Optional.empty()));
      LOG.info("account {} changed its address to {}", id, pending.masked());
      return new Outcome<>(Optional.of(saved.summary()), List.of(new AccountEvent.EmailChanged(now, actor, id)));
    }));
  }
}
