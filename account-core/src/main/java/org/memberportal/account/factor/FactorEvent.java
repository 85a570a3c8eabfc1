/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Instant;
import org.apiguardian.api.API;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;

/**
 * The second factor's events, in the account's audit trail: which factor, never a key, a code or a digest.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
@DomainEvent.Subject(kind = "account")
public sealed interface FactorEvent extends DomainEvent {

  /**
   * The account it happened to.
   *
   * @return the account
   */
  AccountId account();

  /**
   * A factor was added: an authenticator app confirmed by its first code, or a passkey registered.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param factor which kind
   */
  record FactorAdded(Instant occurredAt, Actor actor, AccountId account, FactorKind factor) implements FactorEvent {
    @Override
    public String detail() {
      return factor.name();
    }
  }

  /**
   * A factor was removed.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param factor which kind
   */
  record FactorRemoved(Instant occurredAt, Actor actor, AccountId account, FactorKind factor)
      implements FactorEvent {
    @Override
    public String detail() {
      return factor.name();
    }
  }

  /**
   * The holder renamed one of their passkeys. The names are the holder's words, kept in the passkey, not in the
   * trail: the event says which passkey.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param passkey which passkey
   */
  record PasskeyRenamed(Instant occurredAt, Actor actor, AccountId account, PasskeyId passkey)
      implements FactorEvent {
    @Override
    public String detail() {
      return passkey.toString();
    }
  }

  /**
   * A new set of recovery codes replaced the previous one.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param codes how many
   */
  record RecoveryCodesIssued(Instant occurredAt, Actor actor, AccountId account, int codes) implements FactorEvent {}

  /**
   * The holder passed the second step (or re-authenticated with a factor).
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param factor with which kind
   */
  record SecondFactorPassed(Instant occurredAt, Actor actor, AccountId account, FactorKind factor)
      implements FactorEvent {
    @Override
    public String detail() {
      return factor.name();
    }
  }

  /**
   * A code or an answer was refused at the second step.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param factor which kind
   * @param why {@code wrong-code}, {@code replay}, {@code locked}, {@code no-factor}, {@code ceremony},
   *     {@code counter}
   */
  record SecondFactorFailed(Instant occurredAt, Actor actor, AccountId account, FactorKind factor, String why)
      implements FactorEvent {
    @Override
    public String detail() {
      return factor.name() + " " + why;
    }
  }

  /**
   * Wrong codes locked the second step.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param until until when
   */
  record SecondFactorLocked(Instant occurredAt, Actor actor, AccountId account, Instant until)
      implements FactorEvent {}

  /**
   * The holder proved their password again, before adding or removing a factor.
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   */
  record Reauthenticated(Instant occurredAt, Actor actor, AccountId account) implements FactorEvent {}

  /**
   * The holder's password was refused when they tried to prove it again (no factor was tried).
   *
   * @param occurredAt when
   * @param actor who
   * @param account which account
   * @param why {@code wrong-password}, or {@code locked} while wrong codes or passwords lock the second step
   */
  record ReauthenticationFailed(Instant occurredAt, Actor actor, AccountId account, String why)
      implements FactorEvent {
    @Override
    public String detail() {
      return why;
    }
  }
}
