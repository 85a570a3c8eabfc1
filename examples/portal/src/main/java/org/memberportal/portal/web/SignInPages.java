/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignInResult;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.security.Me;
import org.memberportal.portal.security.Sessions;
import org.memberportal.portal.security.Signed;
import org.memberportal.portal.security.SignIns;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's start page, the member's sign-in ("No ITU Account yet? Click here to create one", "Forgot
 * password?"; an account migrated from the previous portal is sent to reset its password) and the sign-out of
 * anyone signed in.
 */
@Controller
public class SignInPages {

  private final SignIns signIns;
  private final Me me;
  private final MessageSource messages;

  /**
   * Makes the pages.
   *
   * @param signIns the sign-ins in one or two steps
   * @param me the reader
   * @param messages the pages' sentences
   */
  public SignInPages(SignIns signIns, Me me, MessageSource messages) {
    this.signIns = signIns;
    this.me = me;
    this.messages = messages;
  }

  /**
   * The portal's start page.
   *
   * @return the page
   */
  @GetMapping("/")
  public String home() {
    return "home";
  }

  /**
   * The sign-in page.
   *
   * @return the page
   */
  @GetMapping("/sign-in")
  public String signIn() {
    return "sign-in";
  }

  /**
   * Signs in: to My account, or to the second step for an account with a second factor; a migrated account to the reset of its password; anything else one sentence that
   * does not say which of address and password was wrong.
   *
   * @param email the address
   * @param password the password
   * @param model the page's model
   * @param request the request
   * @param response the response
   * @param flash the next page's notice
   * @return the next page
   */
  @PostMapping("/sign-in")
  public String signIn(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
      Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes flash) {
    return Forms.signIn(() -> {
      SignInResult result = signIns.password(SignIn.builder().email(email).password(Secret.of(password)).build(),
          me.actor(), request, response);
      if (result instanceof SignInResult.SignedIn) {
        return "redirect:/my/account";
      }
      if (result instanceof SignInResult.SecondFactorRequired) {
        return "redirect:/sign-in/second-step";
      }
      if (result instanceof SignInResult.PasswordResetRequired) {
        flash.addFlashAttribute("email", email);
        flash.addFlashAttribute("notice", "web.reset.required");
        return "redirect:/password/forgot";
      }
      return null;
    }, me.actor().locale(), messages, model, "sign-in", email);
  }

  /**
   * Signs out: the session ends.
   *
   * @param request the request
   * @return the sign-in page of whoever signed out (member, candidate or staff)
   */
  @PostMapping("/sign-out")
  public String signOut(HttpServletRequest request) {
    Signed signed = Sessions.signed();
    String next = signed instanceof Signed.Applicant ? "redirect:/careers/sign-in"
        : signed instanceof Signed.Operator || signed instanceof Signed.Recruiting ? "redirect:/staff/sign-in"
            : "redirect:/sign-in";
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
    return next;
  }
}
