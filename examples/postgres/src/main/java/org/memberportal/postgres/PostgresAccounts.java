/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.memberportal.account.AccountRefusals.ID_TAKEN;
import static org.memberportal.kernel.KernelRefusals.STALE_VERSION;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;
import org.memberportal.account.Account;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.credential.PasswordHash;
import org.memberportal.account.port.Accounts;
import org.memberportal.account.signin.Lockout;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.SearchKey;

/**
 * The account module's {@link Accounts} port on PostgreSQL (table {@code account}): the normalised address is
 * unique by constraint, so racing sign-ups on any number of instances make one account; a new account is stored
 * at version 1, and writes check the version column and move it on in the same statement.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresAccounts extends JdbcStore implements Accounts {

  private static final String COLUMNS = "id, email_key, email, pending_email, title, first_name, last_name, gender,"
      + " job_title, professional_role, language, newsletter, terms_accepted_at, status, password,"
      + " lockout_failures, lockout_last_at, lockout_until, legacy_attributes, created_at, version";

  /** Written with every account, never read back: what the service desk's look-up by name matches and sorts. */
  private static final String NAME_COLUMNS = "name_key, name_words";

  /** The columns of {@link #row}. */
  static final String ROW_COLUMNS = COLUMNS + ", " + NAME_COLUMNS;

  private static final String SELECT = "select " + COLUMNS + " from account ";
  private static final UniqueKey EMAIL = new UniqueKey("account", "email_key", EMAIL_TAKEN,
      "another account has this address");

  /**
   * Creates the store.
   *
   * @param transactions the host's transactions, which the store's writes join
   */
  public PostgresAccounts(Connections transactions) {
    super(transactions);
  }

  @Override
  public Optional<Account> find(AccountId id) {
    return byId(SELECT, id.value(), PostgresAccounts::read);
  }

  @Override
  public Map<AccountId, Account> findAll(Collection<AccountId> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<UUID> values = ids.stream().map(AccountId::value).distinct().toList();
    return transactions.withConnection(c -> {
      Map<AccountId, Account> found = new HashMap<>();
      for (Account account : Sql.list(c, SELECT + "where id = any (?)",
          b -> b.uuids(values), PostgresAccounts::read)) {
        found.put(account.id(), account);
      }
      return found;
    });
  }

  @Override
  public Optional<Account> findByEmail(EmailAddress email) {
    return one(SELECT + "where email_key = ?",
        b -> b.text(email.key()), PostgresAccounts::read);
  }

  @Override
  public Page<Account> findByName(String name, int page, int size) {
    List<String> words = SearchKey.words(name);
    return transactions.withConnection(c -> {
      long total = Sql.one(c, "select count(*) from account where name_words @> ?", b -> b.texts(words),
          rows -> rows.getLong(1)).orElseThrow();
      // the C collation and the id as text sort as the in-memory store does (code points), on any server
      List<Account> found = Sql.list(c, SELECT + "where name_words @> ?"
          + " order by name_key collate \"C\", id::text limit ? offset ?",
          b -> b.texts(words).integer(size).number((long) page * size), PostgresAccounts::read);
      return new Page<>(found, page, size, total);
    });
  }

  @Override
  public Account add(Account account) {
    Account stored = account.withStoredVersion(1);
    return transactions.withConnection(c -> {
      // "on conflict do nothing" waits for a racing insert of the same address to commit, then reports 0 rows
      // without aborting the transaction
      if (Sql.update(c, "insert into account (" + ROW_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", b -> row(b, stored)) == 0) {
        throw exists(c, stored.id()) ? new Conflict(ID_TAKEN, "account already stored") : EMAIL.refusal();
      }
      return stored;
    });
  }

  @Override
  public Account update(Account account) {
    return transactions.withConnection(c -> {
      int updated = EMAIL.update(c, "update account set (" + COLUMNS.substring(4) + ", " + NAME_COLUMNS + ") = (?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, version + 1, ?, ?) where id = ? and version = ?",
          b -> bindNames(bindAll(b, account), account).uuid(account.id().value()).number(account.version()),
          account.email().key(), account.id().value());
      if (updated == 0) {
        EMAIL.refuseIfTaken(c, account.email().key(), account.id().value());
        throw exists(c, account.id())
            ? new Conflict(STALE_VERSION, "the account changed meanwhile")
            : new NotFound(AccountRefusals.NOT_FOUND, "no such account");
      }
      return account.withStoredVersion(account.version() + 1);
    });
  }

  @Override
  public void remove(AccountId id, long version) {
    transactions.withConnection(c -> {
      if (Sql.update(c, "delete from account where id = ? and version = ?", b -> b.uuid(id.value()).number(version))
          == 0 && exists(c, id)) {
        throw new Conflict(STALE_VERSION, "the account changed meanwhile");
      }
      return null;
    });
  }

  @Override
  public List<Account> unverifiedCreatedBefore(Instant cutoff) {
    return list(SELECT + "where status = 'AWAITING_VERIFICATION' and created_at < ? order by created_at, id",
        b -> b.instant(cutoff), PostgresAccounts::read);
  }

  /**
   * A stored account's whole row, in the order of {@link #ROW_COLUMNS}: what {@link #add} inserts and a bulk import
   * copies ({@link AccountImport}).
   */
  static Sql.Binder row(Sql.Binder b, Account stored) throws SQLException {
    return bindNames(bindAll(b.uuid(stored.id().value()), stored).number(stored.version()), stored);
  }

  /** Binds every column after {@code id} and before {@code version}. */
  private static Sql.Binder bindAll(Sql.Binder b, Account a) throws SQLException {
    return b.text(a.email().key())
        .text(a.email().display())
        .text(a.pendingEmail().map(EmailAddress::display))
        .text(a.title())
        .text(a.firstName())
        .text(a.lastName())
        .text(a.gender())
        .text(a.jobTitle())
        .text(a.professionalRole())
        .text(a.language().toLanguageTag())
        .bool(a.newsletter())
        .instant(a.termsAcceptedAt().orElse(null))
        .text(a.status().name())
        .text(a.password().map(PasswordHash::phc))
        .integer(a.lockout().failures())
        .instant(a.lockout().lastFailureAt())
        .instant(a.lockout().lockedUntil())
        .text(Fields.encode(a.legacyAttributes()))
        .instant(a.createdAt());
  }

  /** Binds the folded names ({@link #NAME_COLUMNS}). */
  private static Sql.Binder bindNames(Sql.Binder b, Account a) throws SQLException {
    return b.text(Accounts.nameKey(a.firstName(), a.lastName())).texts(Accounts.nameWords(a.firstName(), a.lastName()));
  }

  private static Account read(ResultSet rows) throws SQLException {
    return Account.builder()
        .id(new AccountId(Sql.uuid(rows, "id")))
        .email(EmailAddress.of(rows.getString("email")))
        .pendingEmail(Sql.optionalText(rows, "pending_email").map(EmailAddress::of))
        .title(Sql.optionalText(rows, "title"))
        .firstName(rows.getString("first_name"))
        .lastName(rows.getString("last_name"))
        .gender(Sql.optionalText(rows, "gender"))
        .jobTitle(Sql.optionalText(rows, "job_title"))
        .professionalRole(Sql.optionalText(rows, "professional_role"))
        .language(Locale.forLanguageTag(rows.getString("language")))
        .newsletter(rows.getBoolean("newsletter"))
        .termsAcceptedAt(Optional.ofNullable(Sql.instant(rows, "terms_accepted_at")))
        .status(AccountStatus.valueOf(rows.getString("status")))
        .password(Sql.optionalText(rows, "password").map(PasswordHash::of))
        .lockout(new Lockout(rows.getInt("lockout_failures"), Sql.instant(rows, "lockout_last_at"),
            Sql.instant(rows, "lockout_until")))
        .putAllLegacyAttributes(Fields.decode(rows.getString("legacy_attributes")))
        .createdAt(Sql.requiredInstant(rows, "created_at"))
        .version(rows.getLong("version"))
        .build();
  }

  private static boolean exists(Connection c, AccountId id) throws SQLException {
    return Sql.exists(c, "select 1 from account where id = ?", b -> b.uuid(id.value()));
  }
}
