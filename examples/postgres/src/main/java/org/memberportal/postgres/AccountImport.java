/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.ImportAccount;
import org.memberportal.account.UserAccounts;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.postgres.ImportChecks.Checked;
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
  private final ImportChecks checks;
  private final ImportCheckpoints checkpoints;

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
    this.checks = new ImportChecks(accounts, clock);
    this.checkpoints = new ImportCheckpoints(transactions, clock);
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
    long next = checkpoints.start(name);
    ImportedAddresses imported = new ImportedAddresses();
    Set<Long> refusedBefore = next > 1 ? checkpoints.refusedLines(name) : Set.of();
    ExecutorService writer = Executors.newSingleThreadExecutor(ImportThreads.daemon("account-import-write"));
    ImportThreads parts = new ImportThreads();
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
          Checked checked = checks.check(line - batch.size() + 1, batch, actor, parts);
          writing = writeBehind(writing, writer, name, checked, imported, parts);
          batch = new ArrayList<>(batch.size());
        }
      }
      if (!batch.isEmpty()) {
        Checked checked = checks.check(line - batch.size() + 1, batch, actor, parts);
        writing = writeBehind(writing, writer, name, checked, imported, parts);
      }
      ImportThreads.done(writing);
    } catch (RuntimeException | Error e) {
      // what was handed to the writer commits or fails before the run ends, as if written on this thread
      try {
        ImportThreads.done(writing);
      } catch (RuntimeException | Error alsoFailed) {
        e.addSuppressed(alsoFailed);
      }
      throw e;
    } finally {
      writer.shutdown();
      parts.shutdown();
    }
    checkpoints.finish(name);
    return report(name).orElseThrow();
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
   * Hands a checked batch to the import's writer thread once the batch before it is written, so that the next
   * batch is read and checked on this thread while this one is written.
   *
   * @param before the batch handed before, or null
   * @return the batch being written
   */
  private Future<?> writeBehind(@Nullable Future<?> before, ExecutorService writer, String name, Checked checked,
      ImportedAddresses imported, ImportThreads parts) {
    ImportThreads.done(before);
    return writer.submit(() -> write(name, checked, imported, parts));
  }

  private void write(String name, Checked firstCheck, ImportedAddresses imported, ImportThreads parts) {
    Checked checked = firstCheck;
    Actor actor = checked.actor();
    for (int attempt = 1; ; attempt++) {
      Checked attempted = checked;
      try {
        transactions.inTransaction(() -> transactions.withConnection(c -> checkpoints.store(c, name, attempted,
            actor, imported)));
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
        checked = checks.check(checked.first(), checked.batch(), actor, parts);
      }
    }
  }

  /**
   * Where the named import stands.
   *
   * @param name the import's name
   * @return its report, or empty when it never ran
   */
  public Optional<ImportReport> report(String name) {
    return checkpoints.report(name);
  }
}
