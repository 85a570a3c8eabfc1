/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties;

import java.time.Duration;
import org.apiguardian.api.API;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.ties.access.TiesAccess;
import org.memberportal.ties.handover.TiesFocalPoints;
import org.memberportal.ties.inmemory.InMemoryPendingHandOvers;
import org.memberportal.ties.inmemory.InMemoryTiesAccountRegister;
import org.memberportal.ties.myrequests.MyRequests;
import org.memberportal.ties.policy.TiesPolicies;
import org.memberportal.ties.port.PendingHandOvers;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * The TIES module wired on a host and an affiliation module: TIES access, the TIES focal point seat and
 * "My Requests". Building it subscribes its policies ({@link TiesPolicies}) on the host's event bus and gives
 * affiliation-core the rule for who may take the TIES seat (with the hand-over hook), so build it once per host,
 * after the affiliation module.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class TiesModule {

  private final TiesAccess access;
  private final TiesFocalPoints focalPoints;
  private final MyRequests myRequests;
  private final TiesAccountRegister register;

  private TiesModule(Host host, AccountDirectory accounts, AffiliationModule affiliation, TiesAccountRegister register,
      PendingHandOvers pending, Duration handOverLifetime) {
    this.register = register;
    this.access = new TiesAccess(host, accounts, affiliation.affiliations(), affiliation.organisations(),
        affiliation.focalPoints(), register);
    this.focalPoints = new TiesFocalPoints(host, accounts, affiliation.organisations(), affiliation.focalPoints(),
        register, pending, handOverLifetime);
    this.myRequests = new MyRequests(host, affiliation.affiliations(), affiliation.organisations(), register);
    TiesPolicies.wire(host, accounts, affiliation.affiliations(), affiliation.organisations(),
        affiliation.focalPoints(), register);
  }

  /**
   * Builds the module on the host's own ports.
   *
   * @param host the shared host (the affiliation module's)
   * @param accounts the account directory
   * @param affiliation the affiliation module
   * @param register the accounts' TIES access
   * @param pending the prepared hand-overs
   * @param handOverLifetime how long a prepared hand-over may be confirmed
   * @return the module, subscribed
   */
  public static TiesModule on(Host host, AccountDirectory accounts, AffiliationModule affiliation,
      TiesAccountRegister register, PendingHandOvers pending, Duration handOverLifetime) {
    return new TiesModule(host, accounts, affiliation, register, pending, handOverLifetime);
  }

  /**
   * Builds the module on the in-memory ports.
   *
   * @param host the shared host
   * @param transactions the in-memory transactions of that host
   * @param accounts the account directory
   * @param affiliation the affiliation module
   * @return the module, subscribed
   */
  public static TiesModule inMemory(Host host, InMemoryTransactions transactions, AccountDirectory accounts,
      AffiliationModule affiliation) {
    return on(host, accounts, affiliation, new InMemoryTiesAccountRegister(transactions),
        new InMemoryPendingHandOvers(transactions), TiesFocalPoints.DEFAULT_TOKEN_LIFETIME);
  }

  /**
   * TIES access: requests, decisions, assignment, removal, "is TIES active?".
   *
   * @return the service
   */
  public TiesAccess access() {
    return access;
  }

  /**
   * The TIES focal point seat: hand-over and appointment.
   *
   * @return the service
   */
  public TiesFocalPoints focalPoints() {
    return focalPoints;
  }

  /**
   * "My Requests".
   *
   * @return the read model
   */
  public MyRequests myRequests() {
    return myRequests;
  }

  /**
   * The TIES access register, for hosts' and tests' direct reads.
   *
   * @return the register
   */
  @API(status = API.Status.INTERNAL, since = "0.1.0")
  public TiesAccountRegister register() {
    return register;
  }
}
