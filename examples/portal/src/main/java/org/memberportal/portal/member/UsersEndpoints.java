/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.member;

import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RemoveAffiliation;
import org.memberportal.affiliation.roster.ManageMyUsers;
import org.memberportal.affiliation.roster.RosterEntry;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Page;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Decision;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.memberportal.ties.access.AssignTiesAccess;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.access.RemoveTiesAccess;
import org.memberportal.ties.access.TiesAccess;
import org.memberportal.ties.access.TiesAccount;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Manage my users, for the focal points: pending and affiliated users, search, approve/reject, assign/remove TIES
 * access, remove an affiliation.
 */
@RestController
@Tag(name = "member-endpoints")
public class UsersEndpoints {

  private final Affiliations affiliations;
  private final ManageMyUsers roster;
  private final TiesAccess ties;
  private final Commands commands;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param affiliations the affiliations
   * @param roster Manage my users
   * @param ties TIES access
   * @param commands reads commands and queries
   * @param me the caller
   */
  public UsersEndpoints(Affiliations affiliations, ManageMyUsers roster, TiesAccess ties, Commands commands, Me me) {
    this.affiliations = affiliations;
    this.roster = roster;
    this.ties = ties;
    this.commands = commands;
    this.me = me;
  }

  /**
   * Manage my users: an organisation's pending and affiliated users ({@code organisation}, {@code text},
   * {@code pendingOnly}, {@code page}, {@code size}), for its focal points.
   *
   * @param query the parameters
   * @return a page of users
   */
  @GetMapping("/api/me/users")
  @Reads(RosterQuery.class)
  public Page<RosterEntry> users(@RequestParam MultiValueMap<String, String> query) {
    return roster.list(commands.query(query, RosterQuery.class), me.actor());
  }

  /**
   * A focal point approves a request ({@code approval}, {@code reason} optional) or rejects it ({@code rejection},
   * {@code reason}).
   *
   * @param affiliation the request
   * @param decision {@code approval} or {@code rejection}
   * @param body the decision
   * @return the affiliation
   */
  @PostMapping("/api/me/users/affiliations/{affiliation}/" + Decision.PATH)
  @Reads(DecideAffiliation.class)
  public Affiliation decide(@PathVariable String affiliation, @PathVariable Decision decision,
      @RequestBody @Nullable JsonNode body) {
    return decision.take(affiliations::approve, affiliations::reject, commands.read(body,
        DecideAffiliation.class, "affiliation", AffiliationId.of(affiliation)), me.actor());
  }

  /**
   * A focal point removes a user's affiliation ({@code reason}).
   *
   * @param affiliation the affiliation
   * @param body the reason
   * @return the affiliation
   */
  @PostMapping("/api/me/users/affiliations/{affiliation}/removal")
  @Reads(RemoveAffiliation.class)
  public Affiliation remove(@PathVariable String affiliation, @RequestBody @Nullable JsonNode body) {
    return affiliations.remove(commands.read(body, RemoveAffiliation.class, "affiliation", affiliation),
        me.actor()).value();
  }

  /**
   * The TIES focal point approves a user's TIES request ({@code approval}, {@code reason} optional) or rejects it
   * ({@code rejection}, {@code reason}).
   *
   * @param account the user
   * @param decision {@code approval} or {@code rejection}
   * @param body the decision
   * @return the TIES account
   */
  @PostMapping("/api/me/users/{account}/ties-access/" + Decision.PATH)
  @Reads(DecideTiesRequest.class)
  public TiesAccount decideTies(@PathVariable String account, @PathVariable Decision decision,
      @RequestBody @Nullable JsonNode body) {
    return decision.take(ties::approve, ties::reject, commands.read(body, DecideTiesRequest.class,
        "account", AccountId.of(account)), me.actor());
  }

  /**
   * The TIES focal point gives an affiliated user TIES access directly.
   *
   * @param account the user
   * @param body the reason, if any
   * @return the TIES account
   */
  @PostMapping("/api/me/users/{account}/ties-access/assignment")
  @Reads(AssignTiesAccess.class)
  public TiesAccount assignTies(@PathVariable String account, @RequestBody @Nullable JsonNode body) {
    return ties.assign(commands.read(body, AssignTiesAccess.class, "account", account), me.actor()).value();
  }

  /**
   * The TIES focal point removes a user's TIES access ({@code reason}).
   *
   * @param account the user
   * @param body the reason
   * @return the TIES account
   */
  @PostMapping("/api/me/users/{account}/ties-access/removal")
  @Reads(RemoveTiesAccess.class)
  public TiesAccount removeTies(@PathVariable String account, @RequestBody @Nullable JsonNode body) {
    return ties.remove(commands.read(body, RemoveTiesAccess.class, "account", account), me.actor()).value();
  }
}
