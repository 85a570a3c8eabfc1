/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.memberportal.account.AccountAction.CHANGE_EMAIL;
import static org.memberportal.account.AccountAction.CHANGE_PASSWORD;
import static org.memberportal.account.AccountAction.CLOSE;
import static org.memberportal.account.AccountAction.CONFIRM_EMAIL_CHANGE;
import static org.memberportal.account.AccountAction.EXPIRE;
import static org.memberportal.account.AccountAction.REACTIVATE;
import static org.memberportal.account.AccountAction.RESEND_CODE;
import static org.memberportal.account.AccountAction.RESET_PASSWORD;
import static org.memberportal.account.AccountAction.SIGN_IN;
import static org.memberportal.account.AccountAction.SUSPEND;
import static org.memberportal.account.AccountAction.UPDATE_DETAILS;
import static org.memberportal.account.AccountAction.VERIFY_EMAIL;
import static org.memberportal.account.AccountStatus.ACTIVE;
import static org.memberportal.account.AccountStatus.AWAITING_VERIFICATION;
import static org.memberportal.account.AccountStatus.CLOSED;
import static org.memberportal.account.AccountStatus.EXPIRED;
import static org.memberportal.account.AccountStatus.PASSWORD_RESET_REQUIRED;
import static org.memberportal.account.AccountStatus.SUSPENDED;
import static org.memberportal.account.AccountRole.ANONYMOUS;
import static org.memberportal.account.AccountRole.OPERATOR;
import static org.memberportal.account.AccountRole.OWNER;
import static org.memberportal.account.AccountRole.SYSTEM;

import org.apiguardian.api.API;
import org.memberportal.kernel.Workflow;

/**
 * The account status workflow: the one transition table the account commands consult (printed as a Mermaid
 * diagram in docs/account-core.md).
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class AccountWorkflow {

  /** The table. */
  public static final Workflow<AccountStatus, AccountAction, AccountRole> TABLE =
      Workflow.<AccountStatus, AccountAction, AccountRole>builder("account", AccountStatus.class)
          .initial(AWAITING_VERIFICATION, PASSWORD_RESET_REQUIRED)
          .on(AWAITING_VERIFICATION, VERIFY_EMAIL, ACTIVE, ANONYMOUS, OWNER)
          .on(AWAITING_VERIFICATION, RESEND_CODE, AWAITING_VERIFICATION, ANONYMOUS, OWNER)
          .on(AWAITING_VERIFICATION, EXPIRE, EXPIRED, SYSTEM)
          .on(AWAITING_VERIFICATION, CLOSE, CLOSED, OPERATOR)
          .on(ACTIVE, SIGN_IN, ACTIVE, ANONYMOUS, OWNER)
          .on(ACTIVE, RESET_PASSWORD, ACTIVE, ANONYMOUS, OWNER)
          .on(ACTIVE, CHANGE_PASSWORD, ACTIVE, OWNER)
          .on(ACTIVE, UPDATE_DETAILS, ACTIVE, OWNER, OPERATOR)
          .on(ACTIVE, CHANGE_EMAIL, ACTIVE, OWNER)
          .on(ACTIVE, CONFIRM_EMAIL_CHANGE, ACTIVE, OWNER)
          .on(ACTIVE, SUSPEND, SUSPENDED, OPERATOR)
          .on(ACTIVE, CLOSE, CLOSED, OPERATOR)
          .on(PASSWORD_RESET_REQUIRED, RESET_PASSWORD, ACTIVE, ANONYMOUS, OWNER)
          .on(PASSWORD_RESET_REQUIRED, CLOSE, CLOSED, OPERATOR)
          .on(SUSPENDED, REACTIVATE, ACTIVE, OPERATOR)
          .on(SUSPENDED, UPDATE_DETAILS, SUSPENDED, OPERATOR)
          .on(SUSPENDED, CLOSE, CLOSED, OPERATOR)
          .build();

  private AccountWorkflow() {}
}
