/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import org.memberportal.account.ResendCode;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.VerifyCandidateEmail;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.security.Me;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Verify code" after creating an account, a member's or a careers one: the address and the code mailed to it,
 * then the account's sign-in; a member may ask "Didn't get the code?".
 */
@Controller
public class VerifyPages {

  private final UserAccounts accounts;
  private final CareersAccounts careers;
  private final Me me;

  /**
   * Makes the pages.
   *
   * @param accounts the member accounts
   * @param careers the careers accounts
   * @param me the reader
   */
  public VerifyPages(UserAccounts accounts, CareersAccounts careers, Me me) {
    this.accounts = accounts;
    this.careers = careers;
    this.me = me;
  }

  /**
   * "Verify code".
   *
   * @return the page
   */
  @GetMapping({"/verify", "/careers/verify"})
  public String verify() {
    return "verify";
  }

  /**
   * Verifies a member's address; then the member signs in.
   *
   * @param email the address
   * @param code the code
   * @param model the page's model
   * @param flash the sign-in page's address and notice
   * @return the sign-in page, or this page with its refusal
   */
  @PostMapping("/verify")
  public String verify(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String code,
      Model model, RedirectAttributes flash) {
    return verified(() -> accounts.verifyEmail(VerifyEmail.builder().email(email).code(Secret.of(code)).build(),
        me.actor()), email, model, flash, "/sign-in");
  }

  /**
   * Verifies a careers account's address; then the candidate signs in.
   *
   * @param email the address
   * @param code the code mailed
   * @param model the page's model
   * @param flash the sign-in page's address and notice
   * @return the sign-in page, or this one with its refusal
   */
  @PostMapping("/careers/verify")
  public String verifyCandidate(@RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String code, Model model, RedirectAttributes flash) {
    return verified(() -> careers.verifyEmail(VerifyCandidateEmail.builder().email(email).code(Secret.of(code))
        .build(), me.actor()), email, model, flash, "/careers/sign-in");
  }

  /**
   * "Didn't get the code?": a fresh code (the same answer for any address).
   *
   * @param email the address
   * @param model the page's model
   * @return this page with the notice, or its refusal
   */
  @PostMapping("/verify/resend")
  public String resend(@RequestParam(defaultValue = "") String email, Model model) {
    Feedback feedback = Feedback.none();
    try {
      accounts.resendCode(ResendCode.builder().email(email).build(), me.actor());
      model.addAttribute("notice", "web.verify.resent");
    } catch (PortalException refusal) {
      feedback = Feedback.of(refusal, "", me.actor().locale());
    }
    return Forms.again(model, "verify", email, feedback);
  }

  private String verified(Runnable verification, String email, Model model, RedirectAttributes flash,
      String signIn) {
    return Forms.submit(verification, me.actor().locale(), feedback -> Forms.again(model, "verify", email, feedback),
        flash.addFlashAttribute("email", email), "web.verify.done", signIn);
  }
}
