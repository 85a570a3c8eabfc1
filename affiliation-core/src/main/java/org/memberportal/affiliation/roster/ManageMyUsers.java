/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.organisation.NameKey;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.Host;

/**
 * The "Manage my users" read model (F7): an organisation's affiliated users and pending requests, for that
 * organisation's focal points and the operator only. It reads the organisation's index, never every
 * affiliation.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class ManageMyUsers {

  private final Host host;
  private final AccountDirectory accounts;
  private final AffiliationRegister affiliations;
  private final FocalPoints focalPoints;

  /**
   * Creates the read model.
   *
   * @param host the shared host
   * @param accounts the account directory, for names and addresses
   * @param affiliations the affiliations
   * @param focalPoints the focal points, read afresh for authorisation
   */
  public ManageMyUsers(Host host, AccountDirectory accounts, AffiliationRegister affiliations, FocalPoints focalPoints) {
    this.host = host;
    this.accounts = accounts;
    this.affiliations = affiliations;
    this.focalPoints = focalPoints;
  }

  /**
   * Lists one page of the organisation's users. The search text, the names and the address are folded the one
   * same way ({@link NameKey}: case, accents and blanks), so the exact address finds its user, accents and all.
   *
   * @param query the organisation, search, sort and page
   * @param actor a focal point of that organisation, or the operator
   * @return the page
   */
  public Page<RosterEntry> list(RosterQuery query, Actor actor) {
    Validation.check(query, actor);
    OrganisationId organisation = query.organisation();
    Set<AffiliationRole> roles = focalPoints.rolesOf(actor, organisation);
    if (!roles.contains(AffiliationRole.OPERATOR) && !roles.contains(AffiliationRole.TIES_FOCAL_POINT)
        && !roles.contains(AffiliationRole.ITU_FOCAL_POINT)) {
      throw new NotAllowed(AffiliationRefusals.NOT_A_FOCAL_POINT, "only the organisation's focal points see its users");
    }
    return host.query(() -> {
      Set<AffiliationState> states = query.pendingOnly()
          .map(p -> p ? EnumSet.of(AffiliationState.PENDING) : EnumSet.of(AffiliationState.APPROVED))
          .orElse(EnumSet.of(AffiliationState.PENDING, AffiliationState.APPROVED));
      FocalPointSeats seats = focalPoints.seatsOf(organisation);
      String text = query.text().map(NameKey::of).orElse("");
      List<RosterEntry> entries = new ArrayList<>();
      List<Affiliation> listed = affiliations.ofOrganisation(organisation, states);
      // one look-up for every row's account, not one per row
      Map<AccountId, AccountSummary> users = accounts.findAll(listed.stream().map(Affiliation::account).toList());
      for (Affiliation a : listed) {
        AccountSummary user = users.get(a.account());
        if (user == null) {
          continue;
        }
        if (!text.isEmpty() && !NameKey.of(user.fullName()).contains(text)
            && !NameKey.of(user.lastName() + " " + user.firstName()).contains(text)
            && !NameKey.of(user.email().display()).contains(text)) {
          continue;
        }
        entries.add(new RosterEntry(a.id(), a.account(), user.firstName(), user.lastName(), user.email(), a.state(),
            a.requestedAt(), a.wantsTiesAccess(), seats.rolesOf(a.account()), a.version()));
      }
      // NameKey.of normalises and runs regexes: compute each row's keys once, not on every comparison
      boolean byName = query.sort() == RosterSort.NAME;
      List<Row> rows = new ArrayList<>(entries.size());
      for (RosterEntry e : entries) {
        rows.add(byName ? new Row(e, NameKey.of(e.lastName()), NameKey.of(e.firstName())) : new Row(e, "", ""));
      }
      Comparator<Row> order = switch (query.sort()) {
        case NAME -> Comparator.comparing(Row::lastKey).thenComparing(Row::firstKey);
        case EMAIL -> Comparator.comparing((Row r) -> r.entry().email().key());
        case STATE -> Comparator.comparing((Row r) -> r.entry().state() == AffiliationState.PENDING ? 0 : 1);
        case REQUESTED_AT -> Comparator.comparing((Row r) -> r.entry().requestedAt());
      };
      order = order.thenComparing(r -> r.entry().affiliation().value());
      rows.sort(query.descending() ? order.reversed() : order);
      entries.clear();
      rows.forEach(r -> entries.add(r.entry()));
      return Page.of(entries, query.page(), query.size());
    });
  }

  /** A row with its sort keys, computed once per query. */
  private record Row(RosterEntry entry, String lastKey, String firstKey) {}
}
