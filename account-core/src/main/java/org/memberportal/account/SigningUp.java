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
import java.util.Set;
import org.memberportal.account.credential.Credentials;
import org.memberportal.account.credential.PasswordContext;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Violation;

/**
 * Signing up (A1, A4b) and verifying the address (A3): the form with its reference data and password policy, the
 * uniform answer for a taken address and the verification code ({@link Credentials}), fresh codes on request, and
 * the expiry of sign-ups never verified.
 */
final class SigningUp {

  private final AccountParts parts;

  SigningUp(AccountParts parts) {
    this.parts = parts;
  }

  Outcome<Acknowledgement> signUp(SignUp command, Actor actor) {
    AccountForms.validate(command, actor, () -> {
      List<Violation> out = AccountForms.choices(command, parts.reference(), actor);
      out.addAll(parts.credentials().policy().violations(command,
          PasswordContext.of(value(command.email()), value(command.firstName()), value(command.lastName()))
              .withOrganisation(value(command.organisationName())),
          actor.locale()));
      return out;
    });
    parts.holders().requireVisitor(actor);
    EmailAddress email = EmailAddress.of(value(command.email()));
    return parts.credentials().signUp(email, Objects.requireNonNull(command.password()), actor, (hash, now) ->
        Account.builder()
            .id(AccountId.random())
            .email(email)
            .title(Optional.ofNullable(command.title()))
            .firstName(value(command.firstName()).strip())
            .lastName(value(command.lastName()).strip())
            .gender(value(command.gender()))
            .jobTitle(Optional.ofNullable(command.jobTitle()))
            .professionalRole(value(command.professionalRole()))
            .language(Locale.forLanguageTag(value(command.preferredLanguage())))
            .newsletter(command.newsletter())
            .termsAcceptedAt(now)
            .status(AccountStatus.AWAITING_VERIFICATION)
            .password(hash)
            .createdAt(now)
            .build()).map(Acknowledgement::new);
  }

  Outcome<AccountSummary> verifyEmail(VerifyEmail command, Actor actor) {
    return parts.credentials().verifyEmail(command, actor).map(Account::summary);
  }

  Outcome<Acknowledgement> resendCode(ResendCode command, Actor actor) {
    return parts.credentials().resendCode(command, actor).map(Acknowledgement::new);
  }

  Outcome<Integer> expireUnverified(Actor actor) {
    Set<AccountRole> roles = UserHolders.relation(actor, UserHolders.NO_ACCOUNT);
    return parts.host().command(() -> {
      Instant now = parts.host().clock().instant();
      List<DomainEvent> events = new ArrayList<>();
      for (Account account : parts.accounts().unverifiedCreatedBefore(now.minus(parts.unverifiedLifetime()))) {
        TABLE.next(account.status(), AccountAction.EXPIRE, roles);
        parts.accounts().remove(account.id(), account.version());
        parts.credentials().codes().forget(account.codeSubject(), CodePurpose.EMAIL_VERIFICATION);
        events.add(new AccountEvent.SignUpExpired(now, actor, account.id()));
        LOG.info("unverified sign-up {} expired", account.id());
      }
      return new Outcome<>(events.size(), events);
    });
  }
}
