/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.memberportal.account.ImportAccount;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.account.credential.PasswordHashing;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.StaffId;
import org.memberportal.postgres.AccountImport;
import org.memberportal.postgres.DatabaseFailure;
import org.memberportal.postgres.ImportReport;
import org.memberportal.postgres.PostgresAccounts;
import org.memberportal.postgres.PostgresHost;
import org.memberportal.postgres.PostgresIssuedCodes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;

/**
 * B8: the migration of the old platform's accounts into PostgreSQL, {@link AccountImport} against a bare
 * {@code COPY} of the very rows it stores. Each side runs once into a fresh schema (the library's migrations
 * applied, every index in place), in this JVM (no fork): JMH runs {@code bulkImport} first (methods in name order),
 * whose rows are then read back with {@code COPY ... TO STDOUT}, and {@code copyOfTheSameRows} sends those very
 * account and event rows with one {@code COPY} a table in one transaction, with no check, no normalisation, no
 * checkpoint. Run alone, the copy side first imports into a scratch schema, unmeasured.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(0)
public class MigrationBenchmark {

  /** The operator running the migration. */
  static final Actor OPERATOR = Actor.operator(new StaffId(new java.util.UUID(0, 0xaa)));

  /** Every column of {@code account}, in the table's order (both schemas are migrated alike). */
  private static final String ACCOUNT_COLUMNS = "*";
  private static final String EVENT_COLUMNS =
      "subject, type, event_class, occurred_at, actor_kind, actor_ref, actor_locale, detail, attributes";

  /** The old platform's records: distinct addresses, names and attributes of realistic length. */
  static List<ImportAccount> records(int count) {
    return IntStream.range(0, count).mapToObj(i -> ImportAccount.builder()
        .email(String.format(Locale.ROOT, "First.Last%07d@Member-%03d.example.org", i, i % 193))
        .firstName("Firstname" + (i % 997)).lastName("Lastname-" + (i % 7919))
        .title(i % 2 == 0 ? "mr" : "ms").jobTitle("Counsellor, radiocommunication " + (i % 31))
        .preferredLanguage(i % 3 == 0 ? "fr" : "en")
        .putLegacyAttributes("organisation", "Administration " + (i % 211))
        .putLegacyAttributes("legacy-id", Integer.toString(1_000_000 + i))
        .build()).toList();
  }

  /** The library's import into a fresh schema. */
  @State(Scope.Thread)
  public static class Import {

    @Param({"1000000"})
    int records;

    List<ImportAccount> input;
    AccountImport bulk;

    @Setup(Level.Trial)
    public void data() {
      input = records(records);
    }

    DataSource schema;

    @Setup(Level.Iteration)
    public void schema() {
      schema = BenchDatabase.freshSchema("b8_import");
      bulk = importInto(schema);
    }

    /** Keeps the rows imported for the copy side. */
    @TearDown(Level.Iteration)
    public void keepRows() {
      Rows.keep(schema);
      BenchDatabase.execute(schema, "drop table account cascade", "drop table event_log cascade");
    }
  }

  /** The rows the last import stored, as {@code COPY} text. */
  static final class Rows {
    static byte[] accounts;
    static byte[] events;

    private Rows() {}

    static synchronized void keep(DataSource schema) {
      accounts = copyOut(schema, "account", ACCOUNT_COLUMNS);
      // the log's position is the server's (an identity always generated)
      events = copyOut(schema, "event_log", EVENT_COLUMNS);
    }
  }

  /** The same rows, read back from a scratch import, and a fresh schema to copy them into. */
  @State(Scope.Thread)
  public static class BareCopy {

    @Param({"1000000"})
    int records;

    byte[] accounts;
    byte[] events;
    DataSource target;

    @Setup(Level.Trial)
    public void rows() {
      if (Rows.accounts == null || Rows.accounts.length == 0) {
        DataSource scratch = BenchDatabase.freshSchema("b8_scratch");
        importInto(scratch).run("scratch", records(records).stream(), OPERATOR);
        Rows.keep(scratch);
        BenchDatabase.execute(scratch, "drop table account cascade", "drop table event_log cascade");
      }
      accounts = Rows.accounts;
      events = Rows.events;
    }

    @Setup(Level.Iteration)
    public void schema() {
      target = BenchDatabase.freshSchema("b8_copy");
    }
  }

  static AccountImport importInto(DataSource pool) {
    PostgresHost postgres = new PostgresHost(pool, Clock.systemUTC());
    UserAccounts accounts = UserAccounts.builder().host(postgres.host())
        .accounts(new PostgresAccounts(postgres.transactions()))
        .codes(new PostgresIssuedCodes(postgres.transactions()))
        .secrets(new RandomSecrets()).hasher(PasswordHashing.argon2id(16, 1, 1)).build();
    return new AccountImport(postgres.transactions(), accounts, Clock.systemUTC());
  }

  private static byte[] copyOut(DataSource pool, String table, String columns) {
    try (Connection c = pool.getConnection()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      c.unwrap(PGConnection.class).getCopyAPI().copyOut("copy (select " + columns + " from " + table + ") to stdout",
          out);
      return out.toByteArray();
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The library: every record checked and normalised by the account module, then written in batches with its
   * checkpoint.
   *
   * @param state the records and the schema
   * @return the report
   */
  @Benchmark
  public ImportReport bulkImport(Import state) {
    ImportReport report = state.bulk.run("b8", state.input.stream(), OPERATOR);
    if (report.imported() != state.records) {
      throw new IllegalStateException("imported " + report.imported() + " of " + state.records);
    }
    return report;
  }

  /**
   * The floor: the same rows, one {@code COPY} a table, one transaction.
   *
   * @param state the rows and the schema
   * @return the rows stored
   */
  @Benchmark
  public long copyOfTheSameRows(BareCopy state) {
    try (Connection c = state.target.getConnection()) {
      c.setAutoCommit(false);
      var copy = c.unwrap(PGConnection.class).getCopyAPI();
      long stored = copy.copyIn("copy account from stdin", new ByteArrayInputStream(state.accounts));
      stored += copy.copyIn("copy event_log (" + EVENT_COLUMNS + ") from stdin", new ByteArrayInputStream(state.events));
      c.commit();
      if (stored != 2L * state.records) {
        throw new IllegalStateException("copied " + stored + " rows for " + state.records + " accounts");
      }
      return stored;
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
