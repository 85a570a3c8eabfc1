/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.candidate;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.Acknowledgement;
import org.memberportal.account.credential.CredentialSettings;
import org.memberportal.account.credential.Credentials;
import org.memberportal.account.credential.PasswordPolicy;
import org.memberportal.account.credential.SignInAnswer;
import org.memberportal.account.recovery.ResetLimits;
import org.memberportal.account.signin.SignInThrottle;
import org.memberportal.account.verification.CodeRules;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.StaffDirectory;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.ValidationFailed;

/**
 * Careers accounts (C1, C2): separate from user accounts and stored through their own port, but with the same
 * password policy, hashing, one-time codes, sign-in throttle and recovery: the credential flows account-core
 * writes once for every kind of account ({@link Credentials}, over {@code CandidateHolders}). What is careers' own
 * stays here: current staff are refused ({@code SigningUpCandidates}), the emails have
 * careers' kinds, and erasing a candidate erases the account ({@link #forget}). Sign-up, resend
 * and forgot-password answer the same whether or not the address has an account.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class CareersAccounts {

  /** Reason of the refusal of current staff, {@link CareersRefusals#CANDIDATE_CURRENT_STAFF}. */
  public static final String CURRENT_STAFF = CareersRefusals.CANDIDATE_CURRENT_STAFF;

  /**
   * Reason of a refused one-time code (wrong, expired, used, or no such account),
   * {@link CareersRefusals#CANDIDATE_CODE_REJECTED}.
   */
  public static final String CODE_REJECTED = CareersRefusals.CANDIDATE_CODE_REJECTED;

  /** Reason of a password change with a wrong current password, {@link CareersRefusals#CANDIDATE_WRONG_PASSWORD}. */
  public static final String WRONG_PASSWORD = CareersRefusals.CANDIDATE_WRONG_PASSWORD;

  /** Notification kind: the verification code; parameters {@link #CODE}, {@link #EXPIRES_AT}. */
  public static final String VERIFICATION_CODE = "careers.verification-code";

  /** Notification kind: "someone tried to create a careers account with your address". */
  public static final String SIGN_UP_ATTEMPT = "careers.sign-up-attempt";

  /** Notification kind: the password-reset code; parameters {@link #CODE}, {@link #EXPIRES_AT}. */
  public static final String RESET_CODE = "careers.password-reset-code";

  /** Notification kind: "your password was changed". */
  public static final String PASSWORD_CHANGED = "careers.password-changed";

  /** Notification parameter: the one-time code (secret). */
  public static final String CODE = Credentials.CODE;

  /** Notification parameter: when the code stops working. */
  public static final String EXPIRES_AT = Credentials.EXPIRES_AT;

  private final Host host;
  private final CandidateAccounts accounts;
  private final Credentials<CandidateAccount> credentials;
  private final SigningUpCandidates signingUp;

  private CareersAccounts(Builder b) {
    this.host = Objects.requireNonNull(b.host, "host");
    this.accounts = Objects.requireNonNull(b.accounts, "accounts");
    CandidateHolders holders = new CandidateHolders();
    this.credentials = new Credentials<>("candidate", CareersAccounts.class, host, new CandidateStore(accounts), holders, b);
    this.signingUp = new SigningUpCandidates(credentials, holders, Objects.requireNonNull(b.staff, "staff"));
  }

  /**
   * Starts configuring the service.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a careers account awaiting verification and emails a code; if the address has an account, its
   * holder is told instead, at most once a day. Answers the same in both cases.
   *
   * @param command the sign-up form
   * @param actor a visitor who is not signed in
   * @return the uniform acknowledgement
   * @throws PreconditionFailed {@link #CURRENT_STAFF} for current staff members, who use the internal employee
   *     profile
   */
  public Outcome<Acknowledgement> createAccount(CreateCandidateAccount command, Actor actor) {
    return signingUp.createAccount(command, actor);
  }

  /**
   * Verifies the address with the emailed code; the account becomes active.
   *
   * @param command the address and code
   * @param actor a visitor
   * @return the candidate
   * @throws PreconditionFailed {@link #CODE_REJECTED} when the code is refused or nothing awaits verification
   */
  public Outcome<CandidateId> verifyEmail(VerifyCandidateEmail command, Actor actor) {
    return credentials.verifyEmail(command, actor).map(CandidateAccount::id);
  }

  /**
   * "Didn't get the code?": emails a fresh verification code, killing the previous one, when a careers account
   * with the address awaits verification, within the same cool-down and daily cap as the code sent at sign-up
   * (the credential flow's {@code resendCode}, as for user accounts). Answers the same whatever the address.
   *
   * @param command the address
   * @param actor a visitor who is not signed in
   * @return the uniform acknowledgement
   * @since 0.2.0
   */
  public Outcome<Acknowledgement> resendCode(ResendCandidateCode command, Actor actor) {
    return credentials.resendCode(command, actor).map(Acknowledgement::new);
  }

  /**
   * Signs a candidate in: one uniform rejection for every failure; failures lock the account for a while; an
   * outdated hash is remade.
   *
   * @param command the address and password
   * @param actor a visitor
   * @return signed in, or rejected
   * @throws ValidationFailed before any look-up or hashing, when the password is longer than the policy's maximum
   *     or not well-formed
   */
  public Outcome<CandidateSignInResult> signIn(CandidateSignIn command, Actor actor) {
    return credentials.signIn(command, actor).map(answer ->
        answer.verdict() == SignInAnswer.Verdict.SIGNED_IN
            ? new CandidateSignInResult.SignedIn(answer.holder().orElseThrow().id())
            : new CandidateSignInResult.Rejected());
  }

  /**
   * Sends a password-reset code when an account has the address: "if an account matches, you will receive an
   * email". Answers the same in every case. Requests from other requesters cannot stop the holder from
   * resetting: codes are kept per group of {@link CandidateForgotPassword#requester()} keys under
   * {@link ResetLimits}, as for user accounts.
   *
   * @param command the address
   * @param actor a visitor
   * @return the uniform acknowledgement
   */
  public Outcome<Acknowledgement> forgotPassword(CandidateForgotPassword command, Actor actor) {
    return credentials.forgotPassword(command, command.email(), actor).map(Acknowledgement::new);
  }

  /**
   * Sets a new password with a reset code; the code also proves the address, so the account becomes active.
   *
   * @param command the address, code and new password
   * @param actor a visitor
   * @return the candidate
   * @throws ValidationFailed when the new password breaks the policy (the code is not used)
   * @throws PreconditionFailed {@link #CODE_REJECTED} when the code is refused
   */
  public Outcome<CandidateId> resetPassword(CandidateResetPassword command, Actor actor) {
    return credentials.resetPassword(command, actor).map(CandidateAccount::id);
  }

  /**
   * Changes the password knowing the current one; kills outstanding reset codes and emails "password changed".
   *
   * @param command the candidate, current and new password
   * @param actor the candidate
   * @return the candidate
   * @throws PreconditionFailed {@link #WRONG_PASSWORD} when the current password is wrong
   * @throws ValidationFailed when the new password breaks the policy, or the current one is longer than the
   *     maximum or not well-formed (before any hashing)
   * @throws NotAllowed {@code candidate.not-owner} for anybody but the candidate
   * @throws org.memberportal.kernel.IllegalTransition while the account awaits verification
   */
  public Outcome<CandidateId> changePassword(ChangeCandidatePassword command, Actor actor) {
    return credentials.changePassword(command, actor, () -> {
      CandidateId id = value(command.candidate());
      if (!(actor instanceof Candidate c && c.candidate().equals(id))) {
        throw new NotAllowed(CareersRefusals.CANDIDATE_NOT_OWNER, "only the candidate changes their password");
      }
      return accounts.find(id).orElseThrow(() -> new NotFound(CareersRefusals.CANDIDATE_NOT_FOUND,
          "no such careers account"));
    }).map(CandidateAccount::id);
  }

  /**
   * The password policy in force (the user accounts' one), for front-ends that show the rules.
   *
   * @return the policy
   */
  public PasswordPolicy passwordPolicy() {
    return credentials.policy();
  }

  /**
   * Forgets an erased candidate (C4): deletes the careers account and forgets its one-time codes and reset
   * allowances. Called by the erasure policy in the erasure's transaction, not by hosts.
   *
   * @param candidate the erased candidate
   */
  @API(status = API.Status.INTERNAL, since = "0.2.0")
  public void forget(CandidateId candidate) {
    accounts.remove(candidate);
    credentials.forget(CandidateAccount.codeSubject(candidate));
  }

  private static <T> T value(@Nullable T validated) {
    // validation has rejected nulls before any use
    return Objects.requireNonNull(validated);
  }

  /**
   * Configures {@link CareersAccounts}: the ports are required, the rest defaults to the user accounts'
   * ({@link CredentialSettings}: codes, secrets, hasher, former hashers, policy, {@link CodeRules},
   * {@link SignInThrottle}, {@link ResetLimits}).
   */
  public static final class Builder extends CredentialSettings<Builder> {
    private @Nullable Host host;
    private @Nullable CandidateAccounts accounts;
    private @Nullable StaffDirectory staff;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The kernel's ports.
     *
     * @param value the host
     * @return this builder
     */
    public Builder host(Host value) {
      host = value;
      return this;
    }

    /**
     * Where careers accounts are stored.
     *
     * @param value the store
     * @return this builder
     */
    public Builder accounts(CandidateAccounts value) {
      accounts = value;
      return this;
    }

    /**
     * The organisation's staff directory.
     *
     * @param value the directory
     * @return this builder
     */
    public Builder staff(StaffDirectory value) {
      staff = value;
      return this;
    }

    /**
     * Builds the service; the module's policy wiring makes erasure call {@link CareersAccounts#forget}.
     *
     * @return the service
     */
    public CareersAccounts build() {
      return new CareersAccounts(this);
    }
  }
}
