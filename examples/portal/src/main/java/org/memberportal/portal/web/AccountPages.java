/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.memberportal.account.ChangePassword;
import org.memberportal.account.UserAccounts;
import org.memberportal.kernel.AccountId;
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
 * My account: the signed-in member's personal details, and the password to change.
 */
@Controller
public class AccountPages {

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
  public AccountPages(UserAccounts accounts, Sessions sessions, Me me) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.me = me;
  }

  /**
   * My account: the personal details, and the password to change.
   *
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/my/account")
  public String account(Model model) {
    return accountPage(Feedback.none(), model);
  }

  /**
   * Changes the password (knowing the current one); the member's other sessions end.
   *
   * @param currentPassword the current password
   * @param password the new password
   * @param passwordConfirmation the new password again
   * @param model the page's model
   * @param request the request
   * @param flash the notice
   * @return this page
   */
  @PostMapping("/my/account/password")
  public String password(@RequestParam(defaultValue = "") String currentPassword,
      @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String passwordConfirmation,
      Model model, HttpServletRequest request, RedirectAttributes flash) {
    AccountId account = member();
    return Forms.submit(() -> {
      accounts.changePassword(ChangePassword.builder().account(account).currentPassword(Secret.of(currentPassword))
          .password(Secret.of(password)).passwordConfirmation(Secret.of(passwordConfirmation)).build(),
          me.actor());
      sessions.endOthers(new Signed.Member(account), request);
    }, me.actor().locale(), feedback -> accountPage(feedback, model), flash, "web.account.password-changed",
        "/my/account");
  }

  private String accountPage(Feedback feedback, Model model) {
    model.addAttribute("account", accounts.find(member()).orElseThrow(() -> new SentElsewhere("/sign-in")));
    model.addAttribute("reference", accounts.referenceData());
    model.addAttribute("feedback", feedback);
    model.addAttribute("passwordRules", PasswordChecklist.of(accounts.passwordPolicy(), feedback));
    return "account";
  }

  /**
   * The signed-in member, or a redirection to the sign-in page.
   *
   * @return the member's account
   */
  static AccountId member() {
    if (Sessions.signed() instanceof Signed.Member member) {
      return member.account();
    }
    throw new SentElsewhere("/sign-in");
  }
}
