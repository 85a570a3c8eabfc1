/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.time.Duration;
import org.memberportal.account.credential.Credentials;
import org.memberportal.account.factor.FactorPolicy;
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
 */
record AccountParts(Host host, Accounts accounts, UserHolders holders, Credentials<Account> credentials,
    ReferenceData reference, Duration unverifiedLifetime,
    FactorPolicy factorPolicy) {

  /** The user accounts log under their service's name, as hosts configure it. */
  static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);
}
