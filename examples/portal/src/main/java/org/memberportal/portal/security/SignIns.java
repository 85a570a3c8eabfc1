/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignInResult;
import org.memberportal.account.UserAccounts;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotAllowed;
import org.springframework.stereotype.Component;

/**
 * A member's sign-in in one or two steps, for the pages and the API alike. The password signs an account without a
 * second factor in; for an account with one it opens a fresh session that holds nothing but the account awaiting its
 * second step (no role: every member page and endpoint still refuses it), and the second step's success starts the
 * member's session at the second-factor assurance.
 */
@Component
public class SignIns {

  private static final String AWAITING = "portal.second-step";

  private final UserAccounts accounts;
  private final Sessions sessions;

  /**
   * Makes the sign-ins.
   *
   * @param accounts the accounts
   * @param sessions the sessions
   */
  public SignIns(UserAccounts accounts, Sessions sessions) {
    this.accounts = accounts;
    this.sessions = sessions;
  }

  /**
   * The first step, the password: an account without a second factor is signed in; one with a factor awaits its
   * second step in a fresh session.
   *
   * @param command the address and password
   * @param actor the visitor
   * @param request the request
   * @param response the response
   * @return the library's answer
   */
  public SignInResult password(SignIn command, Actor actor, HttpServletRequest request,
      HttpServletResponse response) {
    SignInResult result = accounts.signIn(command, actor).value();
    if (result instanceof SignInResult.SignedIn signedIn) {
      start(new Actor.AccountHolder(signedIn.account(), actor.locale()), request, response);
    } else if (result instanceof SignInResult.SecondFactorRequired required) {
      HttpSession old = request.getSession(false);
      if (old != null) {
        old.invalidate();
      }
      request.getSession(true).setAttribute(AWAITING, required.account());
    }
    return result;
  }

  /**
   * The holder whose second step this session awaits, signed in with the password alone, in the reader's language.
   *
   * @param request the request
   * @return the holder, if the session awaits a second step
   */
  public Optional<Actor.AccountHolder> awaiting(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Locale locale = sessions.actor().locale();
    return Optional.ofNullable(session == null ? null : session.getAttribute(AWAITING))
        .filter(AccountId.class::isInstance).map(account -> new Actor.AccountHolder((AccountId) account, locale));
  }

  /**
   * The holder awaiting a second step, for the API.
   *
   * @param request the request
   * @return the holder
   * @throws NotAllowed {@code account.not-allowed} when no second step is awaited
   */
  public Actor.AccountHolder awaited(HttpServletRequest request) {
    return awaiting(request).orElseThrow(() -> new NotAllowed(AccountRefusals.NOT_ALLOWED,
        "no sign-in awaits a second step in this session"));
  }

  /**
   * Starts the member's session (a fresh one) at the holder's assurance, in their preferred language.
   *
   * @param holder who signed in, and how
   * @param request the request
   * @param response the response
   * @return the account
   */
  public AccountSummary start(Actor.AccountHolder holder, HttpServletRequest request, HttpServletResponse response) {
    AccountSummary account = accounts.find(holder.account()).orElseThrow();
    sessions.start(new Signed.Member(account.id(), holder.assurance()), "MEMBER", account.language(), request,
        response);
    return account;
  }
}
