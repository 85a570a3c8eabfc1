/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.credential.Credentials;
import org.memberportal.account.factor.FactorDirectory;
import org.memberportal.account.factor.FactorPolicy;
import org.memberportal.account.factor.SecondFactors;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.reference.ReferenceData;
import org.memberportal.kernel.Host;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every use case of the user accounts takes, built once by {@link UserAccounts}.
 *
 * @param host the host (transactions, events, outbox, clock)
 * @param accounts the store
 * @param holders the user accounts as the credential flows see them, and the actor's roles
 * @param credentials the credential flows of user accounts
 * @param reference the reference data of the forms
 * @param unverifiedLifetime how long a sign-up may await the verification of its address
 * @param factors the second factors (issue 24), or null when the host wired no second-factor stores
 * @param factorPolicy the host's policy of second factors, judged over {@code factors} (none: nobody has one)
 */
record AccountParts(Host host, Accounts accounts, UserHolders holders, Credentials<Account> credentials,
    ReferenceData reference, Duration unverifiedLifetime, @Nullable SecondFactors factors,
    FactorPolicy factorPolicy) {

  /** The user accounts log under their service's name, as hosts configure it. */
  static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);

  /**
   * Wires the parts from the settings: the credential flows over the store, then the second factors over the
   * credential flows when the host wired their stores, then the host's factor policy over the second factors.
   */
  static AccountParts wire(UserAccountSettings<?> settings) {
    UserHolders holders = new UserHolders(settings.accounts());
    Credentials<Account> credentials = new Credentials<>("account", UserAccounts.class, settings.host(),
        settings.accounts(), holders, settings);
    SecondFactors factors = settings.factorWiring(credentials).map(SecondFactors::new).orElse(null);
    FactorDirectory directory = factors == null ? FactorDirectory.NONE : factors;
    return new AccountParts(settings.host(), settings.accounts(), holders, credentials, settings.reference(),
        settings.unverifiedLifetime(), factors, settings.factorPolicy(directory));
  }
}
