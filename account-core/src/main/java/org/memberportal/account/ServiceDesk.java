/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.memberportal.account.AccountForms.value;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.memberportal.account.port.Accounts;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.SearchKey;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service desk's look-up (A9): by address or by name, one page at a time, operators only; each account shown
 * is recorded in its own audit trail, a look-up that finds nothing under the all-zero account.
 */
final class ServiceDesk {

  // the user accounts log under their service's name, as hosts configure it
  private static final Logger LOG = LoggerFactory.getLogger(UserAccounts.class);

  private final Host host;
  private final Accounts accounts;

  ServiceDesk(Host host, Accounts accounts) {
    this.host = host;
    this.accounts = accounts;
  }

  Outcome<Page<AccountSummary>> findAccounts(FindAccounts command, Actor actor) {
    boolean byEmail = command.email() != null && !command.email().isBlank();
    boolean byName = command.name() != null && !SearchKey.words(command.name()).isEmpty();
    AccountForms.validate(command, actor, () -> byEmail == byName
        ? List.of(Validation.violation(byEmail ? "name" : "email", AccountRefusals.LOOKUP_ONE_CRITERION, actor.locale()))
        : List.of());
    if (!(actor instanceof Actor.Operator)) {
      throw new NotAllowed(AccountRefusals.NOT_ALLOWED, "only the operator looks accounts up");
    }
    Optional<EmailAddress> email = byEmail ? Optional.of(EmailAddress.of(value(command.email()))) : Optional.empty();
    String criterion = byEmail ? "email" : "name";
    return host.command(() -> {
      Instant now = host.clock().instant();
      Page<Account> found = email
          .map(e -> Page.of(accounts.findByEmail(e).stream().toList(), command.page(), command.size()))
          .orElseGet(() -> accounts.findByName(value(command.name()), command.page(), command.size()));
      List<DomainEvent> events = new ArrayList<>();
      for (Account account : found.items()) {
        events.add(new AccountEvent.LookedUp(now, actor, account.id(), criterion));
      }
      if (events.isEmpty()) {
        events.add(new AccountEvent.LookedUp(now, actor, UserHolders.NO_ACCOUNT, criterion));
      }
      LOG.info("the service desk looked accounts up by {}: {} of {} shown", criterion, found.items().size(),
          found.total());
      return new Outcome<>(found.map(Account::summary), events);
    });
  }
}
