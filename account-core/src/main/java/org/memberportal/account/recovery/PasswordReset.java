package org.memberportal.account.recovery;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
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
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class PasswordReset {

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

  /**
   * Creates the flow.
   *
   * @param codes the one-time codes
   * @param policy the password policy
   * @param hasher the hasher of new passwords
   */
  public PasswordReset(VerificationCodes codes, PasswordPolicy policy, PasswordHasher hasher) {
    this.codes = codes;
    this.policy = policy;
    this.hasher = hasher;
  }

  /**
   * Issues a reset code for a subject, killing the previous one, unless the cool-down or daily cap forbids it.
   *
   * @param subject whose password is to be reset
   * @param now the current instant
   * @return the code to email, or empty when throttled (answer the same way anyway)
   */
  public Optional<VerificationCodes.Issued> request(CodeSubject subject, Instant now) {
    VerificationCodes.Issue issue = codes.issue(subject, CodePurpose.PASSWORD_RESET, now);
    return issue instanceof VerificationCodes.Issued issued ? Optional.of(issued) : Optional.empty();
  }

  /**
   * Checks the new password against the policy (before the code, so a rejected password does not use an
   * attempt), then redeems the code; on success the code is used and the password hashed.
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
    List<Violation> violations = policy.violations("password", password, confirmation, context, locale);
    if (!violations.isEmpty()) {
      throw new ValidationFailed(violations);
    }
    VerificationCodes.Verdict verdict = codes.redeem(subject, CodePurpose.PASSWORD_RESET, code, now);
    if (verdict != VerificationCodes.Verdict.ACCEPTED) {
      return new Refused(verdict);
    }
    return new Reset(hasher.hash(password));
  }

  /**
   * Kills any outstanding reset code of a subject (after a password change by other means).
   *
   * @param subject the subject
   */
  public void revoke(CodeSubject subject) {
    codes.revoke(subject, CodePurpose.PASSWORD_RESET);
  }
}
