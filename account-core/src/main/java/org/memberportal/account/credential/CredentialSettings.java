/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.port.PasswordHasher;
import org.memberportal.account.port.Secrets;
import org.memberportal.account.recovery.ResetLimits;
import org.memberportal.account.signin.SignInThrottle;
import org.memberportal.account.verification.CodeRules;

/**
 * What a module's builder configures of its {@link Credentials}: the code store and key source are required,
 * the rest has the seed's defaults. The user accounts' and the careers accounts' builders extend it.
 *
 * @param <B> the builder itself
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public abstract class CredentialSettings<B extends CredentialSettings<B>> {

  private @Nullable IssuedCodes codes;
  private @Nullable Secrets secrets;
  private PasswordHasher hasher = PasswordHashing.argon2id();
  private List<PasswordHasher> formerHashers = List.of();
  private PasswordPolicy policy = PasswordPolicy.seed();
  private CodeRules codeRules = CodeRules.defaults();
  private SignInThrottle throttle = SignInThrottle.defaults();
  private ResetLimits resetLimits = ResetLimits.defaults();

  /** For the modules' builders. */
  protected CredentialSettings() {}

  /**
   * This builder, as its own type.
   *
   * @return this
   */
  protected abstract B self();

  /**
   * Sets the store of one-time codes (the account module's port; subjects are {@code <kind>:<id>}).
   *
   * @param value the store
   * @return this builder
   */
  public B codes(IssuedCodes value) {
    this.codes = value;
    return self();
  }

  /**
   * Sets the key source of the codes' keyed hash.
   *
   * @param value the secrets
   * @return this builder
   */
  public B secrets(Secrets value) {
    this.secrets = value;
    return self();
  }

  /**
   * Sets the password hasher (default Argon2id at OWASP parameters).
   *
   * @param value the hasher
   * @return this builder
   */
  public B hasher(PasswordHasher value) {
    this.hasher = value;
    return self();
  }

  /**
   * Declares the hashers whose hashes may still be stored after a change of hasher (until their holders sign in
   * and the hashes are upgraded), so that a failed sign-in costs the same whatever parameters an account's hash
   * has, and the same as for an unknown address ({@link CredentialCheck}). Default none.
   *
   * @param value the former hashers
   * @return this builder
   */
  public B formerHashers(List<? extends PasswordHasher> value) {
    this.formerHashers = List.copyOf(value);
    return self();
  }

  /**
   * Sets the password policy (default {@link PasswordPolicy#seed()}).
   *
   * @param value the policy
   * @return this builder
   */
  public B policy(PasswordPolicy value) {
    this.policy = value;
    return self();
  }

  /**
   * Sets the limits of one-time codes (validity, attempts, cool-down, daily cap).
   *
   * @param value the rules
   * @return this builder
   */
  public B codeRules(CodeRules value) {
    this.codeRules = value;
    return self();
  }

  /**
   * Sets the sign-in lockout rule.
   *
   * @param value the throttle
   * @return this builder
   */
  public B throttle(SignInThrottle value) {
    this.throttle = value;
    return self();
  }

  /**
   * Sets how many password-reset codes go out per group of requesters and per address (default
   * {@link ResetLimits#defaults()}).
   *
   * @param value the limits
   * @return this builder
   */
  public B resetLimits(ResetLimits value) {
    this.resetLimits = value;
    return self();
  }

  IssuedCodes codes() {
    return Objects.requireNonNull(codes, "codes");
  }

  /**
   * {@return the host's key source, for the services that key more than codes (the second factor)}
   *
   * @since 0.2.0
   */
  protected Secrets secrets() {
    return Objects.requireNonNull(secrets, "secrets");
  }

  PasswordHasher hasher() {
    return hasher;
  }

  List<PasswordHasher> formerHashers() {
    return formerHashers;
  }

  PasswordPolicy policy() {
    return policy;
  }

  CodeRules codeRules() {
    return codeRules;
  }

  SignInThrottle throttle() {
    return throttle;
  }

  ResetLimits resetLimits() {
    return resetLimits;
  }
}
