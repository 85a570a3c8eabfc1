/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.careers;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.memberportal.account.Acknowledgement;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.candidate.CandidateForgotPassword;
import org.memberportal.careers.candidate.CandidateResetPassword;
import org.memberportal.careers.candidate.CandidateSignIn;
import org.memberportal.careers.candidate.CandidateSignInResult;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.ChangeCandidatePassword;
import org.memberportal.careers.candidate.CreateCandidateAccount;
import org.memberportal.careers.candidate.ResendCandidateCode;
import org.memberportal.careers.candidate.VerifyCandidateEmail;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.kernel.NotFound;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.memberportal.portal.security.Sessions;
import org.memberportal.portal.security.Signed;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The Careers account screens (C1, C2), apart from the member portal's accounts: create an account (current staff
 * are refused: they use the internal employee profile), verify the address, sign in as a candidate, forgot and
 * reset, change the password. Sign-out is {@code DELETE /api/careers/session}.
 */
@RestController
public class CandidateAccountEndpoints {

  private final CareersAccounts careers;
  private final CandidateAccounts accounts;
  private final Commands commands;
  private final Sessions sessions;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param careers the careers accounts service
   * @param accounts where careers accounts are kept (the signed-in candidate's name and language)
   * @param commands reads commands from bodies
   * @param sessions the sessions
   * @param me the caller
   */
  public CandidateAccountEndpoints(CareersAccounts careers, CandidateAccounts accounts, Commands commands,
      Sessions sessions, Me me) {
    this.careers = careers;
    this.accounts = accounts;
    this.commands = commands;
    this.sessions = sessions;
    this.me = me;
  }

  /**
   * Creates a careers account: the {@code CreateCandidateAccount} attributes ({@code email}, {@code firstName},
   * {@code lastName}, {@code password}, {@code passwordConfirmation}, {@code language}, {@code relation}). The answer
   * is the same whether or not the address already has an account; a current staff member is refused (428,
   * {@code candidate.current-staff}).
   *
   * @param body the form
   * @return the uniform acknowledgement
   */
  @PostMapping("/api/careers/accounts")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Reads(CreateCandidateAccount.class)
  public Acknowledgement create(@RequestBody JsonNode body) {
    return careers.createAccount(commands.read(body, CreateCandidateAccount.class), me.actor()).value();
  }

  /**
   * Verifies the address with the code mailed to it.
   *
   * @param body {@code email}, {@code code}
   * @return {@code candidate}, the careers account's id
   */
  @PostMapping("/api/careers/accounts/verification")
  @Reads(VerifyCandidateEmail.class)
  public Map<String, CandidateId> verify(@RequestBody JsonNode body) {
    return Map.of("candidate", careers.verifyEmail(commands.read(body, VerifyCandidateEmail.class), me.actor())
        .value());
  }

  /**
   * "Didn't get the code?": mails a fresh verification code when a careers account with the address awaits
   * verification, within the library's cool-down and daily cap. The answer is the same for every address.
   *
   * @param body {@code email}
   * @return the uniform acknowledgement
   */
  @PostMapping("/api/careers/accounts/verification-code")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Reads(ResendCandidateCode.class)
  public Acknowledgement resend(@RequestBody JsonNode body) {
    return careers.resendCode(commands.read(body, ResendCandidateCode.class), me.actor()).value();
  }

  /**
   * Signs a candidate in. The answer's {@code outcome} is {@code signed-in} (a new session; the cookie) or
   * {@code rejected}, the same for every reason (unknown address, wrong password, locked, erased).
   *
   * @param body {@code email}, {@code password}
   * @param request the request
   * @param response the response
   * @return the outcome, and the candidate when signed in
   */
  @PostMapping("/api/careers/session")
  @Reads(CandidateSignIn.class)
  public Map<String, Object> signIn(@RequestBody JsonNode body, HttpServletRequest request,
      HttpServletResponse response) {
    CandidateSignInResult result = careers.signIn(commands.read(body, CandidateSignIn.class), me.actor()).value();
    Map<String, Object> answer = new LinkedHashMap<>();
    if (result instanceof CandidateSignInResult.SignedIn signedIn) {
      CandidateAccount account = account(signedIn.candidate());
      sessions.start(new Signed.Applicant(account.id()), "CANDIDATE", account.language(), request, response);
      answer.put("outcome", "signed-in");
      answer.put("candidate", summary(account));
    } else {
      answer.put("outcome", "rejected");
    }
    return answer;
  }

  /**
   * Asks for a password-reset code (uniform answer: "if an account matches, you will receive an email").
   *
   * @param body {@code email}
   * @param request the request (its address is the requester)
   * @return the acknowledgement
   */
  @PostMapping("/api/careers/accounts/password-reset")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Reads(value = CandidateForgotPassword.class, set = "requester")
  public Acknowledgement forgot(@RequestBody JsonNode body, HttpServletRequest request) {
    return careers.forgotPassword(commands.read(body, CandidateForgotPassword.class, "requester",
        request.getRemoteAddr()), me.actor()).value();
  }

  /**
   * Resets the password with the mailed code; every session of the candidate ends.
   *
   * @param body {@code email}, {@code code}, {@code password}, {@code passwordConfirmation}
   * @param request the request
   * @return {@code candidate}
   */
  @PutMapping("/api/careers/accounts/password")
  @Reads(value = CandidateResetPassword.class, set = "requester")
  public Map<String, CandidateId> reset(@RequestBody JsonNode body, HttpServletRequest request) {
    CandidateId candidate = careers.resetPassword(commands.read(body, CandidateResetPassword.class, "requester",
        request.getRemoteAddr()), me.actor()).value();
    sessions.endOthers(new Signed.Applicant(candidate), request);
    return Map.of("candidate", candidate);
  }

  /**
   * The signed-in candidate's account: {@code candidate}, {@code email}, {@code firstName}, {@code lastName},
   * {@code language}, {@code relation}, {@code status}.
   *
   * @return the account
   */
  @GetMapping("/api/careers/me")
  public Map<String, Object> candidate() {
    return summary(account(me.candidate()));
  }

  /**
   * Changes the candidate's password; the candidate's other sessions end.
   *
   * @param body {@code currentPassword}, {@code password}, {@code passwordConfirmation}
   * @param request the request (its session stays)
   * @return {@code candidate}
   */
  @PutMapping("/api/careers/me/password")
  @Reads(value = ChangeCandidatePassword.class, set = "candidate")
  public Map<String, CandidateId> password(@RequestBody JsonNode body, HttpServletRequest request) {
    CandidateId candidate = careers.changePassword(commands.read(body, ChangeCandidatePassword.class, "candidate",
        me.candidate()), me.actor()).value();
    sessions.endOthers(new Signed.Applicant(candidate), request);
    return Map.of("candidate", candidate);
  }

  private CandidateAccount account(CandidateId candidate) {
    return accounts.find(candidate)
        .orElseThrow(() -> new NotFound(CareersRefusals.CANDIDATE_NOT_FOUND, "no such careers account"));
  }

  /** What the candidate sees of their account: never the password's hash nor the lockout. */
  private static Map<String, Object> summary(CandidateAccount account) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("candidate", account.id());
    summary.put("email", account.email());
    summary.put("firstName", account.firstName());
    summary.put("lastName", account.lastName());
    summary.put("language", account.language());
    summary.put("relation", account.relation());
    summary.put("status", account.status());
    return summary;
  }
}
