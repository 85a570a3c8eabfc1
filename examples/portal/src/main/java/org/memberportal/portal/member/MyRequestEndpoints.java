/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.membership.LeaveOrganisation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.membership.WithdrawRequest;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.memberportal.ties.access.RequestTiesAccess;
import org.memberportal.ties.access.TiesAccess;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.myrequests.MyRequests;
import org.memberportal.ties.myrequests.RequestLine;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A member's own requests: the affiliations (ask, withdraw, leave), My Requests and "Request TIES access".
 */
@RestController
@Tag(name = "member-endpoints")
public class MyRequestEndpoints {

  private final Affiliations affiliations;
  private final TiesAccess ties;
  private final MyRequests myRequests;
  private final Commands commands;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param affiliations the affiliations
   * @param ties TIES access
   * @param myRequests My Requests
   * @param commands reads commands
   * @param me the caller
   */
  public MyRequestEndpoints(Affiliations affiliations, TiesAccess ties, MyRequests myRequests, Commands commands,
      Me me) {
    this.affiliations = affiliations;
    this.ties = ties;
    this.myRequests = myRequests;
    this.commands = commands;
    this.me = me;
  }

  /**
   * The member's affiliations, newest first.
   *
   * @return the history
   */
  @GetMapping("/api/me/affiliations")
  public List<Affiliation> myAffiliations() {
    return affiliations.historyOf(me.account(), me.actor());
  }

  /**
   * Asks to be affiliated with an organisation ({@code organisation}, {@code wantsTiesAccess}).
   *
   * @param body the request
   * @return the affiliation
   */
  @PostMapping("/api/me/affiliations")
  @ResponseStatus(HttpStatus.CREATED)
  @Reads(value = RequestAffiliation.class, set = "account")
  public Affiliation request(@RequestBody JsonNode body) {
    return affiliations.request(commands.read(body, RequestAffiliation.class, "account", me.account()), me.actor())
        .value();
  }

  /**
   * Withdraws the member's pending request.
   *
   * @param affiliation the request
   * @return the affiliation
   */
  @PostMapping("/api/me/affiliations/{affiliation}/withdrawal")
  public Affiliation withdraw(@PathVariable String affiliation) {
    return affiliations.withdraw(commands.read(null, WithdrawRequest.class, "affiliation", affiliation),
        me.actor()).value();
  }

  /**
   * Leaves the organisation.
   *
   * @param affiliation the approved affiliation
   * @return the affiliation
   */
  @PostMapping("/api/me/affiliations/{affiliation}/departure")
  public Affiliation leave(@PathVariable String affiliation) {
    return affiliations.leave(commands.read(null, LeaveOrganisation.class, "affiliation", affiliation),
        me.actor()).value();
  }

  /**
   * My Requests: the member's affiliation and TIES requests with their states.
   *
   * @return the lines
   */
  @GetMapping("/api/me/requests")
  public List<RequestLine> myRequests() {
    return myRequests.of(me.account(), me.actor());
  }

  /**
   * "Request TIES access" ({@code reason} optional).
   *
   * @param body the request
   * @return the TIES account
   */
  @PostMapping("/api/me/ties-access")
  @ResponseStatus(HttpStatus.CREATED)
  @Reads(value = RequestTiesAccess.class, set = "account")
  public TiesAccount requestTies(@RequestBody @Nullable JsonNode body) {
    return ties.request(commands.read(body, RequestTiesAccess.class, "account", me.account()), me.actor()).value();
  }

  /**
   * Whether TIES is active for the member, and the TIES account if any.
   *
   * @return {@code active} and {@code account}
   */
  @GetMapping("/api/me/ties-access")
  public Map<String, Object> myTies() {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("active", ties.isActive(me.account(), me.actor()));
    ties.of(me.account(), me.actor()).ifPresent(account -> answer.put("account", account));
    return answer;
  }
}
