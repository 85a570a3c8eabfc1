/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RemoveAffiliation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.affiliation.roster.ManageMyUsers;
import org.memberportal.affiliation.roster.RosterEntry;
import org.memberportal.affiliation.roster.RosterQuery;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.security.Me;
import org.memberportal.ties.access.AssignTiesAccess;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.access.RemoveTiesAccess;
import org.memberportal.ties.access.RequestTiesAccess;
import org.memberportal.ties.access.TiesAccess;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.handover.ConfirmTiesHandOver;
import org.memberportal.ties.handover.HandOverPreview;
import org.memberportal.ties.handover.PrepareTiesHandOver;
import org.memberportal.ties.handover.TiesFocalPoints;
import org.memberportal.ties.myrequests.MyRequests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The member pages after sign-in: "My Requests" with "Request TIES access", "TIES Settings" (only with active TIES
 * access), "Manage my users" for the focal points (pending requests with approve/reject and a reason, affiliated
 * users, search, assign/remove TIES access, remove an affiliation) and "Change TIES Focal Point" (the users with
 * TIES access, "Set as TIES FP", then the confirmation that "your rights as TIES Focal Point will be lost").
 */
@Controller
public class MemberPages {

  private static final String USERS = "redirect:/my/users";

  private final Affiliations affiliations;
  private final Organisations organisations;
  private final FocalPoints focalPoints;
  private final ManageMyUsers roster;
  private final TiesAccess ties;
  private final TiesFocalPoints handOver;
  private final MyRequests myRequests;
  private final Me me;

  /**
   * Makes the pages.
   *
   * @param affiliations the affiliations
   * @param organisations the directory
   * @param focalPoints the focal point seats
   * @param roster Manage my users
   * @param ties TIES access
   * @param handOver Change TIES Focal Point
   * @param myRequests My Requests
   * @param me the reader
   */
  public MemberPages(Affiliations affiliations, Organisations organisations, FocalPoints focalPoints,
      ManageMyUsers roster, TiesAccess ties, TiesFocalPoints handOver, MyRequests myRequests, Me me) {
    this.affiliations = affiliations;
    this.organisations = organisations;
    this.focalPoints = focalPoints;
    this.roster = roster;
    this.ties = ties;
    this.handOver = handOver;
    this.myRequests = myRequests;
    this.me = me;
  }

  /**
   * My Requests: the member's affiliation and TIES requests with their status, newest first.
   *
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/my/requests")
  public String requests(Model model) {
    return requestsPage(Feedback.none(), model);
  }

  /**
   * "Request TIES access".
   *
   * @param model the page's model
   * @param flash the notice
   * @return My Requests, or its refusal (what is missing first)
   */
  @PostMapping("/my/requests/ties-access")
  public String requestTies(Model model, RedirectAttributes flash) {
    try {
      ties.request(RequestTiesAccess.builder().account(AccountPages.member()).build(), me.actor());
    } catch (PortalException refusal) {
      return requestsPage(Feedback.of(refusal, "", me.actor().locale()), model);
    }
    flash.addFlashAttribute("notice", "web.requests.ties-requested");
    return "redirect:/my/requests";
  }

  private String requestsPage(Feedback feedback, Model model) {
    AccountId account = AccountPages.member();
    model.addAttribute("lines", myRequests.of(account, me.actor()));
    model.addAttribute("feedback", feedback);
    return "requests";
  }

  /**
   * TIES Settings: the member's TIES access; only with active TIES access (else My Requests).
   *
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/my/ties")
  public String tiesSettings(Model model) {
    AccountId account = AccountPages.member();
    Optional<TiesAccount> access = ties.of(account, me.actor()).filter(a -> a.state() == TiesState.ACTIVE);
    if (access.isEmpty()) {
      return "redirect:/my/requests";
    }
    model.addAttribute("access", access.get());
    model.addAttribute("organisation", organisations.get(access.get().organisation()));
    return "ties-settings";
  }

  /**
   * Manage my users: the organisation's pending requests and affiliated users, searched by name or address.
   *
   * @param text the search
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/my/users")
  public String users(@RequestParam(required = false) @Nullable String text, Model model) {
    return usersPage(text, Feedback.none(), model);
  }

  private String usersPage(@Nullable String text, Feedback feedback, Model model) {
    OrganisationId organisation = myOrganisation();
    model.addAttribute("organisation", organisations.get(organisation));
    model.addAttribute("text", text == null ? "" : text);
    model.addAttribute("pending", roster(organisation, text, true));
    model.addAttribute("affiliated", roster(organisation, text, false));
    model.addAttribute("ties", ties.inOrganisation(organisation, EnumSet.allOf(TiesState.class), me.actor()).stream()
        .collect(Collectors.toMap(TiesAccount::account, TiesAccount::state, (a, b) -> a)));
    model.addAttribute("seats", focalPoints.seatsOf(organisation));
    model.addAttribute("feedback", feedback);
    return "users";
  }

  private List<RosterEntry> roster(OrganisationId organisation, @Nullable String text, boolean pending) {
    RosterQuery.Builder query = RosterQuery.builder().organisation(organisation).pendingOnly(pending).size(100);
    if (SignUpForm.text(text) != null) {
      query.text(text.strip());
    }
    return roster.list(query.build(), me.actor()).items();
  }

  /**
   * Approves a pending request.
   *
   * @param affiliation the request
   * @param reason the reason, if any
   * @param model the page's model
   * @param flash the notice
   * @return Manage my users
   */
  @PostMapping("/my/users/affiliations/{affiliation}/approval")
  public String approve(@PathVariable String affiliation, @RequestParam(required = false) @Nullable String reason,
      Model model, RedirectAttributes flash) {
    return decided(() -> affiliations.approve(decision(affiliation, reason), me.actor()), "web.users.approved",
        model, flash);
  }

  /**
   * Rejects a pending request.
   *
   * @param affiliation the request
   * @param reason the reason
   * @param model the page's model
   * @param flash the notice
   * @return Manage my users
   */
  @PostMapping("/my/users/affiliations/{affiliation}/rejection")
  public String reject(@PathVariable String affiliation, @RequestParam(required = false) @Nullable String reason,
      Model model, RedirectAttributes flash) {
    return decided(() -> affiliations.reject(decision(affiliation, reason), me.actor()), "web.users.rejected",
        model, flash);
  }

  /**
   * Removes a user's affiliation.
   *
   * @param affiliation the affiliation
   * @param reason the reason
   * @param model the page's model
   * @param flash the notice
   * @return Manage my users
   */
  @PostMapping("/my/users/affiliations/{affiliation}/removal")
  public String remove(@PathVariable String affiliation, @RequestParam(required = false) @Nullable String reason,
      Model model, RedirectAttributes flash) {
    return decided(() -> affiliations.remove(RemoveAffiliation.builder().affiliation(AffiliationId.of(affiliation))
        .reason(Optional.ofNullable(SignUpForm.text(reason))).build(), me.actor()), "web.users.removed", model, flash);
  }

  /**
   * Approves a user's TIES request.
   *
   * @param account the user
   * @param reason the reason, if any
   * @param model the page's model
   * @param flash the notice
   * @return Manage my users
   */
  @PostMapping("/my/users/{account}/ties-access/approval")
  public String approveTies(@PathVariable String account, @RequestParam(required = false) @Nullable String reason,
      Model model, RedirectAttributes flash) {
    return decided(() -> ties.approve(tiesDecision(account, reason), me.actor()), "web.users.ties-approved", model,
        flash);
  }

  /**
   * Rejects a user's TIES request.
   *
   * @param account the user
   * @param reason the reason
   * @param model the page's model
   * @param flash the notice
   * @return Manage my users
   */
  @PostMapping("/my/users/{account}/ties-access/rejection")
  public String rejectTies(@PathVariable String account, @RequestParam(required = false) @Nullable String reason,
      Model model, RedirectAttributes flash) {
    return decided(() -> ties.reject(tiesDecision(account, reason), me.actor()), "web.users.ties-rejected", model,
        flash);
  }

  /**
   * Gives an affiliated user TIES access.
   *
   * @param account the user
   * @param model the page's model
   * @param flash the notice
   * @return Manage my users
   */
  @PostMapping("/my/users/{account}/ties-access/assignment")
  public String assignTies(@PathVariable String account, Model model, RedirectAttributes flash) {
    return decided(() -> ties.assign(AssignTiesAccess.builder().account(AccountId.of(account)).build(), me.actor()),
        "web.users.ties-assigned", model, flash);
  }

  /**
   * Removes a user's TIES access.
   *
   * @param account the user
   * @param reason the reason
   * @param model the page's model
   * @param flash the notice
   * @return Manage my users
   */
  @PostMapping("/my/users/{account}/ties-access/removal")
  public String removeTies(@PathVariable String account, @RequestParam(required = false) @Nullable String reason,
      Model model, RedirectAttributes flash) {
    return decided(() -> ties.remove(RemoveTiesAccess.builder().account(AccountId.of(account))
        .reason(Optional.ofNullable(SignUpForm.text(reason))).build(), me.actor()), "web.users.ties-removed", model,
        flash);
  }

  /**
   * Change TIES Focal Point: the organisation's users with active TIES access (but the seat's holder), searched.
   *
   * @param text the search
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/my/users/ties-focal-point")
  public String successors(@RequestParam(required = false) @Nullable String text, Model model) {
    OrganisationId organisation = myOrganisation();
    FocalPointSeats seats = focalPoints.seatsOf(organisation);
    Map<AccountId, TiesState> access = ties.inOrganisation(organisation, EnumSet.of(TiesState.ACTIVE), me.actor())
        .stream().collect(Collectors.toMap(TiesAccount::account, TiesAccount::state, (a, b) -> a));
    model.addAttribute("organisation", organisations.get(organisation));
    model.addAttribute("text", text == null ? "" : text);
    model.addAttribute("candidates", roster(organisation, text, false).stream()
        .filter(entry -> access.containsKey(entry.account()))
        .filter(entry -> !seats.ties().map(entry.account()::equals).orElse(false)).toList());
    return "ties-focal-point";
  }

  /**
   * "Set as TIES FP": what would change, and the confirmation ("your rights as TIES Focal Point will be lost").
   *
   * @param successor the user chosen
   * @param model the page's model
   * @return the confirmation
   */
  @PostMapping("/my/users/ties-focal-point")
  public String prepareHandOver(@RequestParam String successor, Model model) {
    OrganisationId organisation = myOrganisation();
    HandOverPreview preview = handOver.prepare(PrepareTiesHandOver.builder().organisation(organisation)
        .successor(AccountId.of(successor)).build(), me.actor()).value();
    Map<AccountId, RosterEntry> people = roster(organisation, null, false).stream()
        .collect(Collectors.toMap(RosterEntry::account, Function.identity(), (a, b) -> a));
    model.addAttribute("preview", preview);
    model.addAttribute("successor", people.get(preview.successor()));
    model.addAttribute("token", preview.token().reveal());
    return "ties-focal-point-confirm";
  }

  /**
   * The sitting focal point confirms the hand-over; a former TIES focal point's Manage my users closes.
   *
   * @param token the confirmation's one-time token
   * @param flash the notice
   * @return My Requests
   */
  @PostMapping("/my/users/ties-focal-point/confirmation")
  public String confirmHandOver(@RequestParam String token, RedirectAttributes flash) {
    handOver.confirm(ConfirmTiesHandOver.builder().token(Secret.of(token)).build(), me.actor());
    flash.addFlashAttribute("notice", "web.handover.done");
    return "redirect:/my/requests";
  }

  private OrganisationId myOrganisation() {
    return affiliations.approvedAffiliationOf(AccountPages.member()).map(Affiliation::organisation)
        .orElseThrow(() -> new SentElsewhere("/my/requests"));
  }

  private String decided(Runnable decision, String notice, Model model, RedirectAttributes flash) {
    try {
      decision.run();
    } catch (PortalException refusal) {
      return usersPage(null, Feedback.of(refusal, "", me.actor().locale()), model);
    }
    flash.addFlashAttribute("notice", notice);
    return USERS;
  }

  private static DecideAffiliation decision(String affiliation, @Nullable String reason) {
    return DecideAffiliation.builder().affiliation(AffiliationId.of(affiliation))
        .reason(Optional.ofNullable(SignUpForm.text(reason))).build();
  }

  private static DecideTiesRequest tiesDecision(String account, @Nullable String reason) {
    return DecideTiesRequest.builder().account(AccountId.of(account))
        .reason(Optional.ofNullable(SignUpForm.text(reason))).build();
  }
}
