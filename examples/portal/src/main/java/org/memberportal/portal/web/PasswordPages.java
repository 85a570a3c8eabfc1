/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.ForgotPassword;
import org.memberportal.account.ResetPassword;
import org.memberportal.account.UserAccounts;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.security.Me;
import org.memberportal.portal.security.Sessions;
import org.memberportal.portal.security.Signed;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A forgotten password: "Forgot password?" sends a code, the reset takes it with the new password (also the forced
 * reset of an account migrated from the previous portal).
 */
@Controller
public class PasswordPages {

  private final UserAccounts accounts;
  private final Sessions sessions;
  private final Me me;

  /**
   * Makes the pages.
   *
   * @param accounts the accounts
   * @param sessions the sessions
   * @param me the reader
   */
  public PasswordPages(UserAccounts accounts, Sessions sessions, Me me) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.me = me;
  }

  /**
   * "Forgot password?": the address to send a code to.
   *
   * @return the page
   */
  @GetMapping("/password/forgot")
  public String forgot() {
    return "forgot";
  }

  /**
   * Sends a reset code (the same answer for any address); the next page takes it with the new password.
   *
   * @param email the address
   * @param model the page's model
   * @param request the request (its address is the requester)
   * @param flash the next page's address and notice
   * @return the next page, or this one with its refusal
   */
  @PostMapping("/password/forgot")
  public String forgot(@RequestParam(defaultValue = "") String email, Model model, HttpServletRequest request,
      RedirectAttributes flash) {
    return Forms.submit(() -> accounts.forgotPassword(ForgotPassword.builder().email(email)
        .requester(request.getRemoteAddr()).build(), me.actor()), me.actor().locale(),
        feedback -> Forms.again(model, "forgot", email, feedback), flash.addFlashAttribute("email", email),
        "web.reset.sent", "/password/reset");
  }

  /**
   * The code and the new password.
   *
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/password/reset")
  public String reset(Model model) {
    model.addAttribute("passwordRules", PasswordChecklist.of(accounts.passwordPolicy(), Feedback.none()));
    return "reset";
  }

  /**
   * Sets the new password (which also opens a migrated account); every session of the account ends.
   *
   * @param email the address
   * @param code the code mailed
   * @param password the new password
   * @param passwordConfirmation the new password again
   * @param model the page's model
   * @param request the request
   * @param flash the sign-in page's notice
   * @return the sign-in page, or this one with its refusals
   */
  @PostMapping("/password/reset")
  public String reset(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String code,
      @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String passwordConfirmation,
      Model model, HttpServletRequest request, RedirectAttributes flash) {
    return Forms.submit(() -> {
      AccountSummary account = accounts.resetPassword(ResetPassword.builder().email(email).code(Secret.of(code))
          .password(Secret.of(password)).passwordConfirmation(Secret.of(passwordConfirmation))
          .requester(request.getRemoteAddr()).build(), me.actor()).value();
      sessions.endOthers(new Signed.Member(account.id()), request);
    }, me.actor().locale(), feedback -> {
      model.addAttribute("passwordRules", PasswordChecklist.of(accounts.passwordPolicy(), feedback));
      return Forms.again(model, "reset", email, feedback);
    }, flash.addFlashAttribute("email", email), "web.reset.done", "/sign-in");
  }
}
