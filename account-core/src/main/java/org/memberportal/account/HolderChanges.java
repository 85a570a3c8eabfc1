/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.memberportal.account.AccountForms.value;
import static org.memberportal.account.AccountWorkflow.TABLE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.memberportal.account.credential.Credentials;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.reference.ReferenceData;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.VerificationCodes;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes by the holder (A7): the password (through {@link Credentials}), the personal details (also by the
 * operator), and the address, which a code sent to the new address confirms.
 */
final class HolderChanges {

  // the user accounts log under their service's name, as hosts configure it
  private static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);

  private final Host host;
  private final Accounts accounts;
  private final UserHolders holders;
  private final Credentials<Account> credentials;
  private final ReferenceData reference;

  HolderChanges(Host host, Accounts accounts, UserHolders holders, Credentials<Account> credentials,
      ReferenceData reference) {
    this.host = host;
    this.accounts = accounts;
    this.holders = holders;
    this.credentials = credentials;
    this.reference = reference;
  }

  Outcome<AccountSummary> changePassword(ChangePassword command, Actor actor) {
    return credentials.changePassword(command, actor,
        () -> holders.load(Objects.requireNonNull(command.account()), actor)).map(Account::summary);
  }

  Outcome<AccountSummary> updateDetails(UpdateDetails command, Actor actor) {
    AccountForms.validate(command, actor, () -> AccountForms.choices(command, reference, actor));
    AccountId id = Objects.requireNonNull(command.account());
    return host.command(() -> {
      Instant now = host.clock().instant();
      Account account = holders.load(id, actor);
      TABLE.next(account.status(), AccountAction.UPDATE_DETAILS, UserHolders.relation(actor, id));
      Account saved = accounts.update(account.copy()
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
    return host.command(() -> {
      Instant now = host.clock().instant();
      Account account = holders.load(id, actor);
      TABLE.next(account.status(), AccountAction.CHANGE_EMAIL, UserHolders.relation(actor, id));
      if (!credentials.matches(account, command.currentPassword())) {
        throw new PreconditionFailed(AccountRefusals.WRONG_PASSWORD, "the current password is wrong");
      }
      if (email.equals(account.email())) {
        throw ValidationFailed.of(Validation.violation("newEmail", AccountRefusals.EMAIL_UNCHANGED, actor.locale()));
      }
      if (accounts.findByEmail(email).isPresent()) {
        throw new Conflict(AccountRefusals.EMAIL_TAKEN, "another account has this address");
      }
      Account saved = accounts.update(account.copy().withPendingEmail(email));
      List<DomainEvent> events = new ArrayList<>();
      events.add(new AccountEvent.EmailChangeRequested(now, actor, id));
      VerificationCodes.Issue issue = credentials.codes().issue(account.codeSubject(), CodePurpose.EMAIL_CHANGE, now);
      if (issue instanceof VerificationCodes.Throttled throttled) {
        throw new PreconditionFailed(AccountRefusals.CODE_THROTTLED, "a code was sent moments ago; retry after "
            + throttled.retryAt());
      }
      VerificationCodes.Issued issued = (VerificationCodes.Issued) issue;
      host.notify(Credentials.withCode(UserHolders.notification(saved, email, AccountNotifications.EMAIL_CHANGE_CODE,
          String.valueOf(issued.issuedAt().toEpochMilli())), issued).build());
      events.add(new AccountEvent.VerificationCodeSent(now, actor, id, CodePurpose.EMAIL_CHANGE.value()));
      LOG.info("account {} asked to change its address to {}", id, email.masked());
      return new Outcome<>(saved.summary(), events);
    });
  }

  Outcome<AccountSummary> confirmEmailChange(ConfirmEmailChange command, Actor actor) {
    Validation.check(command, actor);
    AccountId id = Objects.requireNonNull(command.account());
    return credentials.accepted(host.command(() -> {
      Instant now = host.clock().instant();
      Account account = holders.load(id, actor);
      TABLE.next(account.status(), AccountAction.CONFIRM_EMAIL_CHANGE, UserHolders.relation(actor, id));
      EmailAddress pending = account.pendingEmail().orElseThrow(
          () -> new PreconditionFailed(AccountRefusals.NO_PENDING_EMAIL, "no change of address was asked"));
      VerificationCodes.Verdict verdict = credentials.codes().redeem(account.codeSubject(), CodePurpose.EMAIL_CHANGE,
          command.code() == null ? Secret.of("") : command.code(), now);
      if (verdict != VerificationCodes.Verdict.ACCEPTED) {
        return new Outcome<>(Optional.empty(), List.of(new AccountEvent.VerificationFailed(
            now, actor, id, CodePurpose.EMAIL_CHANGE.value(), verdict.name())));
      }
      Account saved = accounts.update(account.copy().withEmail(pending).withPendingEmail(Optional.empty()));
      LOG.info("account {} changed its address to {}", id, pending.masked());
      return new Outcome<>(Optional.of(saved.summary()), List.of(new AccountEvent.EmailChanged(now, actor, id)));
    }));
  }
}
