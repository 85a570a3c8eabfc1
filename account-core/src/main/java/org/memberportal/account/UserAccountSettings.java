/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;
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
