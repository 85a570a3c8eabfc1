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
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.Account;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.ImportAccount;
import org.memberportal.account.UserAccounts;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The migration of the old platform's accounts (A6) in bulk: a stream of records in, the refused ones reported by
 * line, every other one stored as {@link UserAccounts#importAccount} stores it, in batches written with
 * {@code COPY}.
 *
 * <ul>
 *   <li>Each record is checked and normalised by the account module itself ({@link UserAccounts#accountToImport}):
 *       the same constraints and reasons, the same account (status {@code PASSWORD_RESET_REQUIRED}, no password,
 *       the normalised address), the same row in {@code account} and the same {@code Imported} event in
 *       {@code event_log}; an import sends no mail, as the single import sends none.
 *   <li>A record is refused, with its reasons, when it breaks the command's rules, when an account already has its
 *       address once normalised ({@code account.email-taken}), or when an earlier line of the input gave it
 *       ({@link #REPEATED_EMAIL}, naming that line): the first line with an address wins.
 *   <li>Each batch commits with its checkpoint (table {@code account_import}, V503) and its refusals: a run that
 *       stops (a crash, a lost connection) is started again with the same name and the same records, and goes on
 *       after the last committed batch; a finished import run again imports nothing. Two runs of one import at
 *       once: the second's batch fails with {@code stale-version}.
 *   <li>A sign-up that takes an address while its batch is written makes the batch fail on the unique key; the
 *       batch is then checked and written again.
 *   <li>Each checked batch is written on a thread of the import's own while the next batch is read and checked
 *       (with its {@code COPY} text) on the caller's, so the database and the account module's checks work at
 *       once; a run ends, whether it returns or throws, only once the batch handed to that thread is committed
 *       or failed, and the thread ends with the run.
 * </ul>
 *
 * <p>Run it outside any transaction: each batch is a transaction of its own.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class AccountImport {

  /** The reason of a record whose address an earlier line gave (its message names that line). */
  public static final String REPEATED_EMAIL = "account.import.repeated-email";

  /** Records a batch unless given: a few megabytes of {@code COPY} text, one transaction. */
  public static final int DEFAULT_BATCH = 5_000;

  private static final Logger LOG = LoggerFactory.getLogger(AccountImport.class);
  private static final int ATTEMPTS = 3;

  private final Connections transactions;
  private final UserAccounts accounts;
  private final Clock clock;
  private final int batchSize;

  /**
   * Creates the import.
   *
   * @param transactions the transactions of the account store's database
   * @param accounts the account module, which checks and builds each account
   * @param clock the time of each batch (the accounts' creation and their events)
   */
  public AccountImport(Connections transactions, UserAccounts accounts, Clock clock) {
    this(transactions, accounts, clock, DEFAULT_BATCH);
  }

  private AccountImport(Connections transactions, UserAccounts accounts, Clock clock, int batchSize) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  /**
   * The same import with another batch size.
   *
   * @param records records per batch (and per checkpoint), at least 1
   * @return the import
   */
  public AccountImport batchSize(int records) {
    if (records < 1) {
      throw new IllegalArgumentException("a batch holds at least one record");
    }
    return new AccountImport(transactions, accounts, clock, records);
  }

  /**
   * Imports the records not done yet of the named import, and reports on the whole import.
   *
   * @param name the import's name: the same on every run of one import
   * @param records the old platform's records, the same ones in the same order on every run; line 1 is the first
   * @param actor an operator or a system process, in whose language refusals are told
   * @return the report, as {@link #report(String)} gives it
   * @throws org.memberportal.kernel.NotAllowed when the actor may not import accounts
   * @throws Conflict {@code stale-version} when another run of the same import moved on meanwhile
   * @throws DatabaseFailure when the database refuses; the batches committed before stay done
   */
  public ImportReport run(String name, Stream<ImportAccount> records, Actor actor) {
    long next = start(name);
    ImportedAddresses imported = new ImportedAddresses();
    Set<Long> refusedBefore = next > 1 ? refusedLines(name) : Set.of();
    ExecutorService writer = Executors.newSingleThreadExecutor(daemon("account-import-write"));
    Parts parts = new Parts();
    Future<?> writing = null;
    try {
      List<ImportAccount> batch = new ArrayList<>(Math.min(batchSize, 65_536));
      long line = 0;
      Iterator<ImportAccount> it = records.iterator();
      while (it.hasNext()) {
        ImportAccount record = it.next();
        line++;
        if (line < next) {
          if (!refusedBefore.contains(line)) {
            rememberDone(imported, record, line);
          }
          continue;
        }
        batch.add(record);
        if (batch.size() == batchSize) {
          Checked checked = check(line - batch.size() + 1, batch, actor, parts);
          writing = writeBehind(writing, writer, name, checked, imported, parts);
          batch = new ArrayList<>(batch.size());
        }
      }
      if (!batch.isEmpty()) {
        Checked checked = check(line - batch.size() + 1, batch, actor, parts);
        writing = writeBehind(writing, writer, name, checked, imported, parts);
      }
      done(writing);
    } catch (RuntimeException | Error e) {
      // what was handed to the writer commits or fails before the run ends, as if written on this thread
      try {
        done(writing);
      } catch (RuntimeException | Error alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
      throw e;
    } finally {
      writer.shutdown();
      parts.shutdown();
    }
    transactions.withConnection(c -> Sql.update(c,
        "update account_import set finished_at = ? where name = ? and finished_at is null",
        b -> b.instant(clock.instant()).text(name)));
    return report(name).orElseThrow();
  }

  /**
   * Where the named import stands.
   *
   * @param name the import's name
   * @return its report, or empty when it never ran
   */
  public Optional<ImportReport> report(String name) {
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
  private long start(String name) {
    return transactions.withConnection(c -> {
      Instant now = clock.instant();
      Sql.update(c, "insert into account_import (name, next_line, imported, refused, started_at, updated_at)"
          + " values (?, 1, 0, 0, ?, ?) on conflict (name) do nothing", b -> b.text(name).instant(now).instant(now));
      return Sql.one(c, "select next_line from account_import where name = ?", b -> b.text(name),
          rows -> rows.getLong(1)).orElseThrow();
    });
  }

  private Set<Long> refusedLines(String name) {
    return new HashSet<>(transactions.withConnection(c -> Sql.list(c,
        "select distinct line from account_import_refusal where name = ?", b -> b.text(name),
        rows -> rows.getLong(1))));
  }

  /** A record a committed batch stored: its address is taken from its line on. */
  private static void rememberDone(ImportedAddresses imported, ImportAccount record, long line) {
    try {
      imported.add(EmailAddress.of(record.email() == null ? "" : record.email()).key(), line);
    } catch (RuntimeException e) {
      // not the record stored on that line (the input changed): the database's unique key still decides
    }
  }

  /**
   * The accounts of a batch and the records it refuses, as the account module and the input decide, and the rows
   * of the accounts and their events, should no account have taken any of the addresses.
   */
  private record Checked(long first, List<ImportAccount> batch, Actor actor, List<Outcome<Account>> accepted,
      List<Long> acceptedLines, Map<Long, List<Violation>> refused, Rows rows) {}

  /** The {@code COPY} text of a batch's accounts and of their events. */
  private record Rows(CopyRows accounts, CopyRows events) {
    void append(Rows more) {
      accounts.append(more.accounts());
      events.append(more.events());
    }
  }

  /**
   * The import's checking threads, one per processor: a batch's work split into as many parts, each part's
   * result in the order of the parts.
   */
  private static final class Parts {
    private final int count = Runtime.getRuntime().availableProcessors();
    private final ExecutorService threads = Executors.newFixedThreadPool(count, daemon("account-import-check"));

    /** {@return the result of each part of {@code 0..size}, in order} */
    <R> List<R> each(int size, Part<R> part) {
      List<Future<R>> parts = new ArrayList<>(count);
      for (int k = 0; k < count; k++) {
        int from = (int) ((long) size * k / count);
        int to = (int) ((long) size * (k + 1) / count);
        parts.add(threads.submit(() -> part.of(from, to)));
      }
      List<R> results = new ArrayList<>(count);
      for (Future<R> each : parts) {
        results.add(done(each));
      }
      return results;
    }

    void shutdown() {
      threads.shutdown();
    }
  }

  /** The work on a part of a batch, from index {@code from} (inclusive) to {@code to} (exclusive). */
  @FunctionalInterface
  private interface Part<R> {
    R of(int from, int to);
  }

  private static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * Hands a checked batch to the import's writer thread once the batch before it is written, so that the next
   * batch is read and checked on this thread while this one is written.
   *
   * @param before the batch handed before, or null
   * @return the batch being written
   */
  private Future<?> writeBehind(@Nullable Future<?> before, ExecutorService writer, String name, Checked checked,
      ImportedAddresses imported, Parts parts) {
    done(before);
    return writer.submit(() -> write(name, checked, imported, parts));
  }

  /**
   * Waits until work handed to the import's threads is done, and returns its result or throws what it threw, as
   * if it had run on this thread.
   */
  private static <R> @Nullable R done(@Nullable Future<R> work) {
    if (work == null) {
      return null;
    }
    try {
      return work.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the import's threads worked", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private void write(String name, Checked firstCheck, ImportedAddresses imported, Parts parts) {
    Checked checked = firstCheck;
    Actor actor = checked.actor();
    for (int attempt = 1; ; attempt++) {
      Checked attempted = checked;
      try {
        transactions.inTransaction(() -> transactions.withConnection(c -> store(c, name, attempted, actor,
            imported)));
        for (int i = 0; i < checked.accepted().size(); i++) {
          imported.add(checked.accepted().get(i).value().email().key(), checked.acceptedLines().get(i));
        }
        LOG.info("account import {}: lines {} to {} done, {} imported", name, checked.first(),
            checked.first() + checked.batch().size() - 1, checked.accepted().size());
        return;
      } catch (DatabaseFailure e) {
        if (!e.isUniqueViolation() || attempt == ATTEMPTS) {
          throw e;
        }
        // an account took one of the addresses since the check: check the batch again
        checked = check(checked.first(), checked.batch(), actor, parts);
      }
    }
  }

  /** A record as the account module sees it: the account to store, or why not. */
  private record Record(@Nullable Outcome<Account> account, List<Violation> refusal) {}

  /**
   * Checks a batch: each record by the account module, a part of the batch on each of the import's checking
   * threads, then the repeated addresses in line order, then the rows, again in parts.
   */
  private Checked check(long first, List<ImportAccount> batch, Actor actor, Parts parts) {
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
  private static Rows rows(List<Outcome<Account>> accepted, Set<String> taken) {
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

  private static Violation repeated(long line, Actor actor) {
    return Validation.violation("email", REPEATED_EMAIL, actor.locale(), Map.of("line", line));
  }

  /** One batch in one transaction: the checkpoint, the accounts and their events, the refusals. */
  private Void store(Connection c, String name, Checked checked, Actor actor, ImportedAddresses imported)
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
        refused.put(checked.acceptedLines().get(i), List.of(repeats != 0 ? repeated(repeats, actor)
            : Validation.violation("email", AccountRefusals.EMAIL_TAKEN, actor.locale())));
      }
    }
    Rows rows = taken.isEmpty() ? checked.rows() : rows(checked.accepted(), taken);
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
