/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.memberportal.careers.CareersRefusals.CANDIDATE_EMAIL_TAKEN;
import static org.memberportal.kernel.KernelRefusals.STALE_VERSION;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.account.signin.Lockout;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.candidate.CandidateAccountStatus;
import org.memberportal.careers.candidate.StaffRelation;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;

/**
 * The careers module's {@link CandidateAccounts} port on PostgreSQL (table {@code candidate_account}): one
 * careers account per normalised address by constraint, and updates checked against the version column in the
 * same statement. The caller passes the next version on update, as the port says.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresCandidateAccounts extends JdbcStore implements CandidateAccounts {

  private static final String COLUMNS = "id, email_key, email, first_name, last_name, language, relation, status,"
      + " password, lockout_failures, lockout_last_at, lockout_until, created_at, last_activity, version";
  private static final String SELECT = "select " + COLUMNS + " from candidate_account ";
  private static final UniqueKey EMAIL = new UniqueKey("candidate_account", "email_key", CANDIDATE_EMAIL_TAKEN,
      "a careers account has this address");

  /**
   * Creates the store.
   *
   * @param transactions the host's transactions, which the store's writes join
   */
  public PostgresCandidateAccounts(Connections transactions) {
    super(transactions);
  }

  @Override
  public Optional<CandidateAccount> find(CandidateId id) {
    return byId(SELECT, id.value(), PostgresCandidateAccounts::read);
  }

  @Override
  public Optional<CandidateAccount> findByEmail(EmailAddress email) {
    return one(SELECT + "where email_key = ?", b -> b.text(email.key()),
        PostgresCandidateAccounts::read);
  }

  @Override
  public CandidateAccount add(CandidateAccount account) {
    CandidateAccount added = account.withVersion(1);
    // waits for a racing insert of the same address to commit, then reports 0 rows, transaction intact
    return writeOrRefuse(added, "insert into candidate_account (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?) on conflict do nothing", b -> bind(b.uuid(added.id().value()), added).number(added.version()),
        EMAIL.reason(), EMAIL.message());
  }

  @Override
  public CandidateAccount update(CandidateAccount account) {
    CandidateAccount updated = account.withVersion(account.version() + 1);
    return transactions.withConnection(c -> {
      int written = EMAIL.update(c, "update candidate_account set (" + COLUMNS.substring(4) + ") = (?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?) where id = ? and version = ?", b -> bind(b, updated).number(updated.version())
          .uuid(account.id().value()).number(account.version()), account.email().key(), account.id().value());
      if (written == 0) {
        EMAIL.refuseIfTaken(c, account.email().key(), account.id().value());
        throw new Conflict(STALE_VERSION, "the careers account changed meanwhile");
      }
      return updated;
    });
  }

  @Override
  public List<CandidateId> inactiveSince(Instant cutoff) {
    return list("select id from candidate_account where last_activity < ?"
        + " order by id", b -> b.instant(cutoff), rows -> new CandidateId(Sql.uuid(rows, "id")));
  }

  @Override
  public boolean remove(CandidateId id) {
    return write("delete from candidate_account where id = ?", b -> b.uuid(id.value())) > 0;
  }

  /** Binds every column after {@code id} and before {@code version}. */
  private static Sql.Binder bind(Sql.Binder b, CandidateAccount a) throws SQLException {
    return b.text(a.email().key())
        .text(a.email().display())
        .text(a.firstName())
        .text(a.lastName())
        .text(a.language().toLanguageTag())
        .text(a.relation().name())
        .text(a.status().name())
        .text(a.password().map(PasswordHash::phc))
        .integer(a.lockout().failures())
        .instant(a.lockout().lastFailureAt())
        .instant(a.lockout().lockedUntil())
        .instant(a.createdAt())
        .instant(a.lastActivity());
  }

  private static CandidateAccount read(ResultSet rows) throws SQLException {
    return CandidateAccount.builder()
        .id(new CandidateId(Sql.uuid(rows, "id")))
        .email(EmailAddress.of(rows.getString("email")))
        .firstName(rows.getString("first_name"))
        .lastName(rows.getString("last_name"))
        .language(Locale.forLanguageTag(rows.getString("language")))
        .relation(StaffRelation.valueOf(rows.getString("relation")))
        .status(CandidateAccountStatus.valueOf(rows.getString("status")))
        .password(Sql.optionalText(rows, "password").map(PasswordHash::of))
        .lockout(new Lockout(rows.getInt("lockout_failures"), Sql.instant(rows, "lockout_last_at"),
            Sql.instant(rows, "lockout_until")))
        .createdAt(Sql.requiredInstant(rows, "created_at"))
        .lastActivity(Sql.requiredInstant(rows, "last_activity"))
        .version(rows.getLong("version"))
        .build();
  }
}
