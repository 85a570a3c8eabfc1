/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.roster;

import java.time.Instant;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.EmailAddress;

/**
 * One line of "Manage my users".
 *
 * @param affiliation the affiliation or request
 * @param account the user
 * @param firstName first name
 * @param lastName last name
 * @param email email address
 * @param state approved or pending
 * @param requestedAt when the request was made
 * @param wantsTiesAccess the request's TIES tick
 * @param focalPointRoles the user's focal point roles in the organisation
 * @param version the affiliation's version, to send back with a decision
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record RosterEntry(
    AffiliationId affiliation,
    AccountId account,
    String firstName,
    String lastName,
    EmailAddress email,
    AffiliationState state,
    Instant requestedAt,
    boolean wantsTiesAccess,
    Set<AffiliationRole> focalPointRoles,
    long version) {

  /** Copies the roles. */
  public RosterEntry {
    focalPointRoles = Set.copyOf(focalPointRoles);
  }

  /** Ids and state only: names and addresses are personal data. */
  @Override
  public String toString() {
    return "RosterEntry{" + affiliation + ", " + account + ", " + email.masked() + ", " + state + "}";
  }
}
