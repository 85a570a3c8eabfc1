/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.ChangePassword;
import org.memberportal.account.ForgotPassword;
import org.memberportal.account.ResendCode;
import org.memberportal.account.ResetPassword;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignInResult;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.affiliation.organisation.DirectoryQuery;
import org.memberportal.affiliation.organisation.Organisations;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.security.Me;
import org.memberportal.portal.security.Sessions;
import org.memberportal.portal.security.Signed;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account pages of the member portal: sign-in ("No ITU Account yet? Click here to create one", "Forgot
 * password?"), sign-up in the seed's steps, "Verify code" and "Didn't get the code?", forgot and reset (also the
 * forced reset of an account migrated from the previous portal), sign-out and my account.
 */
@Controller
public class AccountPages {

  private final UserAccounts accounts;
  private final Organisations organisations;
  private final SigningUpPage signingUp;
  private final Sessions sessions;
  private final Me me;
  private final MessageSource messages;

  /**
   * Makes the pages.
   *
   * @param accounts the accounts
   * @param organisations the directory (the sign-up's pickers)
   * @param signingUp the sign-up's transaction
   * @param sessions the sessions
   * @param me the reader
   * @param messages the pages' sentences
   */
  public AccountPages(UserAccounts accounts, Organisations organisations, SigningUpPage signingUp,
      Sessions sessions, Me me, MessageSource messages) {
    this.messages = messages;
    this.accounts = accounts;
    this.organisations = organisations;
    this.signingUp = signingUp;
    this.sessions = sessions;
    this.me = me;
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
   * Signs in: to My account; a migrated account to the reset of its password; anything else one sentence that
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
    try {
      SignInResult result = accounts.signIn(SignIn.builder().email(email).password(Secret.of(password)).build(),
          me.actor()).value();
      if (result instanceof SignInResult.SignedIn signedIn) {
        AccountSummary account = accounts.find(signedIn.account()).orElseThrow();
        sessions.start(new Signed.Member(account.id()), "MEMBER", account.language(), request, response);
        return "redirect:/my/account";
      }
      if (result instanceof SignInResult.PasswordResetRequired) {
        flash.addFlashAttribute("email", email);
        flash.addFlashAttribute("notice", "web.reset.required");
        return "redirect:/password/forgot";
      }
      model.addAttribute("feedback", Feedback.sentence(sentence("web.sign-in.rejected")));
    } catch (PortalException refusal) {
      model.addAttribute("feedback", Feedback.of(refusal, "", me.actor().locale()));
    }
    model.addAttribute("email", email);
    return "sign-in";
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
    try {
      signingUp.signUp(form, me.actor());
    } catch (PortalException refusal) {
      return signUpPage(form.withoutPasswords(), Feedback.of(refusal, "", me.actor().locale()), model);
    }
    flash.addFlashAttribute("email", form.email());
    flash.addFlashAttribute("notice", "web.verify.sent");
    return "redirect:/verify";
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

  /**
   * "Verify code": the address and the code mailed to it.
   *
   * @return the page
   */
  @GetMapping("/verify")
  public String verify() {
    return "verify";
  }

  /**
   * Verifies the address; then the reader signs in.
   *
   * @param email the address
   * @param code the code
   * @param model the page's model
   * @param flash the sign-in page's notice
   * @return the sign-in page, or this page with its refusal
   */
  @PostMapping("/verify")
  public String verify(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String code,
      Model model, RedirectAttributes flash) {
    try {
      accounts.verifyEmail(VerifyEmail.builder().email(email).code(Secret.of(code)).build(), me.actor());
    } catch (PortalException refusal) {
      model.addAttribute("email", email);
      model.addAttribute("feedback", Feedback.of(refusal, "", me.actor().locale()));
      return "verify";
    }
    flash.addFlashAttribute("notice", "web.verify.done");
    flash.addFlashAttribute("email", email);
    return "redirect:/sign-in";
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
    try {
      accounts.resendCode(ResendCode.builder().email(email).build(), me.actor());
      model.addAttribute("notice", "web.verify.resent");
    } catch (PortalException refusal) {
      model.addAttribute("feedback", Feedback.of(refusal, "", me.actor().locale()));
    }
    model.addAttribute("email", email);
    return "verify";
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
    try {
      accounts.forgotPassword(ForgotPassword.builder().email(email).requester(request.getRemoteAddr()).build(),
          me.actor());
    } catch (PortalException refusal) {
      model.addAttribute("email", email);
      model.addAttribute("feedback", Feedback.of(refusal, "", me.actor().locale()));
      return "forgot";
    }
    flash.addFlashAttribute("email", email);
    flash.addFlashAttribute("notice", "web.reset.sent");
    return "redirect:/password/reset";
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
    try {
      AccountSummary account = accounts.resetPassword(ResetPassword.builder().email(email).code(Secret.of(code))
          .password(Secret.of(password)).passwordConfirmation(Secret.of(passwordConfirmation))
          .requester(request.getRemoteAddr()).build(), me.actor()).value();
      sessions.endOthers(new Signed.Member(account.id()), request);
    } catch (PortalException refusal) {
      Feedback feedback = Feedback.of(refusal, "", me.actor().locale());
      model.addAttribute("email", email);
      model.addAttribute("feedback", feedback);
      model.addAttribute("passwordRules", PasswordChecklist.of(accounts.passwordPolicy(), feedback));
      return "reset";
    }
    flash.addFlashAttribute("notice", "web.reset.done");
    flash.addFlashAttribute("email", email);
    return "redirect:/sign-in";
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
    try {
      accounts.changePassword(ChangePassword.builder().account(account).currentPassword(Secret.of(currentPassword))
          .password(Secret.of(password)).passwordConfirmation(Secret.of(passwordConfirmation)).build(),
          me.actor());
    } catch (PortalException refusal) {
      return accountPage(Feedback.of(refusal, "", me.actor().locale()), model);
    }
    sessions.endOthers(new Signed.Member(account), request);
    flash.addFlashAttribute("notice", "web.account.password-changed");
    return "redirect:/my/account";
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

  private String sentence(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
