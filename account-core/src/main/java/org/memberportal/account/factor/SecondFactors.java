/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.factor;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.account.Account;
import org.memberportal.account.credential.Credentials;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.port.FactorRegister;
import org.memberportal.account.port.PasskeyCeremony;
import org.memberportal.account.port.PasskeyChallenges;
import org.memberportal.account.port.PasskeyRegister;
import org.memberportal.account.port.Secrets;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Secret;

/**
 * The user accounts' second factors (issue 24), a façade over one class per use case: {@code TotpEnrolling},
 * {@code SecondStep}, {@code Passkeys}, {@code RenewingRecoveryCodes}, {@code Reauthenticating}. Every command is
 * the signed-in holder's own (anyone else: {@code account.not-allowed}). The host gets it from
 * {@code UserAccounts.secondFactors()}.
 *
 * <p>Sign-in in two steps: {@code UserAccounts.signIn} answers {@code SecondFactorRequired} for an account with a
 * factor; the host then keeps the holder at {@link org.memberportal.kernel.Assurance#PASSWORD} and shows only the
 * second step, whose success ({@link #verifyTotp}, {@link #useRecoveryCode}, {@link #finishPasskeySignIn})
 * returns the holder at {@link org.memberportal.kernel.Assurance#SECOND_FACTOR}, the actor the host keeps in
 * the session from then on.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class SecondFactors implements FactorDirectory {

  private final FactorParts parts;
  private final TotpEnrolling totp;
  private final SecondStep secondStep;
  private final Passkeys passkeys;
  private final RenewingRecoveryCodes recoveryCodes;
  private final Reauthenticating reauthenticating;

  /**
   * Wires the façade (the user accounts' builder does).
   *
   * @param wiring the ports and settings
   */
  @API(status = API.Status.INTERNAL, since = "0.2.0")
  public SecondFactors(Wiring wiring) {
    this.parts = new FactorParts(wiring);
    this.totp = new TotpEnrolling(parts);
    this.secondStep = new SecondStep(parts);
    this.passkeys = new Passkeys(parts);
    this.recoveryCodes = new RenewingRecoveryCodes(parts);
    this.reauthenticating = new Reauthenticating(parts);
  }

  /**
   * {@return the settings in force (the issuer, the windows)}
   */
  public FactorSettings settings() {
    return parts.settings;
  }

  /**
   * The holder's factors, for their page.
   *
   * @param account the account
   * @param actor its holder
   * @return the status
   * @throws org.memberportal.kernel.NotAllowed {@code account.not-allowed} for anyone else
   */
  public FactorStatus status(AccountId account, Actor actor) {
    FactorParts.holder(actor, account);
    return parts.host.query(() -> parts.status(account));
  }

  @Override
  public Set<FactorKind> factorsOf(AccountId account) {
    return parts.host.query(() -> {
      Enrolment enrolment = parts.enrolment(account);
      Set<FactorKind> kinds = EnumSet.noneOf(FactorKind.class);
      if (enrolment.hasTotp()) {
        kinds.add(FactorKind.TOTP);
      }
      if (!parts.passkeys.of(enrolment.holder()).isEmpty()) {
        kinds.add(FactorKind.PASSKEY);
      }
      if (!kinds.isEmpty() && enrolment.recoveryCodesLeft() > 0) {
        kinds.add(FactorKind.RECOVERY_CODE);
      }
      return kinds;
    });
  }

  /**
   * Proves the password again, which adding or removing a factor needs within the settings' window; wrong
   * passwords count towards the second factor's lockout.
   *
   * @param command the account and its password
   * @param actor its holder
   * @return when; event {@code Reauthenticated}
   * @throws org.memberportal.kernel.PreconditionFailed {@code account.wrong-password}, {@code account.factor-locked}
   */
  public Outcome<Instant> reauthenticate(PasswordProof command, Actor actor) {
    return reauthenticating.reauthenticate(command, actor);
  }

  /**
   * Starts setting up an authenticator app: a new key, shown this once.
   *
   * @param account the account
   * @param actor its holder, re-authenticated recently
   * @return the {@code otpauth://} URI (for a QR code) and the key in Base32
   * @throws org.memberportal.kernel.PreconditionFailed {@code account.reauthentication-required},
   *     {@code account.totp-enrolled}
   */
  public Outcome<AuthenticatorKey> startTotp(AccountId account, Actor actor) {
    return totp.start(account, actor);
  }

  /**
   * Confirms the authenticator app with a first code, which makes it a factor; the account's first factor comes
   * with its recovery codes. Mailed ({@code account.factor-added}).
   *
   * @param command the account and the code the app shows
   * @param actor its holder, re-authenticated recently
   * @return the factor and, for a first factor, the recovery codes to show once; events {@code FactorAdded},
   *     {@code RecoveryCodesIssued}
   * @throws org.memberportal.kernel.PreconditionFailed {@code account.factor-code-rejected} (the attempt counted),
   *     {@code account.factor-locked}, {@code account.reauthentication-required}
   */
  public Outcome<Enrolled> confirmTotp(FactorCode command, Actor actor) {
    return totp.confirm(command, actor);
  }

  /**
   * Removes the authenticator app (with the last factor, the recovery codes go too). Mailed
   * ({@code account.factor-removed}).
   *
   * @param account the account
   * @param actor its holder, re-authenticated recently
   * @return the factors left; event {@code FactorRemoved}
   * @throws org.memberportal.kernel.NotFound {@code account.not-found} when no app is set up
   */
  public Outcome<FactorStatus> removeTotp(AccountId account, Actor actor) {
    return totp.remove(account, actor);
  }

  /**
   * The second step with the authenticator app's code: within one step of the clock either way, each step's code
   * once (a replay is refused), wrong codes throttled.
   *
   * @param command the account and the code
   * @param actor its holder, signed in with the password
   * @return the holder at the second-factor level; event {@code SecondFactorPassed}
   * @throws org.memberportal.kernel.PreconditionFailed {@code account.factor-code-rejected} (the attempt counted),
   *     {@code account.factor-locked}
   */
  public Outcome<Actor.AccountHolder> verifyTotp(FactorCode command, Actor actor) {
    return secondStep.withTotp(command, actor);
  }

  /**
   * The second step with a recovery code, which is spent; the holder is mailed how many are left
   * ({@code account.recovery-code-used}).
   *
   * @param command the account and the code
   * @param actor its holder, signed in with the password
   * @return the holder at the second-factor level; event {@code SecondFactorPassed}
   * @throws org.memberportal.kernel.PreconditionFailed {@code account.factor-code-rejected} (the attempt counted),
   *     {@code account.factor-locked}
   */
  public Outcome<Actor.AccountHolder> useRecoveryCode(FactorCode command, Actor actor) {
    return secondStep.withRecoveryCode(command, actor);
  }

  /**
   * A new set of recovery codes, every old one revoked.
   *
   * @param account the account
   * @param actor its holder, re-authenticated recently
   * @return the codes, to show once; event {@code RecoveryCodesIssued}
   * @throws org.memberportal.kernel.PreconditionFailed {@code account.second-factor-enrolment-required} without a
   *     factor, {@code account.reauthentication-required}
   */
  public Outcome<List<Secret>> renewRecoveryCodes(AccountId account, Actor actor) {
    return recoveryCodes.renew(account, actor);
  }

  /**
   * Starts registering a passkey.
   *
   * @param account the account
   * @param actor its holder, re-authenticated recently
   * @return the browser's options (the challenge, the credentials to exclude)
   * @throws org.memberportal.kernel.PreconditionFailed {@code account.reauthentication-required}
   */
  public Outcome<PasskeyOptions> startPasskeyRegistration(AccountId account, Actor actor) {
    return passkeys.startRegistration(account, actor);
  }

  /**
   * Finishes registering a passkey with the browser's answer; the account's first factor comes with its recovery
   * codes. Mailed ({@code account.factor-added}).
   *
   * @param command the answer and the passkey's name
   * @param actor its holder, re-authenticated recently
   * @return the factor, the passkey's id and any recovery codes; events {@code FactorAdded}, ...
   * @throws org.memberportal.kernel.PreconditionFailed {@code account.passkey-rejected} (the challenge is spent)
   * @throws org.memberportal.kernel.Conflict {@code account.passkey-taken}
   */
  public Outcome<Enrolled> finishPasskeyRegistration(PasskeyAttestation command, Actor actor) {
    return passkeys.finishRegistration(command, actor);
  }

  /**
   * Starts the second step with a passkey.
   *
   * @param account the account
   * @param actor its holder, signed in with the password
   * @return the browser's options (the challenge, the credentials allowed)
   * @throws org.memberportal.kernel.PreconditionFailed {@code account.passkey-rejected} when it has none
   */
  public Outcome<PasskeyOptions> startPasskeySignIn(AccountId account, Actor actor) {
    return passkeys.startSignIn(account, actor);
  }

  /**
   * The second step with a passkey: the answer verified against the challenge and the stored public key, and the
   * authenticator's counter moving forward.
   *
   * @param command the browser's answer
   * @param actor its holder, signed in with the password
   * @return the holder at the second-factor level; event {@code SecondFactorPassed}
   * @throws org.memberportal.kernel.PreconditionFailed {@code account.passkey-rejected} (the challenge is spent),
   *     {@code account.factor-locked}
   */
  public Outcome<Actor.AccountHolder> finishPasskeySignIn(PasskeyAssertion command, Actor actor) {
    return passkeys.finishSignIn(command, actor);
  }

  /**
   * Removes a passkey (with the last factor, the recovery codes go too). Mailed ({@code account.factor-removed}).
   *
   * @param command the account and the passkey
   * @param actor its holder, re-authenticated recently
   * @return the factors left; event {@code FactorRemoved}
   * @throws org.memberportal.kernel.NotFound {@code account.passkey-not-found} for a passkey not theirs
   */
  public Outcome<FactorStatus> removePasskey(PasskeyRemoval command, Actor actor) {
    return passkeys.remove(command, actor);
  }

  /**
   * Renames a passkey; the name has the registration's rules, and may be the passkey's own in another case. No
   * re-authentication (a name changes no factor), no mail; audited.
   *
   * @param command the account, the passkey and its new name
   * @param actor its holder
   * @return the factors; event {@code PasskeyRenamed}
   * @throws org.memberportal.kernel.NotFound {@code account.passkey-not-found} for a passkey not theirs
   * @throws org.memberportal.kernel.Conflict {@code account.passkey-taken} when another of theirs has the name
   */
  public Outcome<FactorStatus> renamePasskey(PasskeyRename command, Actor actor) {
    return passkeys.rename(command, actor);
  }

  /**
   * What the façade is built from (the user accounts' builder fills it).
   *
   * @param host the host
   * @param accounts the account store
   * @param credentials the accounts' credential flows (the password check)
   * @param secrets the host's keys
   * @param register the enrolments
   * @param passkeys the passkeys
   * @param challenges the ceremonies' challenges
   * @param ceremony the WebAuthn verification
   * @param settings the settings
   * @since 0.2.0
   */
  @API(status = API.Status.INTERNAL, since = "0.2.0")
  public record Wiring(Host host, Accounts accounts, Credentials<Account> credentials, Secrets secrets,
      FactorRegister register, PasskeyRegister passkeys, PasskeyChallenges challenges, PasskeyCeremony ceremony,
      FactorSettings settings) {}
}
