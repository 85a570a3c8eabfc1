/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.credential.CredentialHolders.Fact;
import org.memberportal.account.credential.CredentialHolders.Mail;
import org.memberportal.account.credential.CredentialHolders.Step;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.VerificationCodes;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Secret;

/** Sign-up with its uniform answer, and the verification of the address ({@link Credentials}). */
final class Registration<H extends CredentialHolder<H>> {

  /** Runs of a sign-up that lost a race for its address before it answers anyway. */
  private static final int RETRIES = 3;

  private final CredentialParts<H> c;

  Registration(CredentialParts<H> parts) {
    this.c = parts;
  }

  Outcome<Instant> signUp(EmailAddress email, Secret password, Actor actor,
      BiFunction<PasswordHash, Instant, H> newHolder) {
    PasswordHash hash = c.hasher.hash(password);
    return retryOnRace(() -> c.host.command(() -> {
      Instant now = c.host.clock().instant();
      List<DomainEvent> events = new ArrayList<>();
      Optional<H> existing = c.store.findByEmail(email);
      if (existing.isPresent()) {
        H holder = existing.get();
        c.record(events, Fact.SIGN_UP_WITH_TAKEN_EMAIL, holder, "", actor, now);
        if (c.holders.allows(holder, Step.RESEND_CODE)) {
          // most likely the same person, who lost the code: a fresh one helps, within the resend limits
          sendVerificationCode(holder, actor, now, events);
        } else {
          // at most one such email a day, so the form cannot be used to flood an inbox
          c.mail(Mail.SIGN_UP_ATTEMPT, holder, CredentialParts.day(now), b -> { });
        }
        c.log.info("sign-up with the address of {} ({}): holder told", holder.codeSubject(), email.masked());
        return new Outcome<>(now, events);
      }
      H holder = c.store.add(newHolder.apply(hash, now));
      c.record(events, Fact.SIGNED_UP, holder, "", actor, now);
      sendVerificationCode(holder, actor, now, events);
      c.log.info("{} signed up ({})", holder.codeSubject(), email.masked());
      return new Outcome<>(now, events);
    }));
  }

  Outcome<Instant> resendCode(EnteredAddress command, Actor actor) {
    EmailAddress address = c.visitorAddress(command, command.email(), actor);
    return c.host.command(() -> {
      Instant now = c.host.clock().instant();
      List<DomainEvent> events = new ArrayList<>();
      c.store.findByEmail(address).filter(holder -> c.holders.allows(holder, Step.VERIFY_EMAIL))
          .ifPresent(holder -> sendVerificationCode(holder, actor, now, events));
      return new Outcome<>(now, events);
    });
  }

  void sendVerificationCode(H holder, Actor actor, Instant now, List<DomainEvent> events) {
    VerificationCodes.Issue issue = c.codes.issue(holder.codeSubject(), CodePurpose.EMAIL_VERIFICATION, now);
    if (issue instanceof VerificationCodes.Issued issued) {
      c.mail(Mail.VERIFICATION_CODE, holder, String.valueOf(issued.issuedAt().toEpochMilli()),
          b -> Credentials.withCode(b, issued));
      c.record(events, Fact.VERIFICATION_CODE_SENT, holder, "", actor, now);
      c.log.info("verification code sent for {}", holder.codeSubject());
    } else {
      c.log.info("verification code for {} not sent: throttled", holder.codeSubject());
    }
  }

  Outcome<H> verifyEmail(EnteredCode command, Actor actor) {
    EmailAddress address = c.visitorAddress(command, command.email(), actor);
    return c.accepted(c.host.command(() -> {
      Instant now = c.host.clock().instant();
      Optional<H> found = c.store.findByEmail(address).filter(h -> c.holders.allows(h, Step.VERIFY_EMAIL));
      if (found.isEmpty()) {
        return new Outcome<>(Optional.empty(), List.of());
      }
      H holder = found.get();
      VerificationCodes.Verdict verdict = c.codes.redeem(holder.codeSubject(), CodePurpose.EMAIL_VERIFICATION,
          CredentialParts.secret(command.code()), now);
      if (verdict != VerificationCodes.Verdict.ACCEPTED) {
        c.log.info("verification code for {} refused: {}", holder.codeSubject(), verdict);
        List<DomainEvent> events = new ArrayList<>();
        c.record(events, Fact.VERIFICATION_REFUSED, holder, verdict.name(), actor, now);
        return new Outcome<>(Optional.empty(), events);
      }
      H saved = c.store.update(c.holders.next(holder, Step.VERIFY_EMAIL, actor));
      List<DomainEvent> events = new ArrayList<>();
      c.record(events, Fact.EMAIL_VERIFIED, saved, "", actor, now);
      c.log.info("{} verified its address", holder.codeSubject());
      return new Outcome<>(Optional.of(saved), events);
    }));
  }

  private <T> Outcome<T> retryOnRace(Supplier<Outcome<T>> command) {
    for (int attempt = 1; ; attempt++) {
      try {
        return command.get();
      } catch (Conflict e) {
        // a concurrent sign-up took the address: run again, to answer like for any taken address
        if (attempt >= RETRIES || !(c.kind + AccountRefusals.EMAIL_TAKEN_SUFFIX).equals(e.reason())) {
          throw e;
        }
      }
    }
  }
}
