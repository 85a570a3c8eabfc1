/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.memberportal.account.credential.Credentials;
import org.memberportal.account.factor.FactorDirectory;
import org.memberportal.account.factor.FactorPolicy;
import org.memberportal.account.factor.FactorSettings;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.account.port.FactorRegister;
import org.memberportal.account.port.PasskeyCeremony;
import org.memberportal.account.port.PasskeyChallenges;
import org.memberportal.account.port.PasskeyRegister;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.CredentialSettings;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.reference.ReferenceData;
import org.memberportal.kernel.Host;

/**
 * What {@link UserAccounts.Builder} configures: the host and the ports are required; everything else has the
 * seed's defaults (the credential settings are {@link CredentialSettings}'s).
 *
 * @param <B> the builder itself
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public abstract class UserAccountSettings<B extends UserAccountSettings<B>> extends CredentialSettings<B> {

  private @Nullable Host host;
  private @Nullable Accounts accounts;
  private ReferenceData reference = ReferenceData.defaults();
  private Duration unverifiedLifetime = Duration.ofDays(7);
  private @Nullable FactorRegister factors;
  private @Nullable PasskeyRegister passkeys;
  private @Nullable PasskeyChallenges challenges;
  private PasskeyCeremony ceremony = PasskeyCeremony.REFUSING;
  private FactorSettings factorSettings = FactorSettings.defaults();
  private Function<FactorDirectory, FactorPolicy> factorPolicy = directory -> FactorPolicy.none();

  UserAccountSettings() {}

  /**
   * Sets the host (transactions, events, outbox, clock).
   *
   * @param value the host
   * @return this builder
   */
  public B host(Host value) {
    this.host = value;
    return self();
  }

  /**
   * Sets the account store.
   *
   * @param value the store
   * @return this builder
   */
  public B accounts(Accounts value) {
    this.accounts = value;
    return self();
  }

  /**
   * Sets the reference data (default {@link ReferenceData#defaults()}).
   *
   * @param value the lists
   * @return this builder
   */
  public B referenceData(ReferenceData value) {
    this.reference = value;
    return self();
  }

  /**
   * Sets how long an unverified sign-up lives (default 7 days).
   *
   * @param value the lifetime
   * @return this builder
   */
  public B unverifiedLifetime(Duration value) {
    this.unverifiedLifetime = value;
    return self();
  }

  /**
   * The second factor's stores (issue 24): with them the accounts offer {@code secondFactors()} and sign-in asks an
   * account with a factor for its second step. Without them no account has a factor.
   *
   * @param register the enrolments (authenticator keys, recovery codes)
   * @param passkeyRegister the passkeys
   * @param passkeyChallenges the WebAuthn challenges
   * @return this builder
   * @since 0.2.0
   */
  public B secondFactors(FactorRegister register, PasskeyRegister passkeyRegister,
      PasskeyChallenges passkeyChallenges) {
    this.factors = register;
    this.passkeys = passkeyRegister;
    this.challenges = passkeyChallenges;
    return self();
  }

  /**
   * The WebAuthn verification of passkeys (the {@code member-portal-webauthn} adapter); without one, passkeys are
   * refused.
   *
   * @param value the ceremony
   * @return this builder
   * @since 0.2.0
   */
  public B passkeyCeremony(PasskeyCeremony value) {
    this.ceremony = value;
    return self();
  }

  /**
   * The second factor's settings; {@link FactorSettings#defaults()} unless set.
   *
   * @param value the settings
   * @return this builder
   * @since 0.2.0
   */
  public B factorSettings(FactorSettings value) {
    this.factorSettings = value;
    return self();
  }

  /**
   * Who must have passed a second factor for the operator's decisions on accounts; {@link FactorPolicy#none()}
   * unless set (e.g. {@code FactorPolicy::keyHolders}). The function receives the accounts' own directory of
   * factors.
   *
   * @param value the policy, made from the directory
   * @return this builder
   * @since 0.2.0
   */
  public B factorPolicy(Function<FactorDirectory, FactorPolicy> value) {
    this.factorPolicy = value;
    return self();
  }

  Optional<SecondFactors.Wiring> factorWiring(Credentials<Account> credentials) {
    if (factors == null || passkeys == null || challenges == null) {
      return Optional.empty();
    }
    return Optional.of(new SecondFactors.Wiring(host(), accounts(), credentials, secrets(), factors, passkeys,
        challenges, ceremony, factorSettings));
  }

  FactorPolicy factorPolicy(FactorDirectory directory) {
    return factorPolicy.apply(directory);
  }

  Host host() {
    return Objects.requireNonNull(host, "host");
  }

  Accounts accounts() {
    return Objects.requireNonNull(accounts, "accounts");
  }

  ReferenceData reference() {
    return reference;
  }

  Duration unverifiedLifetime() {
    return unverifiedLifetime;
  }
}
