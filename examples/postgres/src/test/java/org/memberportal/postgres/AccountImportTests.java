/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.memberportal.account.testkit.AccountFixtures.OPERATOR;
import static org.memberportal.account.testkit.AccountFixtures.OTHER_PASSWORD;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountNotifications;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.ForgotPassword;
import org.memberportal.account.ImportAccount;
import org.memberportal.account.ResetPassword;
import org.memberportal.account.SignIn;
import org.memberportal.account.SignInResult;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotificationRelay;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;
import org.memberportal.kernel.testkit.MutableClock;
import org.memberportal.kernel.testkit.RecordingNotifier;

/**
 * The bulk import of the old platform's accounts (B8) on PostgreSQL: the account module's own rules for each record,
 * refused records reported by line and reason, one account per normalised address, the single import's rows, a
 * restart that goes on where the run stopped, and a second run that imports nothing.
 */
class AccountImportTests {

  private final DataSource database = EmbeddedDatabase.freshSchema("account_import");
  private final MutableClock clock = MutableClock.atStart();
  private final PostgresHost postgres = new PostgresHost(database, clock);
  private final RecordingNotifier notifier = new RecordingNotifier();
  private final UserAccounts accounts = UserAccounts.builder()
      .host(postgres.host())
      .accounts(new PostgresAccounts(postgres.transactions()))
      .codes(new PostgresIssuedCodes(postgres.transactions()))
      .secrets("a code key".getBytes(StandardCharsets.UTF_8)::clone)
      .hasher(TestHashing.fast())
      .build();
  private final AccountImport bulk = new AccountImport(postgres.transactions(), accounts, clock);

  @AfterEach
  void closePool() {
    ((HikariDataSource) database).close();
  }

  private static ImportAccount record(String email) {
    return record(email, "Grace", "fr");
  }

  private static ImportAccount record(String email, String firstName, String language) {
    return ImportAccount.builder().email(email).firstName(firstName).lastName("Hopper").preferredLanguage(language)
        .jobTitle("Engineer").putLegacyAttributes("organisation", "ITU-R SG5")
        .putLegacyAttributes("note", "a \\ backslash, \"quotes\", {braces}").build();
  }

  private static List<ImportAccount> people(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> record("person" + i + "@example.org")).toList();
  }

  @Test
  void refusedRecordsAreReportedWithTheirLineAndTheSingleImportsReasons() {
    ImportAccount malformed = record("not an address");
    ImportAccount blankName = record("blank@example.org", " ", "fr");
    ImportAccount unknownLanguage = record("babel@example.org", "Grace", "tlh");

    ImportReport report = bulk.run("legacy", Stream.of(record("ada@example.org"), malformed, blankName,
        unknownLanguage, record("bob@example.org")), OPERATOR);

    assertThat(report.lines()).isEqualTo(5);
    assertThat(report.imported()).isEqualTo(2);
    assertThat(report.finished()).isTrue();
    assertThat(report.refused()).extracting(ImportReport.Refused::line).containsExactly(2L, 3L, 4L);
    List<ImportAccount> refused = List.of(malformed, blankName, unknownLanguage);
    for (int i = 0; i < refused.size(); i++) {
      ImportAccount record = refused.get(i);
      List<Violation> single = catchThrowableOfType(ValidationFailed.class,
          () -> accounts.importAccount(record, OPERATOR)).violations();
      assertThat(report.refused().get(i).reasons()).as("line %d", i + 2).isEqualTo(single);
    }
    assertThat(report.refused().get(0).reasons()).extracting(Violation::path).contains("email");
    assertThat(count("account")).isEqualTo(2);
    assertThat(count("event_log")).isEqualTo(2);
  }

  @Test
  void anAddressAlreadyTakenOrRepeatedUnderItsNormalisedKeyIsRefused() {
    accounts.importAccount(record("ada@example.org"), OPERATOR);

    ImportReport report = bulk.batchSize(2).run("legacy", Stream.of(
        record("ADA@Example.ORG"),       // 1: an account has it
        record("grace@example.org"),     // 2: imported
        record("Grace@EXAMPLE.org"),     // 3: repeats line 2 in the same batch
        record("alan@example.org"),      // 4: imported
        record("grace@example.org ")     // 5: repeats line 2, two batches later
    ), OPERATOR);

    assertThat(report.imported()).isEqualTo(2);
    assertThat(report.refused()).extracting(ImportReport.Refused::line).containsExactly(1L, 3L, 5L);
    assertThat(report.refused().get(0).reasons()).extracting(Violation::code, Violation::path)
        .containsExactly(tuple(AccountRefusals.EMAIL_TAKEN, "email"));
    for (ImportReport.Refused repeat : report.refused().subList(1, 3)) {
      assertThat(repeat.reasons()).singleElement().satisfies(v -> {
        assertThat(v.code()).isEqualTo(AccountImport.REPEATED_EMAIL);
        assertThat(v.path()).isEqualTo("email");
        assertThat(v.message()).contains("2").doesNotContain("grace");
      });
    }
    assertThat(count("account")).isEqualTo(3);
  }

  @Test
  void refusalsAreToldInTheActorsLanguage() {
    Actor french = OPERATOR.in(Locale.FRENCH);

    ImportReport report = bulk.run("legacy", Stream.of(record("x@example.org"), record("X@example.org")), french);

    assertThat(report.refused()).singleElement()
        .satisfies(r -> assertThat(r.reasons().get(0).message()).contains("ligne 1"));
  }

  @Test
  void aBulkImportedAccountIsStoredAsTheSingleImportStoresIt() {
    accounts.importAccount(record("single@example.org"), OPERATOR);
    bulk.run("legacy", Stream.of(record("bulk@example.org")), OPERATOR);

    List<Map<String, Object>> rows = rows("select * from account order by email");
    assertThat(rows).hasSize(2);
    Map<String, Object> fromBulk = rows.get(0);
    Map<String, Object> fromSingle = rows.get(1);
    for (String column : List.of("id", "email", "email_key")) {
      fromBulk.remove(column);
      fromSingle.remove(column);
    }
    assertThat(fromBulk).isEqualTo(fromSingle);
    assertThat(fromBulk.get("status")).isEqualTo(AccountStatus.PASSWORD_RESET_REQUIRED.name());

    List<Map<String, Object>> events = rows("select * from event_log order by position");
    assertThat(events).hasSize(2);
    for (Map<String, Object> event : events) {
      event.remove("position");
      event.remove("subject");
      event.remove("attributes");
    }
    assertThat(events.get(1)).isEqualTo(events.get(0));
    assertThat(count("outbox")).isZero();
  }

  @Test
  void aRunThatStopsGoesOnAfterItsLastBatchAtTheNextRun() {
    List<ImportAccount> records = new ArrayList<>(people(10));
    records.set(4, record("broken"));
    records.set(8, record("PERSON2@example.org")); // repeats line 2, imported before the crash
    AccountImport small = bulk.batchSize(3);

    // the process dies while reading line 8: the batches of lines 1-3 and 4-6 are committed
    RuntimeException crash = catchThrowableOfType(IllegalStateException.class, () -> small.run("legacy",
        IntStream.range(0, records.size()).mapToObj(i -> {
          if (i == 7) {
            throw new IllegalStateException("the process died");
          }
          return records.get(i);
        }), OPERATOR));
    assertThat(crash).isNotNull();
    assertThat(small.report("legacy").orElseThrow())
        .returns(6L, ImportReport::lines).returns(5L, ImportReport::imported).returns(false, ImportReport::finished);

    clock.advance(Duration.ofMinutes(5));
    ImportReport report = small.run("legacy", records.stream(), OPERATOR);

    assertThat(report.lines()).isEqualTo(10);
    assertThat(report.imported()).isEqualTo(8);
    assertThat(report.finished()).isTrue();
    assertThat(report.refused()).extracting(ImportReport.Refused::line).containsExactly(5L, 9L);
    assertThat(report.refused().get(1).reasons()).extracting(Violation::code)
        .containsExactly(AccountImport.REPEATED_EMAIL);
    assertThat(count("account")).isEqualTo(8);
    assertThat(count("event_log")).isEqualTo(8);
  }

  @Test
  void runningAnImportAgainImportsNothingTwice() {
    List<ImportAccount> records = people(7);
    ImportReport first = bulk.batchSize(3).run("legacy", records.stream(), OPERATOR);

    ImportReport again = bulk.batchSize(3).run("legacy", records.stream(), OPERATOR);
    ImportReport underAnotherName = bulk.run("legacy, again", records.stream(), OPERATOR);

    assertThat(again).isEqualTo(first);
    assertThat(first.imported()).isEqualTo(7);
    assertThat(underAnotherName.imported()).isZero();
    assertThat(underAnotherName.refused()).hasSize(7).allSatisfy(r -> assertThat(r.reasons())
        .extracting(Violation::code).containsExactly(AccountRefusals.EMAIL_TAKEN));
    assertThat(count("account")).isEqualTo(7);
    assertThat(count("event_log")).isEqualTo(7);
  }

  @Test
  void anImportedAccountOpensOnlyThroughThePasswordReset() {
    bulk.run("legacy", Stream.of(record("Grace@Example.org")), OPERATOR);
    SignIn signIn = SignIn.builder().email("grace@example.org").password(Secret.of(OTHER_PASSWORD)).build();

    assertThat(accounts.signIn(signIn, Actor.anonymous()).value())
        .isInstanceOf(SignInResult.PasswordResetRequired.class);

    accounts.forgotPassword(ForgotPassword.builder().email("grace@example.org").build(), Actor.anonymous());
    new NotificationRelay(postgres.outbox(), notifier, clock).deliverDue();
    String code = notifier.last(EmailAddress.of("grace@example.org"), AccountNotifications.RESET_CODE)
        .orElseThrow().parameters().get(AccountNotifications.CODE);
    accounts.resetPassword(ResetPassword.builder().email("grace@example.org").code(Secret.of(code))
        .password(Secret.of(OTHER_PASSWORD)).passwordConfirmation(Secret.of(OTHER_PASSWORD)).build(),
        Actor.anonymous());

    assertThat(accounts.signIn(signIn, Actor.anonymous()).value()).isInstanceOf(SignInResult.SignedIn.class);
  }

  @Test
  void onlyAnOperatorOrASystemProcessImports() {
    assertThat(catchThrowableOfType(NotAllowed.class,
        () -> bulk.run("legacy", Stream.of(record("ada@example.org")), Actor.anonymous()))).isNotNull();
    assertThat(count("account")).isZero();
  }

  private long count(String table) {
    return (Long) rows("select count(*) as n from " + table).get(0).get("n");
  }

  private List<Map<String, Object>> rows(String sql) {
    try (Connection c = database.getConnection(); Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      ResultSetMetaData meta = rows.getMetaData();
      List<Map<String, Object>> found = new ArrayList<>();
      while (rows.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          Object value = rows.getObject(i);
          row.put(meta.getColumnName(i), value instanceof java.sql.Array a ? List.of((Object[]) a.getArray()) : value);
        }
        found.add(row);
      }
      return found;
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }
}
