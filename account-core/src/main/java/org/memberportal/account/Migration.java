/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.memberportal.account.AccountForms.value;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.reference.ReferenceData;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import of accounts from the old platform (A6): the address is trusted, there is no password (old hashes
 * are never accepted) and the account must go through the reset flow before it can sign in.
 */
final class Migration {

  // the user accounts log under their service's name, as hosts configure it
  private static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);

  private final Host host;
  private final Accounts accounts;
  private final ReferenceData reference;

  Migration(Host host, Accounts accounts, ReferenceData reference) {
    this.host = host;
    this.accounts = accounts;
    this.reference = reference;
  }

  Outcome<AccountSummary> importAccount(ImportAccount command, Actor actor) {
    if (!(actor instanceof Actor.Operator) && !(actor instanceof Actor.System)) {
      throw new NotAllowed(AccountRefusals.NOT_ALLOWED, "only the operator imports accounts");
    }
    AccountForms.validate(command, actor, () -> {
      List<Violation> out = new ArrayList<>();
      AccountForms.checkChoice(out, "preferredLanguage", command.preferredLanguage(), reference.languages(), actor);
      return out;
    });
    EmailAddress email = EmailAddress.of(value(command.email()));
    return host.command(() -> {
      Instant now = host.clock().instant();
      Account account = accounts.add(Account.builder()
          .id(AccountId.random())
          .email(email)
          .title(Optional.ofNullable(command.title()))
          .firstName(value(command.firstName()).strip())
          .lastName(value(command.lastName()).strip())
          .gender(Optional.ofNullable(command.gender()))
          .jobTitle(Optional.ofNullable(command.jobTitle()))
          .professionalRole(Optional.ofNullable(command.professionalRole()))
          .language(Locale.forLanguageTag(value(command.preferredLanguage())))
          .newsletter(false)
          .status(AccountStatus.PASSWORD_RESET_REQUIRED)
          .putAllLegacyAttributes(command.legacyAttributes())
          .createdAt(now)
          .build());
      LOG.info("account {} imported ({})", account.id(), email.masked());
      return Outcome.of(account.summary(), new AccountEvent.Imported(now, actor, account.id()));
    });
  }
}
