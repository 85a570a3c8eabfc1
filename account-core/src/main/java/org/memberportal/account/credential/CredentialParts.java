/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.credential.CredentialHolders.Fact;
import org.memberportal.account.credential.CredentialHolders.Mail;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.account.recovery.PasswordReset;
import org.memberportal.account.signin.SignInThrottle;
import org.memberportal.account.verification.VerificationCodes;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every credential flow of one kind of account takes ({@link Registration}, {@link PasswordSignIn},
 * {@link PasswordRecovery}): the kind's store and words, the host, the password and code components, and the
 * steps the flows share (the visitor's address, the kind's emails and audit events, the answer to a judged code).
 *
 * @param <H> the account type
 */
final class CredentialParts<H extends CredentialHolder<H>> {

  final String kind;
  final Logger log;
  final Host host;
  final HolderStore<H> store;
  final CredentialHolders<H> holders;
  final PasswordPolicy policy;
  final CredentialCheck check;
  final PasswordHasher hasher;
  final VerificationCodes codes;
  final PasswordReset reset;
  final SignInThrottle throttle;

  CredentialParts(String kind, Class<?> service, Host host, HolderStore<H> store, CredentialHolders<H> holders,
      CredentialSettings<?> settings) {
    this.kind = kind;
    this.log = LoggerFactory.getLogger(service);
    this.host = host;
    this.store = store;
    this.holders = holders;
    this.policy = settings.policy();
    this.check = new CredentialCheck(settings.hasher(), settings.formerHashers());
    this.hasher = check.hasher();
    this.codes = new VerificationCodes(settings.codes(), settings.secrets(), settings.codeRules());
    this.reset = new PasswordReset(codes, policy, hasher, settings.resetLimits());
    this.throttle = settings.throttle();
  }

  /** Whether a password typed to prove who one is matches the holder's, after the same work whatever the case. */
  boolean matches(H holder, @Nullable Secret password) {
    return check.matches(holder.password(), secret(password));
  }

  /** The value of a command that judged a code or, once the counted attempt is committed, the kind's refusal. */
  <T> Outcome<T> accepted(Outcome<Optional<T>> judged) {
    return judged.value().map(v -> new Outcome<>(v, judged.events())).orElseThrow(() -> new PreconditionFailed(
        kind + AccountRefusals.CODE_REJECTED_SUFFIX, "the code is wrong, expired or already used"));
  }

  /** Sends one of the flows' emails, if the kind has it. */
  void mail(Mail mail, H holder, String key, Consumer<Notification.Builder> parameters) {
    holders.mail(mail, holder, key).ifPresent(b -> {
      parameters.accept(b);
      host.notify(b.build());
    });
  }

  /** The address of a visitor's command: the command checked first, then the actor. */
  EmailAddress visitorAddress(Object command, @Nullable String email, Actor actor) {
    Validation.check(command, actor);
    holders.requireVisitor(actor);
    return EmailAddress.of(value(email));
  }

  /** Records a fact as the kind's audit event, if it has one. */
  void record(List<DomainEvent> events, Fact fact, @Nullable H holder, String detail, Actor actor, Instant now) {
    holders.event(fact, holder, detail, actor, now).ifPresent(events::add);
  }

  /** The UTC day of an instant, as the key of emails sent at most once a day. */
  static String day(Instant now) {
    return now.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  static String value(@Nullable String text) {
    return text == null ? "" : text;
  }

  static Secret secret(@Nullable Secret secret) {
    return secret == null ? Secret.of("") : secret;
  }
}
