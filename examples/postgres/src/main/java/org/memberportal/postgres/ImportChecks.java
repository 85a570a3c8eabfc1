/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.Account;
import org.memberportal.account.ImportAccount;
import org.memberportal.account.UserAccounts;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;

/**
 * How the import checks a batch before writing it: each record as the account module checks it
 * ({@link UserAccounts#accountToImport}), an address given twice in the input refused from its second line on, and
 * the {@code COPY} text of the accounts and events to write.
 *
 * @param accounts the account module, which checks and builds each account
 * @param clock the time of each batch
 */
record ImportChecks(UserAccounts accounts, Clock clock) {

  /**
   * The accounts of a batch and the records it refuses, as the account module and the input decide, and the rows
   * of the accounts and their events, should no account have taken any of the addresses.
   */
  record Checked(long first, List<ImportAccount> batch, Actor actor, List<Outcome<Account>> accepted,
      List<Long> acceptedLines, Map<Long, List<Violation>> refused, Rows rows) {}

  /** The {@code COPY} text of a batch's accounts and of their events. */
  record Rows(CopyRows accounts, CopyRows events) {
    void append(Rows more) {
      accounts.append(more.accounts());
      events.append(more.events());
    }
  }

  /** A record as the account module sees it: the account to store, or why not. */
  private record Record(@Nullable Outcome<Account> account, List<Violation> refusal) {}

  /**
   * Checks a batch: each record by the account module, a part of the batch on each of the import's checking
   * threads, then the repeated addresses in line order, then the rows, again in parts.
   */
  Checked check(long first, List<ImportAccount> batch, Actor actor, ImportThreads parts) {
    Instant now = clock.instant();
    List<Record> records = new ArrayList<>(batch.size());
    parts.each(batch.size(), (from, to) -> {
      List<Record> part = new ArrayList<>(to - from);
      for (ImportAccount record : batch.subList(from, to)) {
        try {
          part.add(new Record(accounts.accountToImport(record, actor, now), List.of()));
        } catch (ValidationFailed e) {
          part.add(new Record(null, e.violations()));
        }
      }
      return part;
    }).forEach(records::addAll);
    List<Outcome<Account>> accepted = new ArrayList<>(batch.size());
    List<Long> acceptedLines = new ArrayList<>(batch.size());
    Map<Long, List<Violation>> refused = new LinkedHashMap<>();
    Map<String, Long> inBatch = new HashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      long line = first + i;
      Outcome<Account> account = records.get(i).account();
      if (account == null) {
        refused.put(line, records.get(i).refusal());
        continue;
      }
      String key = account.value().email().key();
      Long earlier = inBatch.putIfAbsent(key, line);
      if (earlier != null) {
        refused.put(line, List.of(repeated(earlier, actor)));
        continue;
      }
      accepted.add(account);
      acceptedLines.add(line);
    }
    Rows rows = new Rows(new CopyRows(), new CopyRows());
    parts.each(accepted.size(), (from, to) -> rows(accepted.subList(from, to), Set.of())).forEach(rows::append);
    return new Checked(first, batch, actor, accepted, acceptedLines, refused, rows);
  }

  /** The rows of the accounts whose address no account has taken, and of their events. */
  static Rows rows(List<Outcome<Account>> accepted, Set<String> taken) {
    CopyRows accountRows = new CopyRows();
    CopyRows eventRows = new CopyRows();
    try {
      for (Outcome<Account> imported : accepted) {
        if (taken.contains(imported.value().email().key())) {
          continue;
        }
        PostgresAccounts.row(accountRows, imported.value().withStoredVersion(1));
        accountRows.endRow();
        for (DomainEvent event : imported.events()) {
          PostgresEventLog.row(eventRows, event);
          eventRows.endRow();
        }
      }
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
    return new Rows(accountRows, eventRows);
  }

  static Violation repeated(long line, Actor actor) {
    return Validation.violation("email", AccountImport.REPEATED_EMAIL, actor.locale(), Map.of("line", line));
  }
}
