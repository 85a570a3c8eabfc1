/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation;

import org.apiguardian.api.API;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.inmemory.InMemoryAffiliationRegister;
import org.memberportal.affiliation.inmemory.InMemoryFocalPointRegister;
import org.memberportal.affiliation.inmemory.InMemoryOrganisationRegister;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.affiliation.policy.AffiliationPolicies;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.affiliation.reminder.Reminders;
import org.memberportal.affiliation.roster.ManageMyUsers;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.inmemory.InMemoryTransactions;

/**
 * The affiliation module wired on a host: its services over the host's registers, with its policies
 * ({@link AffiliationPolicies}) subscribed on the host's event bus. Build one per host.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class AffiliationModule {

  private final Organisations organisations;
  private final FocalPoints focalPoints;
  private final Affiliations affiliations;
  private final ManageMyUsers manageMyUsers;
  private final Reminders reminders;

  private AffiliationModule(Host host, AccountDirectory accounts, OrganisationRegister organisationRegister,
      AffiliationRegister affiliationRegister, FocalPointRegister focalPointRegister, ReminderPolicy policy) {
    this.organisations = new Organisations(host, organisationRegister);
    this.focalPoints = new FocalPoints(host, accounts, organisationRegister, affiliationRegister, focalPointRegister);
    this.affiliations = new Affiliations(host, accounts, organisationRegister, affiliationRegister,
        focalPointRegister, focalPoints);
    this.manageMyUsers = new ManageMyUsers(host, accounts, affiliationRegister, focalPoints);
    this.reminders = new Reminders(host, accounts, organisationRegister, affiliationRegister, focalPointRegister,
        policy);
    AffiliationPolicies.wire(host, accounts, organisationRegister, affiliationRegister, focalPoints);
  }

  /**
   * Wires the module on a host's own registers.
   *
   * @param host the shared host
   * @param accounts the account module's directory
   * @param organisations the organisations register
   * @param affiliations the affiliations register
   * @param focalPoints the focal point register
   * @param policy the reminder delays
   * @return the module
   */
  public static AffiliationModule on(Host host, AccountDirectory accounts, OrganisationRegister organisations,
      AffiliationRegister affiliations, FocalPointRegister focalPoints, ReminderPolicy policy) {
    return new AffiliationModule(host, accounts, organisations, affiliations, focalPoints, policy);
  }

  /**
   * Wires the module on the in-memory registers (the embedded default).
   *
   * @param host the shared host
   * @param transactions the in-memory transactions the host runs on
   * @param accounts the account module's directory
   * @param policy the reminder delays
   * @return the module
   */
  public static AffiliationModule inMemory(Host host, InMemoryTransactions transactions, AccountDirectory accounts,
      ReminderPolicy policy) {
    return on(host, accounts, new InMemoryOrganisationRegister(transactions),
        new InMemoryAffiliationRegister(transactions), new InMemoryFocalPointRegister(transactions), policy);
  }

  /**
   * The directory service.
   *
   * @return the service
   */
  public Organisations organisations() {
    return organisations;
  }

  /**
   * The focal point service.
   *
   * @return the service
   */
  public FocalPoints focalPoints() {
    return focalPoints;
  }

  /**
   * The affiliation workflow service.
   *
   * @return the service
   */
  public Affiliations affiliations() {
    return affiliations;
  }

  /**
   * The "Manage my users" read model.
   *
   * @return the read model
   */
  public ManageMyUsers manageMyUsers() {
    return manageMyUsers;
  }

  /**
   * The reminder tick.
   *
   * @return the tick
   */
  public Reminders reminders() {
    return reminders;
  }
}
