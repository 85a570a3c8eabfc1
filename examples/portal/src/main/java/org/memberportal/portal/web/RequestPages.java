/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import java.util.Optional;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.AccountId;
import org.memberportal.portal.security.Me;
import org.memberportal.ties.access.RequestTiesAccess;
import org.memberportal.ties.access.TiesAccess;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.myrequests.MyRequests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's own requests: "My Requests" with "Request TIES access", and "TIES Settings" (only with active TIES
 * access).
 */
@Controller
public class RequestPages {

  private final Organisations organisations;
  private final TiesAccess ties;
  private final MyRequests myRequests;
  private final Me me;

  /**
   * Makes the pages.
   *
   * @param organisations the directory
   * @param ties TIES access
   * @param myRequests My Requests
   * @param me the reader
   */
  public RequestPages(Organisations organisations, TiesAccess ties, MyRequests myRequests, Me me) {
    this.organisations = organisations;
    this.ties = ties;
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
    return Forms.submit(() -> ties.request(RequestTiesAccess.builder().account(AccountPages.member()).build(),
        me.actor()), me.actor().locale(), feedback -> requestsPage(feedback, model), flash,
        "web.requests.ties-requested", "/my/requests");
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
}
