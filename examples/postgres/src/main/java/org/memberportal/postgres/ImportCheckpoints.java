/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.memberportal.account.Account;
import org.memberportal.account.AccountRefusals;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.Violation;

/**
 * The import's checkpoint and refusals (tables {@code account_import} and {@code account_import_refusal}, V503):
 * where each named import stands, and each batch written in one transaction with them, so that a run started again
 * goes on after the last committed batch.
 */
final class ImportCheckpoints extends JdbcStore {

  private final Clock clock;

  ImportCheckpoints(Connections transactions, Clock clock) {
    super(transactions);
    this.clock = clock;
  }

  /**
   * Where the named import stands.
   *
   * @param name the import's name
   * @return its report, or empty when it never ran
   */
  Optional<ImportReport> report(String name) {
    return transactions.withConnection(c -> {
      Optional<Standing> standing = Sql.one(c,
          "select next_line, imported, finished_at is not null from account_import where name = ?",
          b -> b.text(name), rows -> new Standing(rows.getLong(1) - 1, rows.getLong(2), rows.getBoolean(3)));
      if (standing.isEmpty()) {
        return Optional.empty();
      }
      Map<Long, List<Violation>> reasons = new LinkedHashMap<>();
      for (Reason reason : Sql.list(c, "select line, code, path, message from account_import_refusal"
          + " where name = ? order by line, path, code", b -> b.text(name), rows -> new Reason(rows.getLong(1),
              new Violation(rows.getString(2), rows.getString(3), rows.getString(4))))) {
        reasons.computeIfAbsent(reason.line(), l -> new ArrayList<>()).add(reason.violation());
      }
      List<ImportReport.Refused> refused = new ArrayList<>();
      reasons.forEach((line, violations) -> refused.add(new ImportReport.Refused(line, violations)));
      Standing s = standing.get();
      return Optional.of(new ImportReport(name, s.lines(), s.imported(), refused, s.finished()));
    });
  }

  private record Standing(long lines, long imported, boolean finished) {}

  private record Reason(long line, Violation violation) {}

  /** Creates the import's checkpoint at line 1 unless it exists; {@return the first line not done} */
  long start(String name) {
    return transactions.withConnection(c -> {
      Instant now = clock.instant();
      Sql.update(c, "insert into account_import (name, next_line, imported, refused, started_at, updated_at)"
          + " values (?, 1, 0, 0, ?, ?) on conflict (name) do nothing", b -> b.text(name).instant(now).instant(now));
      return Sql.one(c, "select next_line from account_import where name = ?", b -> b.text(name),
          rows -> rows.getLong(1)).orElseThrow();
    });
  }

  Set<Long> refusedLines(String name) {
    return new HashSet<>(list("select distinct line from account_import_refusal where name = ?", b -> b.text(name),
        rows -> rows.getLong(1)));
  }

  /** Marks the named import finished, unless it was. */
  void finish(String name) {
    write("update account_import set finished_at = ? where name = ? and finished_at is null",
        b -> b.instant(clock.instant()).text(name));
  }

  /** One batch in one transaction: the checkpoint, the accounts and their events, the refusals. */
  Void store(Connection c, String name, ImportChecks.Checked checked, Actor actor, ImportedAddresses imported)
      throws SQLException {
    long first = checked.first();
    long lines = checked.accepted().size() + checked.refused().size();
    Optional<Long> next = Sql.one(c, "select next_line from account_import where name = ? for update",
        b -> b.text(name), rows -> rows.getLong(1));
    if (next.isEmpty() || next.get() != first) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "another run of this import moved on meanwhile");
    }
    Set<String> taken = taken(c, checked.accepted());
    Map<Long, List<Violation>> refused = new HashMap<>(checked.refused());
    for (int i = 0; i < checked.accepted().size(); i++) {
      String key = checked.accepted().get(i).value().email().key();
      if (taken.contains(key)) {
        // an earlier batch of this import stored it (its line is known), or another account has it
        long repeats = imported.lineOf(key);
        refused.put(checked.acceptedLines().get(i), List.of(repeats != 0 ? ImportChecks.repeated(repeats, actor)
            : Validation.violation("email", AccountRefusals.EMAIL_TAKEN, actor.locale())));
      }
    }
    ImportChecks.Rows rows = taken.isEmpty() ? checked.rows() : ImportChecks.rows(checked.accepted(), taken);
    CopyRows accountRows = rows.accounts();
    CopyRows eventRows = rows.events();
    accountRows.copyInto(c, "account", PostgresAccounts.ROW_COLUMNS);
    eventRows.copyInto(c, "event_log", PostgresEventLog.ROW_COLUMNS);
    CopyRows refusalRows = new CopyRows();
    refused.forEach((line, reasons) -> reasons.stream().distinct().forEach(v -> refusalRows.text(name)
        .number(line).text(v.code()).text(v.path()).text(v.message()).endRow()));
    refusalRows.copyInto(c, "account_import_refusal", "name, line, code, path, message");
    Sql.update(c, "update account_import set next_line = ?, imported = imported + ?, refused = refused + ?,"
        + " updated_at = ? where name = ?", b -> b.number(first + lines).number(accountRows.rows())
        .number(refused.size()).instant(clock.instant()).text(name));
    return null;
  }

  /** The addresses among the batch's that an account has already. */
  private static Set<String> taken(Connection c, List<Outcome<Account>> accepted) throws SQLException {
    List<String> keys = accepted.stream().map(o -> o.value().email().key()).toList();
    try (PreparedStatement select = c.prepareStatement("select email_key from account where email_key = any (?)")) {
      Sql.bind(select).texts(keys);
      Set<String> taken = new HashSet<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          taken.add(rows.getString(1));
        }
      }
      return taken;
    }
  }
}
