/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.account;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.AccountEvent;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.Acknowledgement;
import org.memberportal.account.ChangeEmail;
import org.memberportal.account.ChangePassword;
import org.memberportal.account.ConfirmEmailChange;
import org.memberportal.account.ForgotPassword;
import org.memberportal.account.ResendCode;
import org.memberportal.account.ResetPassword;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignInResult;
import org.memberportal.account.SignUp;
import org.memberportal.account.UpdateDetails;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.VerifyEmail;
import org.memberportal.affiliation.membership.Affiliations;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.memberportal.portal.security.Sessions;
import org.memberportal.portal.security.Signed;
import org.memberportal.portal.security.SignIns;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The member portal's account screens: sign-up (with the organisation choice and the TIES tick), verification and
 * resend, sign-in, forgot and reset (also the forced reset of a migrated account), account details, password and
 * email change. Sign-out is {@code DELETE /api/session} (Spring Security's logout).
 */
@RestController
public class AccountEndpoints {

  private final UserAccounts accounts;
  private final Affiliations affiliations;
  private final Commands commands;
  private final Sessions sessions;
  private final SignIns signIns;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param accounts the accounts service
   * @param affiliations the affiliation requests (sign-up's organisation choice)
   * @param commands reads commands from bodies
   * @param sessions the sessions
   * @param signIns the sign-ins in one or two steps
   * @param me the caller
   */
  public AccountEndpoints(UserAccounts accounts, Affiliations affiliations, Commands commands, Sessions sessions,
      SignIns signIns, Me me) {
    this.accounts = accounts;
    this.affiliations = affiliations;
    this.commands = commands;
    this.sessions = sessions;
    this.signIns = signIns;
    this.me = me;
  }

  /**
   * The session's CSRF token, which a state-changing request sends back in the {@code X-XSRF-TOKEN} header (reading
   * it also sets the {@code XSRF-TOKEN} cookie).
   *
   * @param token the token
   * @return the header's name and the token
   */
  @GetMapping("/api/csrf")
  public Map<String, String> csrf(@Parameter(hidden = true) CsrfToken token) {
    return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
  }

  /**
   * Signs a visitor up: the {@code SignUp} attributes, and optionally {@code organisation} (an id from the
   * directory) with {@code wantsTiesAccess}, which files the affiliation request in the same transaction. The answer
   * is the same whether or not the address already has an account.
   *
   * @param body the form
   * @return the uniform acknowledgement
   */
  @PostMapping("/api/accounts")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Transactional
  @Reads(value = {SignUp.class, RequestAffiliation.class}, set = "account")
  public Acknowledgement signUp(@RequestBody JsonNode body) {
    Outcome<Acknowledgement> outcome = accounts.signUp(commands.read(body, SignUp.class), me.actor());
    JsonNode organisation = body.get("organisation");
    if (organisation != null && !organisation.isNull()) {
      outcome.events().stream().filter(AccountEvent.SignedUp.class::isInstance)
          .map(e -> ((AccountEvent.SignedUp) e).account()).findFirst()
          .ifPresent(account -> affiliations.request(commands.read(body, RequestAffiliation.class,
              "account", account), Actor.account(account).in(me.actor().locale())));
    }
    return outcome.value();
  }

  /**
   * Verifies an address with the code mailed to it.
   *
   * @param body {@code email}, {@code code}
   * @return the account
   */
  @PostMapping("/api/accounts/verification")
  @Reads(VerifyEmail.class)
  public AccountSummary verify(@RequestBody JsonNode body) {
    return accounts.verifyEmail(commands.read(body, VerifyEmail.class), me.actor()).value();
  }

  /**
   * Sends the verification code again (uniform answer).
   *
   * @param body {@code email}
   * @return the acknowledgement
   */
  @PostMapping("/api/accounts/verification-code")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Reads(ResendCode.class)
  public Acknowledgement resend(@RequestBody JsonNode body) {
    return accounts.resendCode(commands.read(body, ResendCode.class), me.actor()).value();
  }

  /**
   * Signs in. The answer's {@code outcome} is {@code signed-in} (a new session; the cookie),
   * {@code second-factor-required} with the account's {@code factors} (a new session that awaits the second step,
   * {@code POST /api/session/second-factor} or {@code /api/session/passkey}), {@code rejected}
   * (the same for every reason: unknown address, wrong password, locked, suspended) or
   * {@code password-reset-required} (a migrated account: forgot-password opens it).
   *
   * @param body {@code email}, {@code password}
   * @param request the request
   * @param response the response
   * @return the outcome, and the account when signed in
   */
  @PostMapping("/api/session")
  @Reads(SignIn.class)
  public Map<String, Object> signIn(@RequestBody JsonNode body, HttpServletRequest request,
      HttpServletResponse response) {
    SignInResult result = signIns.password(commands.read(body, SignIn.class), me.actor(), request, response);
    Map<String, Object> answer = new LinkedHashMap<>();
    if (result instanceof SignInResult.SignedIn signedIn) {
      answer.put("outcome", "signed-in");
      answer.put("account", accounts.find(signedIn.account()).orElseThrow());
    } else if (result instanceof SignInResult.SecondFactorRequired required) {
      answer.put("outcome", "second-factor-required");
      answer.put("factors", required.factors());
    } else {
      answer.put("outcome", result instanceof SignInResult.PasswordResetRequired ? "password-reset-required"
          : "rejected");
    }
    return answer;
  }

  /**
   * Asks for a password-reset code (uniform answer).
   *
   * @param body {@code email}
   * @param request the request (its address is the requester)
   * @return the acknowledgement
   */
  @PostMapping("/api/accounts/password-reset")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Reads(value = ForgotPassword.class, set = "requester")
  public Acknowledgement forgot(@RequestBody JsonNode body, HttpServletRequest request) {
    return accounts.forgotPassword(commands.read(body, ForgotPassword.class, "requester", request.getRemoteAddr()),
        me.actor()).value();
  }

  /**
   * Resets the password with the mailed code (also opens a migrated account); every session of the account ends.
   *
   * @param body {@code email}, {@code code}, {@code password}, {@code passwordConfirmation}
   * @param request the request
   * @return the account
   */
  @PutMapping("/api/accounts/password")
  @Reads(value = ResetPassword.class, set = "requester")
  public AccountSummary reset(@RequestBody JsonNode body, HttpServletRequest request) {
    AccountSummary account = accounts.resetPassword(commands.read(body, ResetPassword.class, "requester",
        request.getRemoteAddr()), me.actor()).value();
    sessions.endOthers(new Signed.Member(account.id()), request);
    return account;
  }

  /**
   * The signed-in member's account.
   *
   * @return the account
   */
  @GetMapping("/api/me")
  public AccountSummary account() {
    AccountId account = me.account();
    return accounts.find(account).orElseThrow(() -> new NotFound(AccountRefusals.NOT_FOUND, "no such account"));
  }

  /**
   * Changes the member's personal details.
   *
   * @param body the {@code UpdateDetails} attributes
   * @return the account
   */
  @PutMapping("/api/me/details")
  @Reads(value = UpdateDetails.class, set = "account")
  public AccountSummary details(@RequestBody JsonNode body) {
    return accounts.updateDetails(commands.read(body, UpdateDetails.class, "account", me.account()), me.actor())
        .value();
  }

  /**
   * Changes the member's password; the member's other sessions end.
   *
   * @param body {@code currentPassword}, {@code password}, {@code passwordConfirmation}
   * @param request the request (its session stays)
   * @return the account
   */
  @PutMapping("/api/me/password")
  @Reads(value = ChangePassword.class, set = "account")
  public AccountSummary password(@RequestBody JsonNode body, HttpServletRequest request) {
    AccountSummary account = accounts.changePassword(commands.read(body, ChangePassword.class, "account",
        me.account()), me.actor()).value();
    sessions.endOthers(new Signed.Member(account.id()), request);
    return account;
  }

  /**
   * Asks to change the member's address: a code goes to the new one.
   *
   * @param body {@code newEmail}, {@code currentPassword}
   * @return the account (its address unchanged until confirmed)
   */
  @PostMapping("/api/me/email-change")
  @Reads(value = ChangeEmail.class, set = "account")
  public AccountSummary changeEmail(@RequestBody JsonNode body) {
    return accounts.changeEmail(commands.read(body, ChangeEmail.class, "account", me.account()), me.actor())
        .value();
  }

  /**
   * Confirms the new address with its code.
   *
   * @param body {@code code}
   * @return the account at its new address
   */
  @PostMapping("/api/me/email-change/confirmation")
  @Reads(value = ConfirmEmailChange.class, set = "account")
  public AccountSummary confirmEmail(@RequestBody @Nullable JsonNode body) {
    return accounts.confirmEmailChange(commands.read(body, ConfirmEmailChange.class, "account", me.account()),
        me.actor()).value();
  }
}
