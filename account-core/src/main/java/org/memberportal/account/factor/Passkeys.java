/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.factor.FactorParts.Judged;
import org.memberportal.account.factor.PasskeyChallenge.Ceremony;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Validation;

/**
 * Passkeys (WebAuthn): registering one (after a recent re-authentication; the first factor comes with recovery
 * codes), signing in with one at the second step, renaming one (no re-authentication: a name changes no factor),
 * removing one. Each ceremony answers a challenge the library handed out, once and before it expires; the
 * {@link org.memberportal.account.port.PasskeyCeremony} checks the signatures, the library the counters.
 */
final class Passkeys {

  private final FactorParts parts;

  Passkeys(FactorParts parts) {
    this.parts = parts;
  }

  Outcome<PasskeyOptions> startRegistration(AccountId account, Actor actor) {
    FactorParts.holder(actor, account);
    return parts.host.command(() -> {
      Instant now = parts.host.clock().instant();
      parts.requireRecent(parts.enrolment(account), now);
      return new Outcome<>(parts.challenge(account, Ceremony.REGISTRATION, now), List.of());
    });
  }

  Outcome<Enrolled> finishRegistration(PasskeyAttestation command, Actor actor) {
    Validation.check(command, actor);
    AccountId account = Objects.requireNonNull(command.account());
    FactorParts.holder(actor, account);
    PasskeyChallenge challenge = taken(command.challengeId(), account, Ceremony.REGISTRATION);
    // the signature checks run outside the transaction; the challenge is spent whatever their verdict
    NewPasskey verified = parts.ceremony.register(command, challenge.challenge())
        .orElseThrow(() -> rejected("the registration did not verify"));
    return parts.host.command(() -> {
      Instant now = parts.host.clock().instant();
      Enrolment enrolment = parts.enrolment(account);
      parts.requireRecent(enrolment, now);
      String name = freeName(command, enrolment.holder(), null);
      Passkey passkey = parts.passkeys.add(new Passkey(PasskeyId.random(), enrolment.holder(), name,
          verified.credentialId(), verified.publicKey(), verified.signCount(), now, null, 0));
      List<DomainEvent> events = new ArrayList<>();
      Enrolled enrolled = parts.added(enrolment, account, FactorKind.PASSKEY, passkey.id(), actor, now, events);
      return new Outcome<>(enrolled, events);
    });
  }

  Outcome<PasskeyOptions> startSignIn(AccountId account, Actor actor) {
    FactorParts.holder(actor, account);
    return parts.host.command(() -> {
      Instant now = parts.host.clock().instant();
      if (parts.passkeys.of(FactorParts.subject(account)).isEmpty()) {
        throw rejected("the account has no passkey");
      }
      return new Outcome<>(parts.challenge(account, Ceremony.AUTHENTICATION, now), List.of());
    });
  }

  Outcome<Actor.AccountHolder> finishSignIn(PasskeyAssertion command, Actor actor) {
    Validation.check(command, actor);
    AccountId account = Objects.requireNonNull(command.account());
    Actor.AccountHolder holder = FactorParts.holder(actor, account);
    PasskeyChallenge challenge = taken(command.challengeId(), account, Ceremony.AUTHENTICATION);
    Optional<Passkey> named = parts.host.query(() -> parts.passkeys
        .findByCredential(Objects.requireNonNull(command.credentialId()))
        .filter(p -> p.holder().equals(FactorParts.subject(account))));
    OptionalLong counter = named.map(p -> parts.ceremony.authenticate(command, challenge.challenge(), p))
        .orElse(OptionalLong.empty());
    return FactorParts.settle(parts.host.command(() -> {
      Instant now = parts.host.clock().instant();
      Enrolment enrolment = parts.enrolment(account);
      Optional<Passkey> current = named.flatMap(p -> parts.passkeys.find(p.id()));
      if (current.isEmpty() || counter.isEmpty()) {
        return parts.failed(enrolment, account, FactorKind.PASSKEY, "ceremony", AccountRefusals.PASSKEY_REJECTED,
            actor, now);
      }
      if (!current.get().counterFollows(counter.getAsLong())) {
        return parts.failed(enrolment, account, FactorKind.PASSKEY, "counter", AccountRefusals.PASSKEY_REJECTED,
            actor, now);
      }
      parts.passkeys.update(current.get().used(counter.getAsLong(), now));
      Outcome<Judged<Actor.AccountHolder>> passed = parts.passed(enrolment, holder, account, FactorKind.PASSKEY, now,
          new ArrayList<>());
      return passed;
    }));
  }

  Outcome<FactorStatus> remove(PasskeyRemoval command, Actor actor) {
    return changeOwn(command, actor, (account, passkey, now) -> {
      Enrolment enrolment = parts.enrolment(account);
      parts.requireRecent(enrolment, now);
      parts.passkeys.remove(passkey.id());
      List<DomainEvent> events = new ArrayList<>();
      parts.removed(enrolment, account, FactorKind.PASSKEY, passkey.id().toString(), actor, now, events);
      return events;
    });
  }

  Outcome<FactorStatus> rename(PasskeyRename command, Actor actor) {
    return changeOwn(command, actor, (account, passkey, now) -> {
      parts.passkeys.update(passkey.renamed(freeName(command, passkey.holder(), passkey.id())));
      return List.of(new FactorEvent.PasskeyRenamed(now, actor, account, passkey.id()));
    });
  }

  /** What a change does to one of the holder's passkeys, in the command's transaction: its events. */
  private interface Change {
    List<DomainEvent> apply(AccountId account, Passkey passkey, Instant now);
  }

  /**
   * A change to a passkey the command names, when it is one of the account holder's (any other is not found), in
   * one transaction; the factors after it.
   */
  private Outcome<FactorStatus> changeOwn(NamedPasskey command, Actor actor, Change change) {
    Validation.check(command, actor);
    AccountId account = Objects.requireNonNull(command.account());
    FactorParts.holder(actor, account);
    return parts.host.command(() -> {
      Passkey passkey = parts.passkeys.find(Objects.requireNonNull(command.passkey()))
          .filter(p -> p.holder().equals(FactorParts.subject(account)))
          .orElseThrow(() -> new NotFound(AccountRefusals.PASSKEY_NOT_FOUND, "no such passkey"));
      List<DomainEvent> events = change.apply(account, passkey, parts.host.clock().instant());
      return new Outcome<>(parts.status(account), events);
    });
  }

  /**
   * The name a command gives, stripped, when no other passkey of the holder has it whatever the case;
   * {@code renamed} (the passkey a rename names) may keep its own.
   */
  private String freeName(PasskeyName command, CodeSubject holder, @Nullable PasskeyId renamed) {
    String name = Objects.requireNonNull(command.name()).strip();
    if (parts.passkeys.of(holder).stream()
        .anyMatch(p -> !p.id().equals(renamed) && p.name().equalsIgnoreCase(name))) {
      throw new Conflict(AccountRefusals.PASSKEY_TAKEN, "the holder has a passkey of this name");
    }
    return name;
  }

  /** The challenge an answer names, taken in a transaction of its own so that it is spent whatever follows. */
  private PasskeyChallenge taken(UUID id, AccountId account, Ceremony ceremony) {
    return parts.host.command(() -> new Outcome<>(parts.takeChallenge(Objects.requireNonNull(id), account, ceremony,
        parts.host.clock().instant()), List.of())).value().orElseThrow(() -> rejected("no such challenge, or spent"));
  }

  private static PreconditionFailed rejected(String message) {
    return new PreconditionFailed(AccountRefusals.PASSKEY_REJECTED, message);
  }
}
