/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.CredentialHolders.Fact;
import org.memberportal.account.credential.CredentialHolders.Mail;
import org.memberportal.account.credential.CredentialHolders.Step;
import org.memberportal.account.credential.SignInAnswer.Verdict;
import org.memberportal.account.signin.Lockout;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Validation;

/**
 * Sign-in with throttle and lockout ({@link Credentials#signIn}): the expensive check runs outside the
 * transaction and exactly once whatever the case; the transaction then judges the account as stored now.
 */
final class PasswordSignIn<H extends CredentialHolder<H>> {

  private final CredentialParts<H> c;

  PasswordSignIn(CredentialParts<H> parts) {
    this.c = parts;
  }

  Outcome<SignInAnswer<H>> signIn(EnteredCredentials command, Actor actor) {
    Validation.check(command, actor);
    c.policy.checkEntered("password", command.password(), actor.locale());
    c.holders.requireVisitor(actor);
    EmailAddress email = EmailAddress.of(CredentialParts.value(command.email()));
    Secret password = CredentialParts.secret(command.password());
    Instant seen = c.host.clock().instant();
    Optional<H> found = c.host.query(() -> c.store.findByEmail(email));
    boolean locked = found.map(h -> c.throttle.current(h.lockout(), seen).lockedAt(seen)).orElse(false);
    Optional<PasswordHash> stored = found.filter(h -> !locked).flatMap(CredentialHolder::password);
    // the expensive part runs outside the transaction, and exactly once whatever the case
    boolean matches = c.check.matches(stored, password);
    Optional<PasswordHash> upgrade = matches && c.hasher.needsUpgrade(stored.orElseThrow())
        ? Optional.of(c.hasher.hash(password)) : Optional.empty();
    return c.host.command(() -> {
      Instant now = c.host.clock().instant();
      Optional<H> current = found.flatMap(c.store::current);
      if (current.isEmpty()) {
        c.log.info("sign-in failed for an unknown address");
        return answer(Verdict.REJECTED, null, Fact.UNKNOWN_EMAIL_SIGN_IN_FAILED, "", actor, now);
      }
      H holder = current.get();
      if (c.holders.mustResetFirst(holder)) {
        return answer(Verdict.RESET_REQUIRED, holder, Fact.SIGN_IN_FAILED, "password-reset-required", actor, now);
      }
      if (locked) {
        c.log.info("sign-in refused for {}: locked", holder.codeSubject());
        return answer(Verdict.REJECTED, holder, Fact.SIGN_IN_FAILED, "locked", actor, now);
      }
      if (!matches || !holder.password().equals(stored)) {
        return failed(holder, actor, now);
      }
      if (!c.holders.allows(holder, Step.SIGN_IN)) {
        c.log.info("sign-in refused for {}: not active", holder.codeSubject());
        return answer(Verdict.REJECTED, holder, Fact.SIGN_IN_FAILED, "not-active", actor, now);
      }
      List<DomainEvent> events = new ArrayList<>();
      c.record(events, Fact.SIGNED_IN, holder, "", actor, now);
      H changed = c.holders.afterSignIn(c.holders.next(holder, Step.SIGN_IN, actor).withLockout(Lockout.NONE), now);
      if (upgrade.isPresent()) {
        changed = changed.withPassword(upgrade.get());
        c.record(events, Fact.PASSWORD_UPGRADED, holder, "", actor, now);
      }
      c.store.update(changed);
      c.log.info("{} signed in", holder.codeSubject());
      return new Outcome<>(new SignInAnswer<>(Verdict.SIGNED_IN, Optional.of(holder)), events);
    });
  }

  /** A wrong password: counted towards the lockout; a lockout it starts is emailed, at most once a day. */
  private Outcome<SignInAnswer<H>> failed(H holder, Actor actor, Instant now) {
    Lockout before = c.throttle.current(holder.lockout(), now);
    Lockout after = c.throttle.afterFailure(before, now);
    H locked = holder.withLockout(after);
    c.store.update(locked);
    List<DomainEvent> events = new ArrayList<>();
    c.record(events, Fact.SIGN_IN_FAILED, holder, "wrong-password", actor, now);
    if (c.throttle.startedLockout(before, after)) {
      Instant until = after.until().orElseThrow();
      // at most one such email a lockout day, so repeated lockouts cannot flood the holder's inbox
      c.mail(Mail.ACCOUNT_LOCKED, holder, CredentialParts.day(now),
          b -> b.putParameters(Credentials.LOCKED_UNTIL, until.toString()));
      c.record(events, Fact.LOCKED, locked, "", actor, now);
      c.log.info("{} locked until {}", holder.codeSubject(), until);
    }
    return new Outcome<>(new SignInAnswer<>(Verdict.REJECTED, Optional.empty()), events);
  }

  private Outcome<SignInAnswer<H>> answer(Verdict verdict, @Nullable H holder, Fact fact, String detail,
      Actor actor, Instant now) {
    List<DomainEvent> events = new ArrayList<>();
    c.record(events, fact, holder, detail, actor, now);
    return new Outcome<>(new SignInAnswer<>(verdict, Optional.empty()), events);
  }
}
