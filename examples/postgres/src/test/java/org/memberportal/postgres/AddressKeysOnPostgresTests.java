/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.memberportal.account.testkit.AccountFixtures.signUp;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.account.UserAccounts;
import org.memberportal.account.inmemory.RandomSecrets;
import org.memberportal.account.testkit.TestHashing;
import org.memberportal.careers.candidate.CareersAccounts;
import org.memberportal.careers.candidate.CreateCandidateAccount;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.inmemory.InMemoryStaffDirectory;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.kernel.Violation;
import org.memberportal.kernel.testkit.MutableClock;

/**
 * One mailbox, one account (issue 17, item 2) on PostgreSQL: the key the unique constraints compare is computed
 * in Java, so a look-alike of a stored address finds the stored row instead of making a second one, in the
 * account and in the careers-account tables alike.
 */
class AddressKeysOnPostgresTests {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("address_keys");
  private static final List<String> LOOK_ALIKES =
      List.of("ｉｖａｎ@itu.int", "ivan@ｉｔｕ.ｉｎｔ", "ivan@itu。int", "İVAN@ITU.INT", " ivan@itu.int ");

  private final MutableClock clock = MutableClock.atStart();
  private final PostgresHost postgres = new PostgresHost(DATABASE, clock);
  private final UserAccounts accounts = UserAccounts.builder().host(postgres.host())
      .accounts(new PostgresAccounts(postgres.transactions())).codes(new PostgresIssuedCodes(postgres.transactions()))
      .secrets(new RandomSecrets()).hasher(TestHashing.fast()).build();
  private final CareersAccounts candidates = CareersAccounts.builder().host(postgres.host())
      .accounts(new PostgresCandidateAccounts(postgres.transactions()))
      .codes(new PostgresIssuedCodes(postgres.transactions())).secrets(new RandomSecrets())
      .staff(new InMemoryStaffDirectory()).hasher(TestHashing.fast()).build();

  @BeforeEach
  void empty() {
    EmbeddedDatabase.execute(DATABASE, "truncate account, candidate_account cascade");
  }

  @AfterAll
  static void close() {
    ((HikariDataSource) DATABASE).close();
  }

  private List<String> rows(String sql) throws SQLException {
    List<String> found = new ArrayList<>();
    try (Connection c = DATABASE.getConnection(); PreparedStatement s = c.prepareStatement(sql);
        ResultSet rows = s.executeQuery()) {
      while (rows.next()) {
        found.add(rows.getString(1) + " | " + rows.getString(2));
      }
    }
    return found;
  }

  private void candidateSignUp(String email, Actor actor) {
    candidates.createAccount(CreateCandidateAccount.builder().email(email).firstName("Ivan").lastName("Petrov")
        .language(Locale.ENGLISH).relation(StaffRelation.NONE).password(Secret.of("Blue-Heron-42-Lake"))
        .passwordConfirmation(Secret.of("Blue-Heron-42-Lake")).build(), actor);
  }

  @Test
  void aLookAlikeSignUpFindsTheStoredAccountInsteadOfMakingASecondOne() throws SQLException {
    accounts.signUp(signUp("ivan@itu.int").build(), Actor.anonymous());
    accounts.signUp(signUp("ivan@straße.de").build(), Actor.anonymous());

    LOOK_ALIKES.forEach(e -> accounts.signUp(signUp(e).build(), Actor.anonymous()));
    accounts.signUp(signUp("IVAN@STRASSE.DE").build(), Actor.anonymous());

    assertThat(rows("select email_key, email from account order by email_key"))
        .containsExactly("ivan@itu.int | ivan@itu.int", "ivan@strasse.de | ivan@straße.de");
  }

  @Test
  void aLookAlikeCareersSignUpFindsTheStoredCandidateInsteadOfMakingASecondOne() throws SQLException {
    candidateSignUp("ivan@itu.int", Actor.anonymous());

    LOOK_ALIKES.forEach(e -> candidateSignUp(e, Actor.anonymous()));

    assertThat(rows("select email_key, email from candidate_account"))
        .containsExactly("ivan@itu.int | ivan@itu.int");
  }

  @Test
  void aSpoofedAddressIsAValidationFailureOnPostgresAndStoresNothing() throws SQLException {
    for (String spoof : List.of("iv\u200Ban@itu.int", "ivаn@itu.int", "\u202Eivan@itu.int", "ivan@itu",
        "ivan@[10.0.0.1]")) {
      ValidationFailed account = catchThrowableOfType(ValidationFailed.class,
          () -> accounts.signUp(signUp(spoof).build(), Actor.anonymous()));
      ValidationFailed candidate = catchThrowableOfType(ValidationFailed.class,
          () -> candidateSignUp(spoof, Actor.anonymous()));

      assertThat(account.violations()).as(spoof).extracting(Violation::code).singleElement()
          .asString().matches("kernel\\.(email|text)\\..+");
      assertThat(candidate.violations()).as(spoof).isEqualTo(account.violations());
    }
    assertThat(rows("select email_key, email from account")).isEmpty();
    assertThat(rows("select email_key, email from candidate_account")).isEmpty();
  }
}
