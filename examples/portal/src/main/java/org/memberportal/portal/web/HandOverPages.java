/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.affiliation.roster.RosterEntry;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.security.Me;
import org.memberportal.ties.access.TiesAccess;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.handover.ConfirmTiesHandOver;
import org.memberportal.ties.handover.HandOverPreview;
import org.memberportal.ties.handover.PrepareTiesHandOver;
import org.memberportal.ties.handover.TiesFocalPoints;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Change TIES Focal Point": the users with TIES access, "Set as TIES FP", then the confirmation that "your rights as
 * TIES Focal Point will be lost".
 */
@Controller
public class HandOverPages {

  private final Organisations organisations;
  private final FocalPoints focalPoints;
  private final TiesAccess ties;
  private final TiesFocalPoints handOver;
  private final Roster roster;
  private final Me me;

  /**
   * Makes the pages.
   *
   * @param organisations the directory
   * @param focalPoints the focal point seats
   * @param ties TIES access
   * @param handOver Change TIES Focal Point
   * @param roster the reader's organisation and its users
   * @param me the reader
   */
  public HandOverPages(Organisations organisations, FocalPoints focalPoints, TiesAccess ties, TiesFocalPoints handOver,
      Roster roster, Me me) {
    this.organisations = organisations;
    this.focalPoints = focalPoints;
    this.ties = ties;
    this.handOver = handOver;
    this.roster = roster;
    this.me = me;
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
    OrganisationId organisation = roster.organisation();
    FocalPointSeats seats = focalPoints.seatsOf(organisation);
    Map<AccountId, TiesState> access = ties.inOrganisation(organisation, EnumSet.of(TiesState.ACTIVE), me.actor())
        .stream().collect(Collectors.toMap(TiesAccount::account, TiesAccount::state, (a, b) -> a));
    model.addAttribute("organisation", organisations.get(organisation));
    model.addAttribute("text", text == null ? "" : text);
    model.addAttribute("candidates", roster.entries(organisation, text, false).stream()
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
    OrganisationId organisation = roster.organisation();
    HandOverPreview preview = handOver.prepare(PrepareTiesHandOver.builder().organisation(organisation)
        .successor(AccountId.of(successor)).build(), me.actor()).value();
    Map<AccountId, RosterEntry> people = roster.entries(organisation, null, false).stream()
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
}
