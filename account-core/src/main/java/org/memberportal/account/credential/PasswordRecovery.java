/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.credential.CredentialHolders.Fact;
import org.memberportal.account.credential.CredentialHolders.Mail;
import org.memberportal.account.credential.CredentialHolders.Step;
import org.memberportal.account.recovery.PasswordReset;
import org.memberportal.account.recovery.Requester;
import org.memberportal.account.signin.Lockout;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Validation;

/** Forgot, reset and change of password ({@link Credentials}). */
final class PasswordRecovery<H extends CredentialHolder<H>> {

  private final CredentialParts<H> c;

  PasswordRecovery(CredentialParts<H> parts) {
    this.c = parts;
  }

  Outcome<Instant> forgotPassword(Requester command, @Nullable String typedEmail, Actor actor) {
    EmailAddress email = c.visitorAddress(command, typedEmail, actor);
    return c.host.command(() -> {
      Instant now = c.host.clock().instant();
      List<DomainEvent> events = new ArrayList<>();
      c.store.findByEmail(email).filter(h -> c.holders.allows(h, Step.RESET_PASSWORD))
          .ifPresent(h -> c.reset.request(h.codeSubject(), command.requester(), now).ifPresent(sent -> {
            c.mail(Mail.RESET_CODE, h, sent.key(), b -> Credentials.withCode(b, sent.code()));
            c.record(events, Fact.RESET_REQUESTED, h, "", actor, now);
            c.log.info("password reset code sent for {}", h.codeSubject());
          }));
      return new Outcome<>(now, events);
    });
  }

  <C extends EnteredCode & NewPassword & Requester> Outcome<H> resetPassword(C command, Actor actor) {
    EmailAddress email = c.visitorAddress(command, command.email(), actor);
    return c.accepted(c.host.command(() -> {
      Instant now = c.host.clock().instant();
      Optional<H> found = c.store.findByEmail(email).filter(h -> c.holders.allows(h, Step.RESET_PASSWORD));
      PasswordContext context = found.map(H::passwordContext).orElse(PasswordContext.of(email.key()));
      if (found.isEmpty()) {
        c.policy.check(command, context, actor.locale());
        return new Outcome<>(Optional.empty(), List.of());
      }
      H holder = found.get();
      List<DomainEvent> events = new ArrayList<>();
      PasswordReset.Result result = c.reset.redeem(holder.codeSubject(), command.requester(),
          CredentialParts.secret(command.code()), CredentialParts.secret(command.password()),
          CredentialParts.secret(command.passwordConfirmation()), context, actor.locale(), now);
      if (result instanceof PasswordReset.Refused refused) {
        c.record(events, Fact.RESET_CODE_REFUSED, holder, refused.verdict().name(), actor, now);
        return new Outcome<>(Optional.empty(), events);
      }
      PasswordHash hash = ((PasswordReset.Reset) result).hash();
      H next = c.holders.next(holder, Step.RESET_PASSWORD, actor);
      H saved =
          c.store.update(c.holders.afterNewPassword(next, c.codes).withPassword(hash).withLockout(Lockout.NONE));
      passwordChanged(saved, now);
      c.record(events, Fact.PASSWORD_RESET, holder, "", actor, now);
      c.log.info("{} reset its password", holder.codeSubject());
      return new Outcome<>(Optional.of(saved), events);
    }));
  }

  Outcome<H> changePassword(PasswordChange command, Actor actor, Supplier<H> load) {
    Validation.check(command, actor);
    c.policy.checkEntered("currentPassword", command.currentPassword(), actor.locale());
    return c.host.command(() -> {
      Instant now = c.host.clock().instant();
      H holder = load.get();
      H next = c.holders.next(holder, Step.CHANGE_PASSWORD, actor);
      c.policy.check(command, holder.passwordContext(), actor.locale());
      if (!c.matches(holder, command.currentPassword())) {
        throw new PreconditionFailed(c.kind + AccountRefusals.WRONG_PASSWORD_SUFFIX, "the current password is wrong");
      }
      H saved = c.store.update(c.holders.afterNewPassword(next, c.codes)
          .withPassword(c.hasher.hash(CredentialParts.secret(command.password()))));
      c.reset.revoke(holder.codeSubject());
      passwordChanged(saved, now);
      List<DomainEvent> events = new ArrayList<>();
      c.record(events, Fact.PASSWORD_CHANGED, holder, "", actor, now);
      c.log.info("{} changed its password", holder.codeSubject());
      return new Outcome<>(saved, events);
    });
  }

  private void passwordChanged(H holder, Instant now) {
    c.mail(Mail.PASSWORD_CHANGED, holder, String.valueOf(now.toEpochMilli()), b -> { });
  }
}
