/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.memberportal.portal.security.Me;
import org.memberportal.portal.security.Sessions;
import org.memberportal.portal.security.Signed;
import org.memberportal.portal.security.StaffLogin;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff sign in apart from members and candidates (the demo's {@link StaffLogin}; a host's single sign-on instead):
 * an operator to the service desk, a recruiter to the recruiter's desk; anything else one sentence.
 */
@Controller
public class StaffPages {

  private final StaffLogin login;
  private final Sessions sessions;
  private final Me me;
  private final MessageSource messages;

  /**
   * Makes the pages.
   *
   * @param login the configured staff
   * @param sessions the sessions
   * @param me the reader
   * @param messages the pages' sentences
   */
  public StaffPages(StaffLogin login, Sessions sessions, Me me, MessageSource messages) {
    this.login = login;
    this.sessions = sessions;
    this.me = me;
    this.messages = messages;
  }

  /**
   * The staff sign-in page.
   *
   * @return the page
   */
  @GetMapping("/staff/sign-in")
  public String signIn() {
    return "staff-sign-in";
  }

  /**
   * Signs a staff member in, to their desk.
   *
   * @param username the user name
   * @param password the password
   * @param model the page's model
   * @param request the request
   * @param response the response
   * @return the desk, or this page with one sentence
   */
  @PostMapping("/staff/sign-in")
  public String signIn(@RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String password, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    return login.signIn(username, password).map(signed -> {
      boolean operator = signed instanceof Signed.Operator;
      sessions.start(signed, (operator ? StaffLogin.Role.OPERATOR : StaffLogin.Role.RECRUITER).name(), null, request,
          response);
      return operator ? "redirect:/desk" : "redirect:/recruiting";
    }).orElseGet(() -> {
      model.addAttribute("username", username);
      model.addAttribute("feedback", Feedback.sentence(
          messages.getMessage("web.staff.rejected", null, me.actor().locale())));
      return "staff-sign-in";
    });
  }
}
