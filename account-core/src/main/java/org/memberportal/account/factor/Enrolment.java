/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.signin.Lockout;
import org.memberportal.account.verification.CodeSubject;

/**
 * The second factors of one holder but passkeys (which have their own store): the authenticator app's key, the
 * recovery codes, the throttle of the codes typed at the second step and the last re-authentication, which adding
 * or removing a factor needs.
 *
 * @param holder whose, e.g. {@code account:<id>}
 * @param totp the authenticator app's key, if one was started
 * @param recoveryCodes the current set (empty before the first factor)
 * @param lockout the failures of the second step and the lockout they caused
 * @param reauthenticatedAt when the holder last proved their password or a factor, if ever
 * @param version the stored version, 0 before it is stored
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public record Enrolment(CodeSubject holder, @Nullable TotpKey totp, List<RecoveryCode> recoveryCodes,
    Lockout lockout, @Nullable Instant reauthenticatedAt, long version) {

  /** Copies the codes. */
  public Enrolment {
    recoveryCodes = List.copyOf(recoveryCodes);
  }

  /**
   * The empty enrolment of a holder.
   *
   * @param holder whose
   * @return no factor, no failure
   */
  public static Enrolment none(CodeSubject holder) {
    return new Enrolment(holder, null, List.of(), Lockout.NONE, null, 0);
  }

  /** {@return the authenticator app's key, confirmed or not} */
  public Optional<TotpKey> key() {
    return Optional.ofNullable(totp);
  }

  /** {@return whether an authenticator app is a confirmed factor} */
  public boolean hasTotp() {
    return totp != null && totp.confirmed();
  }

  /** {@return how many recovery codes are left} */
  public int recoveryCodesLeft() {
    return (int) recoveryCodes.stream().filter(RecoveryCode::unused).count();
  }

  /**
   * Whether the holder re-authenticated recently enough to add or remove a factor.
   *
   * @param now the instant
   * @param window how recent
   * @return true within the window
   */
  public boolean reauthenticatedWithin(Instant now, Duration window) {
    return reauthenticatedAt != null && !now.isAfter(reauthenticatedAt.plus(window));
  }

  /**
   * {@return a copy with another key, or none}
   *
   * @param value the key
   */
  public Enrolment withTotp(@Nullable TotpKey value) {
    return new Enrolment(holder, value, recoveryCodes, lockout, reauthenticatedAt, version);
  }

  /**
   * {@return a copy with another set of recovery codes}
   *
   * @param value the codes
   */
  public Enrolment withRecoveryCodes(List<RecoveryCode> value) {
    return new Enrolment(holder, totp, value, lockout, reauthenticatedAt, version);
  }

  /**
   * {@return a copy with another lockout state}
   *
   * @param value the state
   */
  public Enrolment withLockout(Lockout value) {
    return new Enrolment(holder, totp, recoveryCodes, value, reauthenticatedAt, version);
  }

  /**
   * {@return a copy re-authenticated at an instant}
   *
   * @param value the instant
   */
  public Enrolment withReauthenticatedAt(Instant value) {
    return new Enrolment(holder, totp, recoveryCodes, lockout, value, version);
  }

  /**
   * {@return a copy at another version (stores only)}
   *
   * @param value the version
   */
  public Enrolment withVersion(long value) {
    return new Enrolment(holder, totp, recoveryCodes, lockout, reauthenticatedAt, value);
  }
}
