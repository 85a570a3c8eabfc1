/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.desk;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.FindAccounts;
import org.memberportal.account.OperatorDecision;
import org.memberportal.account.UserAccounts;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Page;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.memberportal.portal.security.Sessions;
import org.memberportal.portal.security.Signed;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The operator's service desk: the account look-up (by address or by name), and the suspension, reactivation and
 * closure of an account, each with its reason for the audit trail. A suspended or closed holder's sessions end at
 * once, so the decision takes effect on the next request, not at the next sign-in.
 */
@RestController
public class AccountDesk {

  private final UserAccounts accounts;
  private final Commands commands;
  private final Sessions sessions;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param accounts the accounts service
   * @param commands reads commands from bodies
   * @param sessions the sessions (a suspension ends the holder's)
   * @param me the caller
   */
  public AccountDesk(UserAccounts accounts, Commands commands, Sessions sessions, Me me) {
    this.accounts = accounts;
    this.commands = commands;
    this.sessions = sessions;
    this.me = me;
  }

  /**
   * Looks accounts up by {@code email} or by {@code name} (one of the two), a {@code page} of {@code size} at a
   * time. A POST, so that the address or name looked up stays out of URLs and access logs; each account shown is
   * recorded in its audit trail.
   *
   * @param body the {@code FindAccounts} attributes
   * @return a page of accounts
   */
  @PostMapping("/api/desk/accounts/search")
  @Reads(FindAccounts.class)
  public Page<AccountSummary> search(@RequestBody JsonNode body) {
    return accounts.findAccounts(commands.read(body, FindAccounts.class), me.actor()).value();
  }

  /**
   * Suspends an account ({@code reason}); the holder's sessions end.
   *
   * @param account the account
   * @param body the reason
   * @param request the request
   * @return the account
   */
  @PostMapping("/api/desk/accounts/{account}/suspension")
  @Reads(OperatorDecision.class)
  public AccountSummary suspend(@PathVariable String account, @RequestBody @Nullable JsonNode body,
      HttpServletRequest request) {
    return withSessionsEnded(accounts.suspend(decision(account, body), me.actor()).value(), request);
  }

  /**
   * Reactivates a suspended account ({@code reason}).
   *
   * @param account the account
   * @param body the reason
   * @return the account
   */
  @PostMapping("/api/desk/accounts/{account}/reactivation")
  @Reads(OperatorDecision.class)
  public AccountSummary reactivate(@PathVariable String account, @RequestBody @Nullable JsonNode body) {
    return accounts.reactivate(decision(account, body), me.actor()).value();
  }

  /**
   * Closes an account for good ({@code reason}); the holder's sessions end.
   *
   * @param account the account
   * @param body the reason
   * @param request the request
   * @return the account
   */
  @PostMapping("/api/desk/accounts/{account}/closure")
  @Reads(OperatorDecision.class)
  public AccountSummary close(@PathVariable String account, @RequestBody @Nullable JsonNode body,
      HttpServletRequest request) {
    return withSessionsEnded(accounts.close(decision(account, body), me.actor()).value(), request);
  }

  private AccountSummary withSessionsEnded(AccountSummary account, HttpServletRequest request) {
    sessions.endOthers(new Signed.Member(account.id()), request);
    return account;
  }

  private OperatorDecision decision(String account, @Nullable JsonNode body) {
    return commands.read(body, OperatorDecision.class, "account", AccountId.of(account));
  }
}
