/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import org.apiguardian.api.API;

/**
 * The account module's catalogue of refusals: every {@link org.memberportal.kernel.PortalException#reason()} the
 * user accounts and the credential flow raise, written once, with the rule it names. Throw sites name these
 * constants, never a literal; each reason has an English and a French sentence under its own key in the
 * module's {@code ValidationMessages} bundles.
 *
 * <p>The credential flow ({@link org.memberportal.account.credential.Credentials}) serves every kind of account and
 * builds its reasons from the kind's name ({@code <kind>.code-rejected}, ...): the catalogue holds their suffixes,
 * and the user accounts' reasons of that flow ({@code account.code-rejected}, ...). The account workflow's reasons
 * ({@code account.illegal-transition}, {@code account.not-allowed}) are built by the kernel's {@code Workflow} from
 * the suffixes of {@link org.memberportal.kernel.KernelRefusals}. The codes of the violations of a
 * {@link org.memberportal.kernel.ValidationFailed} that the use cases spell are here too; those of the bean
 * constraints stay on their annotations, and the password rules' on {@link
 * org.memberportal.account.credential.PasswordRule}. A write over a stale version is refused with the kernel's
 * {@link org.memberportal.kernel.KernelRefusals#STALE_VERSION}, whatever the store.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class AccountRefusals {

  /** Only the roles the account's rules name may act on an account (and one with none learns nothing of it). */
  public static final String NOT_ALLOWED = "account.not-allowed";

  /** The account a command names must exist; said only to an actor who may know of the account. */
  public static final String NOT_FOUND = "account.not-found";

  /** Sign-up, verification, sign-in and recovery are for visitors and account holders, not for staff. */
  public static final String VISITORS_ONLY = "account.visitors-only";

  /** One account per mailbox: an address another account already has cannot be used. */
  public static final String EMAIL_TAKEN = "account.email-taken";

  /** A one-time code is accepted once, before it expires and within its attempts, and only if it was issued. */
  public static final String CODE_REJECTED = "account.code-rejected";

  /** A change of password or address needs the current password. */
  public static final String WRONG_PASSWORD = "account.wrong-password";

  /** A new code is sent only once the previous one is old enough (the code throttle). */
  public static final String CODE_THROTTLED = "account.code-throttled";

  /** Only a change of address that was asked for can be confirmed. */
  public static final String NO_PENDING_EMAIL = "account.no-pending-email";

  /** An account id names one account: a new account with the id of a stored one is refused. */
  public static final String ID_TAKEN = "account.id-taken";

  /**
   * One code a subject and purpose: a first code is refused when another was issued for them meanwhile (a
   * later code replaces the stored one with an update).
   */
  public static final String CODE_TAKEN = "verification.code-taken";

  /** Suffix of {@code <kind>.code-rejected}, the credential flow's {@link #CODE_REJECTED} for any kind. */
  public static final String CODE_REJECTED_SUFFIX = ".code-rejected";

  /** Suffix of {@code <kind>.wrong-password}, the credential flow's {@link #WRONG_PASSWORD} for any kind. */
  public static final String WRONG_PASSWORD_SUFFIX = ".wrong-password";

  /**
   * Suffix of {@code <kind>.email-taken}, the store's {@link #EMAIL_TAKEN} for any kind, on which a sign-up that
   * lost the race for its address runs again.
   */
  public static final String EMAIL_TAKEN_SUFFIX = ".email-taken";

  /**
   * A code typed at the second step or to confirm an authenticator app is accepted once, within a step of the
   * holder's clock, and only when it is the app's or one of the unused recovery codes.
   */
  public static final String FACTOR_CODE_REJECTED = "account.factor-code-rejected";

  /** After repeated wrong second-factor codes (or passwords typed to re-authenticate) the holder waits. */
  public static final String FACTOR_LOCKED = "account.factor-locked";

  /** Adding or removing a second factor needs the password or a factor proved within the host's window. */
  public static final String REAUTHENTICATION_REQUIRED = "account.reauthentication-required";

  /** One authenticator app an account: it is removed before another is enrolled. */
  public static final String TOTP_ENROLLED = "account.totp-enrolled";

  /** A passkey counts only when the browser's answer verifies against a fresh challenge of its ceremony. */
  public static final String PASSKEY_REJECTED = "account.passkey-rejected";

  /** A passkey a command names must be one of the holder's. */
  public static final String PASSKEY_NOT_FOUND = "account.passkey-not-found";

  /** A passkey is registered once, and its name is unique among its holder's passkeys. */
  public static final String PASSKEY_TAKEN = "account.passkey-taken";

  /** The host's policy reserves the command to actors with a second factor, and this one has none enrolled yet. */
  public static final String SECOND_FACTOR_ENROLMENT_REQUIRED = "account.second-factor-enrolment-required";

  /** The host's policy reserves the command to actors who signed in with their second factor. */
  public static final String SECOND_FACTOR_REQUIRED = "account.second-factor-required";

  /** Violation code: a new address must differ from the current one. */
  public static final String EMAIL_UNCHANGED = "account.email.unchanged";

  /** Violation code: the service desk looks accounts up by exactly one criterion, the address or the name. */
  public static final String LOOKUP_ONE_CRITERION = "account.lookup.one-criterion";

  /** Violation code: a reference-data code (title, gender, role, language) is one of the offered choices. */
  public static final String REFERENCE_UNKNOWN = "account.reference.unknown";

  private AccountRefusals() {}
}
