/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.memberportal.account.AccountForms.value;
import static org.memberportal.account.AccountWorkflow.TABLE;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.memberportal.account.credential.CredentialHolders.Step;
import org.memberportal.account.credential.Credentials;
import org.memberportal.account.credential.PasswordContext;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.reference.ReferenceData;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Role;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signing up (A1, A4b) and verifying the address (A3): the form with its reference data and password policy, the
 * uniform answer for a taken address and the verification code ({@link Credentials}), fresh codes on request, and
 * the expiry of sign-ups never verified.
 */
final class SigningUp {

  // the user accounts log under their service's name, as hosts configure it
  private static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);

  private final Host host;
  private final Accounts accounts;
  private final UserHolders holders;
  private final Credentials<Account> credentials;
  private final ReferenceData reference;
  private final Duration unverifiedLifetime;

  SigningUp(Host host, Accounts accounts, UserHolders holders, Credentials<Account> credentials,
      ReferenceData reference, Duration unverifiedLifetime) {
    this.host = host;
    this.accounts = accounts;
    this.holders = holders;
    this.credentials = credentials;
    this.reference = reference;
    this.unverifiedLifetime = unverifiedLifetime;
  }

  Outcome<Acknowledgement> signUp(SignUp command, Actor actor) {
    AccountForms.validate(command, actor, () -> {
      List<Violation> out = AccountForms.choices(command, reference, actor);
      out.addAll(credentials.policy().violations(command,
          PasswordContext.of(value(command.email()), value(command.firstName()), value(command.lastName()))
              .withOrganisation(value(command.organisationName())),
          actor.locale()));
      return out;
    });
    holders.requireVisitor(actor);
    EmailAddress email = EmailAddress.of(value(command.email()));
    return credentials.signUp(email, Objects.requireNonNull(command.password()), actor, (hash, now) ->
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
    return credentials.verifyEmail(command, actor).map(Account::summary);
  }

  Outcome<Acknowledgement> resendCode(ResendCode command, Actor actor) {
    Validation.check(command, actor);
    holders.requireVisitor(actor);
    EmailAddress email = EmailAddress.of(value(command.email()));
    return host.command(() -> {
      Instant now = host.clock().instant();
      List<DomainEvent> events = new ArrayList<>();
      accounts.findByEmail(email)
          .filter(a -> holders.allows(a, Step.RESEND_CODE))
          .ifPresent(a -> credentials.sendVerificationCode(a, actor, now, events));
      return new Outcome<>(new Acknowledgement(now), events);
    });
  }

  Outcome<Integer> expireUnverified(Actor actor) {
    Set<Role> roles = UserHolders.relation(actor, UserHolders.NO_ACCOUNT);
    return host.command(() -> {
      Instant now = host.clock().instant();
      List<DomainEvent> events = new ArrayList<>();
      for (Account account : accounts.unverifiedCreatedBefore(now.minus(unverifiedLifetime))) {
        TABLE.next(account.status(), AccountAction.EXPIRE, roles);
        accounts.remove(account.id(), account.version());
        credentials.codes().forget(account.codeSubject(), CodePurpose.EMAIL_VERIFICATION);
        events.add(new AccountEvent.SignUpExpired(now, actor, account.id()));
        LOG.info("unverified sign-up {} expired", account.id());
      }
      return new Outcome<>(events.size(), events);
    });
  }
}
