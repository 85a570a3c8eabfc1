/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.memberportal.account.UserAccounts;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.candidate.CandidateSignIn;
import org.memberportal.careers.candidate.CandidateSignInResult;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.CreateCandidateAccount;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.security.Me;
import org.memberportal.portal.security.Sessions;
import org.memberportal.portal.security.Signed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The careers account's pages, apart from the member portal's: create a careers account (with "ITU Staff login"
 * pointing current staff to their internal profile, and the password checklist; then "Verify code",
 * {@link VerifyPages}) and the candidate's sign-in, which answers one sentence whatever was wrong.
 */
@Controller
public class CandidatePages {

  private final CareersAccounts careers;
  private final UserAccounts accounts;
  private final Sessions sessions;
  private final Me me;
  private final MessageSource messages;
  private final String staffLogin;

  /**
   * Makes the pages.
   *
   * @param careers the careers accounts
   * @param accounts the member accounts (the reference lists of the form)
   * @param sessions the sessions
   * @param me the reader
   * @param messages the pages' sentences
   * @param staffLogin where current staff apply ({@code portal.careers.staff-login})
   */
  public CandidatePages(CareersAccounts careers, UserAccounts accounts, Sessions sessions, Me me,
      MessageSource messages,
      @Value("${portal.careers.staff-login:https://staff.itu.example/careers}") String staffLogin) {
    this.careers = careers;
    this.accounts = accounts;
    this.sessions = sessions;
    this.me = me;
    this.messages = messages;
    this.staffLogin = staffLogin;
  }

  /**
   * Where current staff apply instead ("ITU Staff login"), for every page of the careers account.
   *
   * @return the address
   */
  @ModelAttribute("staffLogin")
  public String staffLogin() {
    return staffLogin;
  }

  /**
   * Create a careers account.
   *
   * @param model the page's model
   * @return the page
   */
  @GetMapping("/careers/sign-up")
  public String signUp(Model model) {
    return signUpPage(Map.of(), Feedback.none(), model);
  }

  /**
   * Creates the account (the same answer whether or not the address had one); the next page asks for the code.
   *
   * @param form the form
   * @param model the page's model
   * @param flash the next page's address and notice
   * @return the next page, or the form with its refusals
   */
  @PostMapping("/careers/sign-up")
  public String signUp(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
    Entered entered = new Entered(form, "", messages, me.actor().locale());
    try {
      careers.createAccount(CreateCandidateAccount.builder().email(entered.text("email"))
          .firstName(entered.text("firstName")).lastName(entered.text("lastName"))
          .language(Locale.forLanguageTag(entered.text("language").isEmpty() ? "en" : entered.text("language")))
          .relation(Arrays.stream(StaffRelation.values()).filter(r -> r.name().equals(entered.text("relation")))
              .findFirst().orElse(StaffRelation.NONE))
          .password(Secret.of(entered.text("password")))
          .passwordConfirmation(Secret.of(entered.text("passwordConfirmation"))).build(), me.actor());
    } catch (PortalException refusal) {
      Map<String, String> kept = new java.util.HashMap<>(form);
      kept.remove("password");
      kept.remove("passwordConfirmation");
      return signUpPage(kept, entered.refused(refusal), model);
    }
    flash.addFlashAttribute("email", entered.text("email"));
    flash.addFlashAttribute("notice", "web.verify.sent");
    return "redirect:/careers/verify";
  }

  private String signUpPage(Map<String, String> form, Feedback feedback, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("feedback", feedback);
    model.addAttribute("relations", StaffRelation.values());
    model.addAttribute("reference", accounts.referenceData());
    model.addAttribute("passwordRules", PasswordChecklist.of(careers.passwordPolicy(),
        new Feedback(Map.of(), "", feedback.codes())));
    return "careers-sign-up";
  }

  /**
   * The candidate's sign-in.
   *
   * @return the page
   */
  @GetMapping("/careers/sign-in")
  public String signIn() {
    return "careers-sign-in";
  }

  /**
   * Signs a candidate in: to the Candidate Profile; anything else one sentence (an unknown address, a wrong
   * password, an erased account all read the same).
   *
   * @param email the address
   * @param password the password
   * @param model the page's model
   * @param request the request
   * @param response the response
   * @return the profile, or this page
   */
  @PostMapping("/careers/sign-in")
  public String signIn(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
      Model model, HttpServletRequest request, HttpServletResponse response) {
    return Forms.signIn(() -> {
      CandidateSignInResult result = careers.signIn(CandidateSignIn.builder().email(email)
          .password(Secret.of(password)).build(), me.actor()).value();
      if (result instanceof CandidateSignInResult.SignedIn signedIn) {
        sessions.start(new Signed.Applicant(signedIn.candidate()), "CANDIDATE", null, request, response);
        return "redirect:/careers/profile";
      }
      return null;
    }, me.actor().locale(), messages, model, "careers-sign-in", email);
  }

  /**
   * The signed-in candidate, or a redirection to the candidate's sign-in.
   *
   * @return the candidate
   */
  static CandidateId candidate() {
    if (Sessions.signed() instanceof Signed.Applicant applicant) {
      return applicant.candidate();
    }
    throw new SentElsewhere("/careers/sign-in");
  }
}
