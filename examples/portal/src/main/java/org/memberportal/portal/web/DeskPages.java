/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.FindAccounts;
import org.memberportal.account.OperatorDecision;
import org.memberportal.account.UserAccounts;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.focalpoint.FocalPoints;
import org.memberportal.affiliation.organisation.DirectoryQuery;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.affiliation.organisation.ReviewOrganisation;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.PortalException;
import org.memberportal.portal.security.Me;
import org.memberportal.portal.security.Sessions;
import org.memberportal.portal.security.Signed;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's service desk: the organisations users entered ("organisation not found") to approve, reject or
 * merge into a directory record; the directory with each organisation's focal point seats and the ITU Focal Point
 * to appoint; and the account look-up with suspend (which ends the holder's sessions), reactivate and close, each
 * with its reason.
 */
@Controller
public class DeskPages {

  private static final String DESK = "redirect:/desk";

  private final Organisations organisations;
  private final FocalPoints focalPoints;
  private final UserAccounts accounts;
  private final Sessions sessions;
  private final Me me;
  private final MessageSource messages;

  /**
   * Makes the pages.
   *
   * @param organisations the directory
   * @param focalPoints the focal point seats
   * @param accounts the accounts
   * @param sessions the sessions (a suspension ends the holder's)
   * @param me the reader
   * @param messages the pages' sentences
   */
  public DeskPages(Organisations organisations, FocalPoints focalPoints, UserAccounts accounts, Sessions sessions,
      Me me, MessageSource messages) {
    this.organisations = organisations;
    this.focalPoints = focalPoints;
    this.accounts = accounts;
    this.sessions = sessions;
    this.me = me;
    this.messages = messages;
  }

  /**
   * The desk: organisations to review, the directory, and the account look-up ({@code email} or {@code name}).
   *
   * @param email the address looked up, if any
   * @param name the name looked up, if any
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/desk")
  public String desk(@RequestParam(required = false) @Nullable String email,
      @RequestParam(required = false) @Nullable String name, Model model) {
    return deskPage(email, name, Feedback.none(), model);
  }

  private String deskPage(@Nullable String email, @Nullable String name, Feedback feedback, Model model) {
    operator();
    model.addAttribute("entered", organisations.awaitingReview(me.actor()));
    model.addAttribute("directory", organisations.search(DirectoryQuery.builder().size(100).build(), me.actor())
        .items());
    model.addAttribute("email", email == null ? "" : email);
    model.addAttribute("name", name == null ? "" : name);
    List<AccountSummary> found = List.of();
    if (SignUpForm.text(email) != null || SignUpForm.text(name) != null) {
      try {
        found = accounts.findAccounts(FindAccounts.builder().email(SignUpForm.text(email)).name(SignUpForm.text(name))
            .build(), me.actor()).value().items();
      } catch (PortalException refusal) {
        feedback = Feedback.of(refusal, "", me.actor().locale());
      }
    }
    model.addAttribute("accounts", found);
    model.addAttribute("searched", SignUpForm.text(email) != null || SignUpForm.text(name) != null);
    model.addAttribute("feedback", feedback);
    return "desk";
  }

  /**
   * Reviews an organisation a user entered: {@code approve}, {@code reject}, or {@code merge} into another record.
   *
   * @param organisation the organisation entered
   * @param decision the decision
   * @param mergeInto the record to merge it into, if merging
   * @param reason the reason, if any
   * @param model the page's model
   * @param flash the notice
   * @return the desk
   */
  @PostMapping("/desk/organisations/{organisation}/review")
  public String review(@PathVariable String organisation, @RequestParam String decision,
      @RequestParam(required = false) @Nullable String mergeInto, @RequestParam(required = false) @Nullable String reason,
      Model model, RedirectAttributes flash) {
    operator();
    ReviewOrganisation command = ReviewOrganisation.builder().organisation(OrganisationId.of(organisation))
        .mergeInto(Optional.ofNullable(SignUpForm.text(mergeInto)).filter(i -> "merge".equals(decision))
            .map(OrganisationId::of))
        .reason(Optional.ofNullable(SignUpForm.text(reason))).build();
    try {
      switch (decision) {
        case "approve" -> organisations.approve(command, me.actor());
        case "reject" -> organisations.reject(command, me.actor());
        default -> organisations.merge(command, me.actor());
      }
    } catch (PortalException refusal) {
      return deskPage(null, null, Feedback.of(refusal, "", me.actor().locale()), model);
    }
    flash.addFlashAttribute("notice", "web.desk.reviewed." + ("approve".equals(decision) || "reject".equals(decision)
        ? decision : "merge"));
    return DESK;
  }

  /**
   * An account's suspension, reactivation or closure, with the reason.
   *
   * @param account the account
   * @param decision {@code suspend}, {@code reactivate} or {@code close}
   * @param reason the reason
   * @param email the look-up to show again
   * @param model the page's model
   * @param request the request
   * @param flash the notice
   * @return the desk with the look-up
   */
  @PostMapping("/desk/accounts/{account}")
  public String decide(@PathVariable String account, @RequestParam String decision,
      @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String email, Model model,
      HttpServletRequest request, RedirectAttributes flash) {
    operator();
    OperatorDecision command = OperatorDecision.builder().account(AccountId.of(account))
        .reason(SignUpForm.text(reason)).build();
    try {
      switch (decision) {
        case "suspend" -> {
          accounts.suspend(command, me.actor());
          sessions.endOthers(new Signed.Member(AccountId.of(account)), request);
        }
        case "reactivate" -> accounts.reactivate(command, me.actor());
        default -> {
          accounts.close(command, me.actor());
          sessions.endOthers(new Signed.Member(AccountId.of(account)), request);
        }
      }
    } catch (PortalException refusal) {
      Feedback feedback = Feedback.of(refusal, "", me.actor().locale());
      return deskPage(email, null, new Feedback(Map.of(), feedback.fields().isEmpty() ? feedback.sentence()
          : String.join(" ", feedback.fields().values().stream().flatMap(List::stream).toList()), feedback.codes()),
          model);
    }
    flash.addFlashAttribute("notice", "web.desk.account." + decision);
    flash.addAttribute("email", email);
    return DESK;
  }

  /**
   * An organisation's focal point seats.
   *
   * @param organisation the organisation
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/desk/organisations/{organisation}")
  public String organisation(@PathVariable String organisation, Model model) {
    return organisationPage(OrganisationId.of(organisation), "", Feedback.none(), model);
  }

  private String organisationPage(OrganisationId id, String email, Feedback feedback, Model model) {
    operator();
    Organisation organisation = organisations.get(id);
    FocalPointSeats seats = focalPoints.seatsOf(id);
    Map<AccountId, AccountSummary> holders = accounts.findAll(java.util.stream.Stream.of(seats.itu(), seats.ties())
        .flatMap(Optional::stream).toList());
    model.addAttribute("organisation", organisation);
    model.addAttribute("itu", seats.itu().map(holders::get));
    model.addAttribute("ties", seats.ties().map(holders::get));
    model.addAttribute("email", email);
    model.addAttribute("feedback", feedback);
    return "desk-organisation";
  }

  /**
   * Appoints (or changes) the organisation's ITU Focal Point: the account with this address.
   *
   * @param organisation the organisation
   * @param email the appointee's address
   * @param model the page's model
   * @param flash the notice
   * @return the organisation's page
   */
  @PostMapping("/desk/organisations/{organisation}/itu-focal-point")
  public String appoint(@PathVariable String organisation, @RequestParam(defaultValue = "") String email, Model model,
      RedirectAttributes flash) {
    operator();
    OrganisationId id = OrganisationId.of(organisation);
    try {
      Optional<AccountSummary> appointee = SignUpForm.text(email) == null ? Optional.empty()
          : accounts.findAccounts(FindAccounts.builder().email(email.strip()).build(), me.actor()).value().items()
              .stream().filter(a -> a.email().display().equalsIgnoreCase(email.strip())).findFirst();
      if (appointee.isEmpty()) {
        return organisationPage(id, email, new Feedback(Map.of("email", List.of(messages.getMessage(
            "web.desk.no-account", null, me.actor().locale()))), "", java.util.Set.of()), model);
      }
      focalPoints.appoint(AppointFocalPoint.builder().organisation(id).seat(FocalPointRole.ITU)
          .account(appointee.get().id()).build(), me.actor());
    } catch (PortalException refusal) {
      return organisationPage(id, email, Feedback.of(refusal, "", me.actor().locale()), model);
    }
    flash.addFlashAttribute("notice", "web.desk.appointed");
    return "redirect:/desk/organisations/" + organisation;
  }

  private static void operator() {
    if (!(Sessions.signed() instanceof Signed.Operator)) {
      throw new SentElsewhere("/staff/sign-in");
    }
  }
}
