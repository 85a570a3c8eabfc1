/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.member;

import java.util.Map;
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
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.memberportal.ties.access.AssignTiesAccess;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.access.RemoveTiesAccess;
import org.memberportal.ties.access.TiesAccess;
import org.memberportal.ties.access.TiesAccount;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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
  private final JsonMapper json;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param affiliations the affiliations
   * @param roster Manage my users
   * @param ties TIES access
   * @param commands reads commands
   * @param json reads query parameters as a query
   * @param me the caller
   */
  public UsersEndpoints(Affiliations affiliations, ManageMyUsers roster, TiesAccess ties,
      Commands commands, JsonMapper json, Me me) {
    this.affiliations = affiliations;
    this.roster = roster;
    this.ties = ties;
    this.commands = commands;
    this.json = json;
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
  public Page<RosterEntry> users(@RequestParam Map<String, String> query) {
    return roster.list(commands.read(json.valueToTree(query), RosterQuery.class), me.actor());
  }

  /**
   * A focal point approves a request ({@code reason} optional).
   *
   * @param affiliation the request
   * @param body the decision
   * @return the affiliation
   */
  @PostMapping("/api/me/users/affiliations/{affiliation}/approval")
  @Reads(DecideAffiliation.class)
  public Affiliation approve(@PathVariable String affiliation, @RequestBody @Nullable JsonNode body) {
    return affiliations.approve(decision(affiliation, body), me.actor()).value();
  }

  /**
   * A focal point rejects a request ({@code reason}).
   *
   * @param affiliation the request
   * @param body the decision
   * @return the affiliation
   */
  @PostMapping("/api/me/users/affiliations/{affiliation}/rejection")
  @Reads(DecideAffiliation.class)
  public Affiliation reject(@PathVariable String affiliation, @RequestBody @Nullable JsonNode body) {
    return affiliations.reject(decision(affiliation, body), me.actor()).value();
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
   * The TIES focal point approves a user's TIES request.
   *
   * @param account the user
   * @param body the decision ({@code reason} optional)
   * @return the TIES account
   */
  @PostMapping("/api/me/users/{account}/ties-access/approval")
  @Reads(DecideTiesRequest.class)
  public TiesAccount approveTies(@PathVariable String account, @RequestBody @Nullable JsonNode body) {
    return ties.approve(tiesDecision(account, body), me.actor()).value();
  }

  /**
   * The TIES focal point rejects a user's TIES request ({@code reason}).
   *
   * @param account the user
   * @param body the decision
   * @return the TIES account
   */
  @PostMapping("/api/me/users/{account}/ties-access/rejection")
  @Reads(DecideTiesRequest.class)
  public TiesAccount rejectTies(@PathVariable String account, @RequestBody @Nullable JsonNode body) {
    return ties.reject(tiesDecision(account, body), me.actor()).value();
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

  private DecideAffiliation decision(String affiliation, @Nullable JsonNode body) {
    return commands.read(body, DecideAffiliation.class, "affiliation", AffiliationId.of(affiliation));
  }

  private DecideTiesRequest tiesDecision(String account, @Nullable JsonNode body) {
    return commands.read(body, DecideTiesRequest.class, "account", AccountId.of(account));
  }
}
