/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.inmemory;

import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.memberportal.account.UserAccounts;
import org.memberportal.kernel.inmemory.InMemoryHost;

/**
 * The account module wired on the in-memory adapters: the embedded default and the base of tests.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryAccountModule {

  private final InMemoryHost host;
  private final InMemoryAccounts accounts;
  private final InMemoryIssuedCodes codes;
  private final InMemoryFactorRegister factors;
  private final InMemoryPasskeyRegister passkeys;
  private final UserAccounts service;

  /**
   * Wires the module with the default configuration.
   *
   * @param host the in-memory host
   */
  public InMemoryAccountModule(InMemoryHost host) {
    this(host, UnaryOperator.identity());
  }

  /**
   * Wires the module, letting the caller adjust the configuration (hasher, policy, durations).
   *
   * @param host the in-memory host
   * @param configure adjusts the builder after the ports are set
   */
  public InMemoryAccountModule(InMemoryHost host, UnaryOperator<UserAccounts.Builder> configure) {
    this.host = host;
    this.accounts = new InMemoryAccounts(host.transactions());
    this.codes = new InMemoryIssuedCodes(host.transactions());
    this.factors = new InMemoryFactorRegister(host.transactions());
    this.passkeys = new InMemoryPasskeyRegister(host.transactions());
    this.service = configure.apply(UserAccounts.builder()
        .host(host.host())
        .accounts(accounts)
        .codes(codes)
        .secondFactors(factors, passkeys, new InMemoryPasskeyChallenges(host.transactions()))
        .secrets(new RandomSecrets())).build();
  }

  /**
   * The service.
   *
   * @return the user accounts service
   */
  public UserAccounts accounts() {
    return service;
  }

  /**
   * The account store.
   *
   * @return the store
   */
  public InMemoryAccounts store() {
    return accounts;
  }

  /**
   * The code store.
   *
   * @return the store
   */
  public InMemoryIssuedCodes codes() {
    return codes;
  }

  /**
   * The second factors' enrolments.
   *
   * @return the store
   * @since 0.2.0
   */
  public InMemoryFactorRegister factorRegister() {
    return factors;
  }

  /**
   * The passkeys.
   *
   * @return the store
   * @since 0.2.0
   */
  public InMemoryPasskeyRegister passkeyRegister() {
    return passkeys;
  }

  /**
   * The host.
   *
   * @return the in-memory host
   */
  public InMemoryHost host() {
    return host;
  }
}
