/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import static org.memberportal.account.AccountForms.value;
import static org.memberportal.account.AccountParts.LOG;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.SearchKey;
import org.memberportal.kernel.Validation;

/**
 * The service desk's look-up (A9): by address or by name, one page at a time, operators only; each account shown
 * is recorded in its own audit trail, a look-up that finds nothing under the all-zero account. And the reading of
 * an account's audit trail, for its holder or the operator, and of summaries for the other modules.
 */
final class ServiceDesk {

  private final AccountParts parts;

  ServiceDesk(AccountParts parts) {
    this.parts = parts;
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
    return parts.host().command(() -> {
      Instant now = parts.host().clock().instant();
      Page<Account> found = email
          .map(e -> Page.of(parts.accounts().findByEmail(e).stream().toList(), command.page(), command.size()))
          .orElseGet(() -> parts.accounts().findByName(value(command.name()), command.page(), command.size()));
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

  List<DomainEvent> auditTrail(AccountId id, Actor actor) {
    if (UserHolders.relation(actor, id).stream().noneMatch(r -> r == AccountRole.OWNER || r == AccountRole.OPERATOR)) {
      throw new NotAllowed(AccountRefusals.NOT_ALLOWED, "only the holder or the operator may read the trail");
    }
    return parts.host().query(() -> parts.host().events().log().trail(DomainEvent.subjectOf(AccountEvent.class, id)));
  }

  /** {@return the summary of an account, for the modules that name accounts ({@code AccountDirectory})} */
  Optional<AccountSummary> find(AccountId id) {
    return parts.host().query(() -> parts.accounts().find(id).map(Account::summary));
  }

  /** {@return the summaries of the accounts found among the ids} */
  Map<AccountId, AccountSummary> findAll(Collection<AccountId> ids) {
    return parts.host().query(() -> parts.accounts().findAll(ids).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().summary())));
  }
}
