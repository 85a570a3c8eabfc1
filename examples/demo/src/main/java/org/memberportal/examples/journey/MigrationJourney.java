/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import java.time.Duration;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.ForgotPassword;
import org.memberportal.account.ImportAccount;
import org.memberportal.account.ResetPassword;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignInResult;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Secret;

/**
 * Journey 5: an account imported from the previous portal must reset its password before it signs in.
 *
 * @param portal the portal
 * @param story where it is told
 */
record MigrationJourney(Portal portal, Story story) {

  void migratedAccountResets() {
    String email = "grace.hopper@example.org";
    story.does("The operator imports Grace Hopper's account from the previous portal");
    AccountSummary grace = portal.accounts.importAccount(ImportAccount.builder().email(email).firstName("Grace")
        .lastName("Hopper").preferredLanguage(portal.language.getLanguage())
        .putLegacyAttributes("organisation", "ITU-R SG5").build(), portal.operator).value();
    story.outcome("account " + grace.status());
    story.mails(portal.deliver());

    story.does("Grace signs in with the password she used on the old portal");
    SignInResult first = portal.accounts.signIn(SignIn.builder().email(email)
        .password(Secret.of("Old-Portal-Pass-1")).build(), portal.visitor()).value();
    story.outcome(first instanceof SignInResult.PasswordResetRequired
        ? "sent to reset her password (PasswordResetRequired)" : "unexpected " + first);
    story.mails(portal.deliver());

    story.does("Grace asks for a reset code");
    portal.accounts.forgotPassword(ForgotPassword.builder().email(email).build(), portal.visitor());
    story.outcome("acknowledged (the same answer whether or not the address has an account)");
    story.mails(portal.deliver());

    portal.later(Duration.ofMinutes(5));
    story.does("Grace types the code and a new password");
    String code = portal.mailbox.last(EmailAddress.of(email), AccountNotifications.RESET_CODE,
        AccountNotifications.CODE);
    grace = portal.accounts.resetPassword(ResetPassword.builder().email(email).code(Secret.of(code))
        .password(Secret.of(Portal.PASSWORD)).passwordConfirmation(Secret.of(Portal.PASSWORD)).build(),
        portal.visitor()).value();
    story.outcome("account " + grace.status());
    story.mails(portal.deliver());

    story.does("Grace signs in with her new password");
    SignInResult second = portal.accounts.signIn(SignIn.builder().email(email)
        .password(Secret.of(Portal.PASSWORD)).build(), portal.visitor()).value();
    story.outcome(second instanceof SignInResult.SignedIn ? "signed in" : "unexpected " + second);
    story.mails(portal.deliver());
  }
}
