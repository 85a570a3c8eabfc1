/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RemoveAffiliation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.AccountId;
import org.memberportal.portal.json.Decision;
import org.memberportal.portal.security.Me;
import org.memberportal.ties.access.AssignTiesAccess;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.access.RemoveTiesAccess;
import org.memberportal.ties.access.TiesAccess;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesState;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Manage my users" for the focal points: the organisation's pending requests with approve/reject and a reason, its
 * affiliated users, searched, TIES access assigned or removed, an affiliation removed.
 */
@Controller
public class UsersPages {

  private final Affiliations affiliations;
  private final Organisations organisations;
  private final FocalPoints focalPoints;
  private final TiesAccess ties;
  private final Roster roster;
  private final Me me;

  /**
   * Makes the pages.
   *
   * @param affiliations the affiliations
   * @param organisations the directory
   * @param focalPoints the focal point seats
   * @param ties TIES access
   * @param roster the reader's organisation and its users
   * @param me the reader
   */
  public UsersPages(Affiliations affiliations, Organisations organisations, FocalPoints focalPoints, TiesAccess ties,
      Roster roster, Me me) {
    this.affiliations = affiliations;
    this.organisations = organisations;
    this.focalPoints = focalPoints;
    this.ties = ties;
    this.roster = roster;
    this.me = me;
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
    OrganisationId organisation = roster.organisation();
    model.addAttribute("organisation", organisations.get(organisation));
    model.addAttribute("text", text == null ? "" : text);
    model.addAttribute("pending", roster.entries(organisation, text, true));
    model.addAttribute("affiliated", roster.entries(organisation, text, false));
    model.addAttribute("ties", ties.inOrganisation(organisation, EnumSet.allOf(TiesState.class), me.actor()).stream()
        .collect(Collectors.toMap(TiesAccount::account, TiesAccount::state, (a, b) -> a)));
    model.addAttribute("seats", focalPoints.seatsOf(organisation));
    model.addAttribute("feedback", feedback);
    return "users";
  }

  /**
   * Approves a pending request ({@code approval}) or rejects it ({@code rejection}).
   *
   * @param affiliation the request
   * @param decision {@code approval} or {@code rejection}
   * @param reason the reason (if any, for an approval)
   * @param model the page's model
   * @param flash the notice
   * @return Manage my users
   */
  @PostMapping("/my/users/affiliations/{affiliation}/" + Decision.PATH)
  public String decide(@PathVariable String affiliation, @PathVariable Decision decision,
      @RequestParam(required = false) @Nullable String reason, Model model, RedirectAttributes flash) {
    return decided(() -> decision.take(affiliations::approve, affiliations::reject, DecideAffiliation.builder()
        .affiliation(AffiliationId.of(affiliation)).reason(Optional.ofNullable(SignUpForm.text(reason))).build(),
        me.actor()), decision == Decision.APPROVAL ? "web.users.approved" : "web.users.rejected", model, flash);
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
   * Approves a user's TIES request ({@code approval}) or rejects it ({@code rejection}).
   *
   * @param account the user
   * @param decision {@code approval} or {@code rejection}
   * @param reason the reason (if any, for an approval)
   * @param model the page's model
   * @param flash the notice
   * @return Manage my users
   */
  @PostMapping("/my/users/{account}/ties-access/" + Decision.PATH)
  public String decideTies(@PathVariable String account, @PathVariable Decision decision,
      @RequestParam(required = false) @Nullable String reason, Model model, RedirectAttributes flash) {
    return decided(() -> decision.take(ties::approve, ties::reject, DecideTiesRequest.builder()
        .account(AccountId.of(account)).reason(Optional.ofNullable(SignUpForm.text(reason))).build(), me.actor()),
        decision == Decision.APPROVAL ? "web.users.ties-approved" : "web.users.ties-rejected", model, flash);
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

  private String decided(Runnable decision, String notice, Model model, RedirectAttributes flash) {
    return Forms.submit(decision, me.actor().locale(), feedback -> usersPage(null, feedback, model), flash, notice,
        "/my/users");
  }
}
