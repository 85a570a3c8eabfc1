/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import org.memberportal.account.UserAccounts;
import org.memberportal.affiliation.organisation.DirectoryQuery;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.portal.security.Me;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Creating a member account: sign-up in the seed's steps (then "Verify code", {@link VerifyPages}).
 */
@Controller
public class SignUpPages {

  private final UserAccounts accounts;
  private final Organisations organisations;
  private final SigningUpPage signingUp;
  private final Me me;

  /**
   * Makes the pages.
   *
   * @param accounts the accounts
   * @param organisations the directory (the sign-up's pickers)
   * @param signingUp the sign-up's transaction
   * @param me the reader
   */
  public SignUpPages(UserAccounts accounts, Organisations organisations, SigningUpPage signingUp, Me me) {
    this.accounts = accounts;
    this.organisations = organisations;
    this.signingUp = signingUp;
    this.me = me;
  }

  /**
   * The sign-up page.
   *
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/sign-up")
  public String signUp(Model model) {
    return signUpPage(SignUpForm.empty(), Feedback.none(), model);
  }

  /**
   * Signs up; the next page asks for the code mailed (the same answer whether or not the address had an account).
   *
   * @param form the form
   * @param model the page's model
   * @param flash the address, for the next page
   * @return the next page, or the form with its refusals
   */
  @PostMapping("/sign-up")
  public String signUp(@ModelAttribute SignUpForm form, Model model, RedirectAttributes flash) {
    return Forms.submit(() -> signingUp.signUp(form, me.actor()), me.actor().locale(),
        feedback -> signUpPage(form.withoutPasswords(), feedback, model), flash.addFlashAttribute("email",
            form.email()), "web.verify.sent", "/verify");
  }

  private String signUpPage(SignUpForm form, Feedback feedback, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("feedback", feedback);
    model.addAttribute("reference", accounts.referenceData());
    model.addAttribute("passwordRules", PasswordChecklist.of(accounts.passwordPolicy(), feedback));
    model.addAttribute("membershipTypes", organisations.membershipTypes());
    model.addAttribute("organisations", organisations.search(DirectoryQuery.builder().size(100).build(),
        me.actor()).items());
    return "sign-up";
  }
}
