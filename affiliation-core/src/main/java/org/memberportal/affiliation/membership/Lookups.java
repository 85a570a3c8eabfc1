/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.membership;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotFound;

/**
 * The reads every affiliation use case and policy makes, each with its {@code not-found} reason, and the roles an
 * actor holds towards an affiliation (its organisation's focal point seats, read afresh, and {@link
 * AffiliationRole#OWNER}
 * for its account's holder).
 *
 * @since 0.2.0
 */
@API(status = API.Status.INTERNAL, since = "0.2.0")
public final class Lookups {

  private final AccountDirectory accounts;
  private final OrganisationRegister organisations;
  private final AffiliationRegister affiliations;
  private final FocalPoints focalPoints;

  /**
   * Creates the reads.
   *
   * @param accounts the account directory
   * @param organisations the organisations
   * @param affiliations the affiliations
   * @param focalPoints the focal points, for the actor's roles
   */
  public Lookups(AccountDirectory accounts, OrganisationRegister organisations, AffiliationRegister affiliations,
      FocalPoints focalPoints) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.affiliations = affiliations;
    this.focalPoints = focalPoints;
  }

  /**
   * One affiliation.
   *
   * @param id the affiliation
   * @return it
   * @throws NotFound {@code affiliation.not-found}
   */
  public Affiliation affiliation(AffiliationId id) {
    return affiliations.find(id).orElseThrow(() -> new NotFound(AffiliationRefusals.NOT_FOUND, "no such affiliation"));
  }

  /**
   * One organisation.
   *
   * @param id the organisation
   * @return it
   * @throws NotFound {@code affiliation.organisation-not-found}
   */
  public Organisation organisation(OrganisationId id) {
    return organisations.find(id)
        .orElseThrow(() -> new NotFound(AffiliationRefusals.ORGANISATION_NOT_FOUND, "no such organisation"));
  }

  /**
   * One account.
   *
   * @param id the account
   * @return it
   * @throws NotFound {@code affiliation.account-not-found}
   */
  public AccountSummary account(AccountId id) {
    return accounts.find(id).orElseThrow(() -> new NotFound(AffiliationRefusals.ACCOUNT_NOT_FOUND, "no such account"));
  }

  /**
   * The account's current affiliation (approved or linked; at most one).
   *
   * @param account the account
   * @return it, if any
   */
  public Optional<Affiliation> current(AccountId account) {
    return affiliations.ofAccount(account).stream().filter(a -> a.state().current()).findFirst();
  }

  /**
   * The roles an actor holds towards an affiliation.
   *
   * @param actor who acts
   * @param a the affiliation
   * @return its focal point roles in the organisation, {@code OPERATOR} or {@code SYSTEM}, and {@code OWNER}
   */
  public Set<AffiliationRole> roles(Actor actor, Affiliation a) {
    Set<AffiliationRole> roles = EnumSet.noneOf(AffiliationRole.class);
    roles.addAll(focalPoints.rolesOf(actor, a.organisation()));
    if (actor.holds(a.account())) {
      roles.add(AffiliationRole.OWNER);
    }
    return roles;
  }
}
