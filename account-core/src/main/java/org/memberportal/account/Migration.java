/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.memberportal.account.AccountForms.value;
import static org.memberportal.account.AccountParts.LOG;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Violation;

/**
 * The import of accounts from the old platform (A6): the address is trusted, there is no password (old hashes
 * are never accepted) and the account must go through the reset flow before it can sign in.
 */
final class Migration {

  private final AccountParts parts;

  Migration(AccountParts parts) {
    this.parts = parts;
  }

  Outcome<AccountSummary> importAccount(ImportAccount command, Actor actor) {
    check(command, actor);
    return parts.host().command(() -> {
      Outcome<Account> imported = imported(command, actor, parts.host().clock().instant());
      Account account = parts.accounts().add(imported.value());
      LOG.info("account {} imported ({})", account.id(), account.email().masked());
      return new Outcome<>(account.summary(), imported.events());
    });
  }

  /** The account an import stores and its event, checked and normalised as {@link #importAccount} does. */
  Outcome<Account> accountToImport(ImportAccount command, Actor actor, Instant at) {
    check(command, actor);
    return imported(command, actor, at);
  }

  /** Only the operator or a system process imports; the command's constraints; a language the portal offers. */
  private void check(ImportAccount command, Actor actor) {
    if (!(actor instanceof Actor.Operator) && !(actor instanceof Actor.System)) {
      throw new NotAllowed(AccountRefusals.NOT_ALLOWED, "only the operator imports accounts");
    }
    AccountForms.validate(command, actor, () -> {
      List<Violation> out = new ArrayList<>();
      AccountForms.checkChoice(out, "preferredLanguage", command.preferredLanguage(), parts.reference().languages(),
          actor);
      return out;
    });
  }

  /** The imported account: the normalised address, stripped names, no password, the reset required. */
  private static Outcome<Account> imported(ImportAccount command, Actor actor, Instant now) {
    Account account = Account.builder()
        .id(AccountId.random())
        .email(EmailAddress.of(value(command.email())))
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
        .build();
    return Outcome.of(account, new AccountEvent.Imported(now, actor, account.id()));
  }
}
