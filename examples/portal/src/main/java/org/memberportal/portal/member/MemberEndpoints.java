/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.LeaveOrganisation;
import org.memberportal.affiliation.membership.RemoveAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.membership.WithdrawRequest;
import org.memberportal.affiliation.organisation.DirectoryQuery;
import org.memberportal.affiliation.organisation.EnterOrganisation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.Organisations;
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
import org.memberportal.ties.access.RequestTiesAccess;
import org.memberportal.ties.access.TiesAccess;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.handover.ConfirmTiesHandOver;
import org.memberportal.ties.handover.HandOverPreview;
import org.memberportal.ties.handover.PrepareTiesHandOver;
import org.memberportal.ties.handover.TiesFocalPoints;
import org.memberportal.ties.myrequests.MyRequests;
import org.memberportal.ties.myrequests.RequestLine;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The member portal's screens after sign-in, and the directory before it: the organisations directory
 * (membership type, then country, then organisation; "enter your organisation data"), My Requests and
 * "Request TIES access", Manage my users (pending, affiliated, search, approve/reject, assign/remove TIES, remove
 * affiliation), and Change TIES Focal Point (prepare, then confirm).
 */
@RestController
public class MemberEndpoints {

  private final Organisations organisations;
  private final Affiliations affiliations;
  private final ManageMyUsers roster;
  private final TiesAccess ties;
  private final TiesFocalPoints handOver;
  private final MyRequests myRequests;
  private final Commands commands;
  private final JsonMapper json;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param organisations the directory
   * @param affiliations the affiliations
   * @param roster Manage my users
   * @param ties TIES access
   * @param handOver the TIES focal point's hand-over
   * @param myRequests My Requests
   * @param commands reads commands
   * @param json reads query parameters as a query
   * @param me the caller
   */
  public MemberEndpoints(Organisations organisations, Affiliations affiliations, ManageMyUsers roster,
      TiesAccess ties, TiesFocalPoints handOver, MyRequests myRequests, Commands commands, JsonMapper json,
      Me me) {
    this.organisations = organisations;
    this.affiliations = affiliations;
    this.roster = roster;
    this.ties = ties;
    this.handOver = handOver;
    this.myRequests = myRequests;
    this.commands = commands;
    this.json = json;
    this.me = me;
  }

  /**
   * The directory's first step: the membership types.
   *
   * @return the types
   */
  @GetMapping("/api/organisations/membership-types")
  public List<MembershipType> membershipTypes() {
    return organisations.membershipTypes();
  }

  /**
   * The directory's second step: the countries with organisations (of a type).
   *
   * @param membershipType the type, or none for every country
   * @return ISO 3166 codes
   */
  @GetMapping("/api/organisations/countries")
  public List<String> countries(@RequestParam @Nullable MembershipType membershipType) {
    return organisations.countries(Optional.ofNullable(membershipType));
  }

  /**
   * The directory: organisations by the {@code DirectoryQuery} attributes as query parameters
   * ({@code membershipType}, {@code country}, {@code name}, {@code page}, {@code size}).
   *
   * @param query the parameters
   * @return a page of organisations
   */
  @GetMapping("/api/organisations")
  @Reads(DirectoryQuery.class)
  public Page<Organisation> directory(@RequestParam Map<String, String> query) {
    return organisations.search(commands.read(json.valueToTree(query), DirectoryQuery.class), me.actor());
  }

  /**
   * "Enter your organisation data": an organisation that is not in the directory, for the operator's review.
   *
   * @param body the {@code EnterOrganisation} attributes
   * @return the organisation entered
   */
  @PostMapping("/api/me/organisations")
  @ResponseStatus(HttpStatus.CREATED)
  @Reads(EnterOrganisation.class)
  public Organisation enter(@RequestBody JsonNode body) {
    return organisations.enter(commands.read(body, EnterOrganisation.class), me.actor()).value();
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

  /**
   * Change TIES Focal Point, first step: what would change, and the one-time token that confirms it (shown here
   * once: the library keeps only its hash).
   *
   * @param body {@code organisation}, {@code successor}
   * @return the preview, with {@code token}
   */
  @PostMapping("/api/me/ties-focal-point/hand-over")
  @Reads(PrepareTiesHandOver.class)
  public Map<String, Object> prepareHandOver(@RequestBody JsonNode body) {
    HandOverPreview preview = handOver.prepare(commands.read(body, PrepareTiesHandOver.class), me.actor()).value();
    Map<String, Object> answer = new LinkedHashMap<>(json.convertValue(preview, Map.class));
    answer.put("token", preview.token().reveal());
    return answer;
  }

  /**
   * Change TIES Focal Point, second step: the sitting focal point confirms with the token.
   *
   * @param body {@code token}
   * @return the organisation's seats
   */
  @PostMapping("/api/me/ties-focal-point/hand-over/confirmation")
  @Reads(ConfirmTiesHandOver.class)
  public FocalPointSeats confirmHandOver(@RequestBody JsonNode body) {
    return handOver.confirm(commands.read(body, ConfirmTiesHandOver.class), me.actor()).value();
  }

  private DecideAffiliation decision(String affiliation, @Nullable JsonNode body) {
    return commands.read(body, DecideAffiliation.class, "affiliation", AffiliationId.of(affiliation));
  }

  private DecideTiesRequest tiesDecision(String account, @Nullable JsonNode body) {
    return commands.read(body, DecideTiesRequest.class, "account", AccountId.of(account));
  }
}
