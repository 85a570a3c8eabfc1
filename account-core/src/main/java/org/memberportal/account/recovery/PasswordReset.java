/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.recovery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.PasswordContext;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.account.credential.PasswordPolicy;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.account.verification.VerificationCodes;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

/**
 * The forgot-password flow for any kind of account: issues single-use reset codes (purpose
 * {@link CodePurpose#PASSWORD_RESET}) and turns a valid code plus an acceptable new password into a new hash.
 * The caller looks the subject up, answers uniformly whether it exists, stores the hash, clears its lockout
 * and sends the emails.
 *
 * <p>Nobody can stop a holder from resetting: codes are kept per group of {@link Requester}s, each with its own
 * allowance, cool-down and attempts, so requests and guesses from other requesters neither use up, kill nor
 * exhaust the holder's code; all groups together send at most {@link ResetLimits#perAddress()} codes a day
 * (see {@link ResetLimits}). A code works only for the group it was sent for.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class PasswordReset {

  /**
   * A reset code to email.
   *
   * @param code the code, when it was issued and until when it works
   * @param key what tells this code from any other of the subject, for the email's idempotency key: the
   *     instant it was issued (epoch milliseconds), followed by {@code /<group>} for a requester's group
   */
  public record Sent(VerificationCodes.Issued code, String key) {}

  /** What {@link #redeem} decided. */
  public sealed interface Result {}

  /**
   * The code was right and the password acceptable.
   *
   * @param hash the new password's hash, to store
   */
  public record Reset(PasswordHash hash) implements Result {}

  /**
   * The code was refused (wrong, expired, used, exhausted); the attempt is counted, so let the transaction
   * commit before failing.
   *
   * @param verdict why
   */
  public record Refused(VerificationCodes.Verdict verdict) implements Result {}

  private final VerificationCodes codes;
  private final PasswordPolicy policy;
  private final PasswordHasher hasher;
  private final ResetLimits limits;

  /**
   * Creates the flow with the default {@link ResetLimits}.
   *
   * @param codes the one-time codes
   * @param policy the password policy
   * @param hasher the hasher of new passwords
   */
  public PasswordReset(VerificationCodes codes, PasswordPolicy policy, PasswordHasher hasher) {
    this(codes, policy, hasher, ResetLimits.defaults());
  }

  /**
   * Creates the flow.
   *
   * @param codes the one-time codes
   * @param policy the password policy
   * @param hasher the hasher of new passwords
   * @param limits how many codes go out per requester and per address
   */
  public PasswordReset(VerificationCodes codes, PasswordPolicy policy, PasswordHasher hasher, ResetLimits limits) {
    this.codes = codes;
    this.policy = policy;
    this.hasher = hasher;
    this.limits = limits;
  }

  /**
   * Issues a reset code for a subject to a caller who gave no requester key.
   *
   * @param subject whose password is to be reset
   * @param now the current instant
   * @return the code to email, or empty when throttled (answer the same way anyway)
   */
  public Optional<VerificationCodes.Issued> request(CodeSubject subject, Instant now) {
    return request(subject, null, now).map(Sent::code);
  }

  /**
   * Issues a reset code for a subject to the requester's group, killing that group's previous one, unless the
   * group's cool-down or allowance, or the address's allowance, forbids it; other groups' codes keep working.
   *
   * @param subject whose password is to be reset
   * @param requester the requester key the host supplied, or null
   * @param now the current instant
   * @return the code to email, or empty when throttled (answer the same way anyway)
   */
  public Optional<Sent> request(CodeSubject subject, @Nullable String requester, Instant now) {
    int sent = 0;
    for (CodePurpose group : groups()) {
      sent += codes.sentInWindow(subject, group, now);
    }
    if (sent >= limits.perAddress()) {
      return Optional.empty();
    }
    CodePurpose group = group(requester);
    int cap = group.equals(CodePurpose.PASSWORD_RESET) ? codes.rules().dailyCap() : limits.perRequester();
    VerificationCodes.Issue issue = codes.issue(subject, group, now, cap);
    if (!(issue instanceof VerificationCodes.Issued issued)) {
      return Optional.empty();
    }
    String suffix = group.value().substring(CodePurpose.PASSWORD_RESET.value().length());
    return Optional.of(new Sent(issued, issued.issuedAt().toEpochMilli() + suffix));
  }

  /**
   * Redeems a code sent to a caller who gave no requester key; see
   * {@link #redeem(CodeSubject, String, Secret, Secret, Secret, PasswordContext, Locale, Instant)}.
   *
   * @param subject whose password is reset
   * @param code the code as typed
   * @param password the new password
   * @param confirmation its confirmation
   * @param context what the password must not contain
   * @param locale the language of violations
   * @param now the current instant
   * @return the new hash, or why the code was refused
   * @throws ValidationFailed when the new password breaks the policy
   */
  public Result redeem(CodeSubject subject, Secret code, Secret password, Secret confirmation,
      PasswordContext context, Locale locale, Instant now) {
    return redeem(subject, null, code, password, confirmation, context, locale, now);
  }

  /**
   * Checks the new password against the policy (before the code, so a rejected password does not use an
   * attempt), then redeems the code of the requester's group; on success that code is used, every other
   * outstanding reset code of the subject dies, and the password is hashed.
   *
   * @param subject whose password is reset
   * @param requester the requester key the host supplied, or null (the same as when the code was asked for)
   * @param code the code as typed
   * @param password the new password
   * @param confirmation its confirmation
   * @param context what the password must not contain
   * @param locale the language of violations
   * @param now the current instant
   * @return the new hash, or why the code was refused
   * @throws ValidationFailed when the new password breaks the policy
   */
  public Result redeem(CodeSubject subject, @Nullable String requester, Secret code, Secret password,
      Secret confirmation, PasswordContext context, Locale locale, Instant now) {
    List<Violation> violations = policy.violations("password", password, confirmation, context, locale);
    if (!violations.isEmpty()) {
      throw new ValidationFailed(violations);
    }
    VerificationCodes.Verdict verdict = codes.redeem(subject, group(requester), code, now);
    if (verdict != VerificationCodes.Verdict.ACCEPTED) {
      return new Refused(verdict);
    }
    revoke(subject);
    return new Reset(hasher.hash(password));
  }

  /**
   * Kills every outstanding reset code of a subject (after a password change by other means); the allowances
   * stay counted.
   *
   * @param subject the subject
   */
  public void revoke(CodeSubject subject) {
    for (CodePurpose group : groups()) {
      codes.revoke(subject, group);
    }
  }

  /**
   * Forgets every reset code of a subject and its allowances, e.g. when the subject is erased.
   *
   * @param subject the subject
   */
  public void forget(CodeSubject subject) {
    for (CodePurpose group : groups()) {
      codes.forget(subject, group);
    }
  }

  /** The code slot of a requester's group: {@code password-reset} without a key, else {@code password-reset/<n>}. */
  private CodePurpose group(@Nullable String requester) {
    if (requester == null || requester.isBlank()) {
      return CodePurpose.PASSWORD_RESET;
    }
    return new CodePurpose(CodePurpose.PASSWORD_RESET.value() + "/" + codes.group(requester, limits.groups()));
  }

  private List<CodePurpose> groups() {
    List<CodePurpose> all = new ArrayList<>(limits.groups() + 1);
    all.add(CodePurpose.PASSWORD_RESET);
    for (int n = 0; n < limits.groups(); n++) {
      all.add(new CodePurpose(CodePurpose.PASSWORD_RESET.value() + "/" + n));
    }
    return all;
  }
}
