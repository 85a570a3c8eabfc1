/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.memberportal.account.AccountRefusals.CODE_TAKEN;
import static org.memberportal.kernel.KernelRefusals.STALE_VERSION;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.account.verification.IssuedCode;
import org.memberportal.kernel.Conflict;

/**
 * The account module's {@link IssuedCodes} port on PostgreSQL (table {@code issued_code}, one row per subject
 * and purpose): a first code is inserted only if no row exists, a later one replaces the row only at the
 * version it was read at (the statement moves the version on), so a code is redeemed once even when two
 * instances receive it at the same time.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresIssuedCodes extends JdbcStore implements IssuedCodes {

  /**
   * Creates the store.
   *
   * @param transactions the host's transactions, which the store's writes join
   */
  public PostgresIssuedCodes(Connections transactions) {
    super(transactions);
  }

  @Override
  public Optional<IssuedCode> find(CodeSubject subject, CodePurpose purpose) {
    return transactions.withConnection(c -> {
      try (PreparedStatement select = c.prepareStatement("select digest, issued_at, expires_at, attempts, used,"
          + " window_start, sends_in_window, version from issued_code where subject = ? and purpose = ?")) {
        Sql.bind(select).text(subject.value()).text(purpose.value());
        try (ResultSet rows = select.executeQuery()) {
          if (!rows.next()) {
            return Optional.empty();
          }
          return Optional.of(new IssuedCode(subject, purpose, rows.getString("digest"),
              Sql.requiredInstant(rows, "issued_at"), Sql.requiredInstant(rows, "expires_at"),
              rows.getInt("attempts"), rows.getBoolean("used"), Sql.requiredInstant(rows, "window_start"),
              rows.getInt("sends_in_window"), rows.getLong("version")));
        }
      }
    });
  }

  @Override
  public IssuedCode add(IssuedCode code) {
    IssuedCode stored = code.withVersion(1);
    // "on conflict do nothing" waits for a racing first code to commit, then reports 0 rows
    return write(stored, "insert into issued_code (digest, issued_at, expires_at, attempts, used, window_start,"
        + " sends_in_window, version, subject, purpose) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
        b -> { }, () -> new Conflict(CODE_TAKEN, "a code was issued meanwhile"));
  }

  @Override
  public IssuedCode update(IssuedCode code) {
    IssuedCode stored = code.withVersion(code.version() + 1);
    return write(stored, "update issued_code set digest = ?, issued_at = ?, expires_at = ?, attempts = ?, used = ?,"
        + " window_start = ?, sends_in_window = ?, version = ? where subject = ? and purpose = ? and version = ?",
        b -> b.number(code.version()), () -> new Conflict(STALE_VERSION, "the code changed meanwhile"));
  }

  /** Writes every column of a code with one statement; no row written is the given conflict. */
  private IssuedCode write(IssuedCode stored, String sql, Sql.Binding more, Supplier<Conflict> none) {
    return transactions.withConnection(c -> {
      try (PreparedStatement write = c.prepareStatement(sql)) {
        more.bind(Sql.bind(write).text(stored.digest()).instant(stored.issuedAt())
            .instant(stored.expiresAt()).integer(stored.attempts()).bool(stored.used())
            .instant(stored.windowStart()).integer(stored.sendsInWindow()).number(stored.version())
            .text(stored.subject().value()).text(stored.purpose().value()));
        if (write.executeUpdate() == 0) {
          throw none.get();
        }
      }
      return stored;
    });
  }

  @Override
  public void remove(CodeSubject subject, CodePurpose purpose) {
    transactions.withConnection(c -> {
      try (PreparedStatement delete =
          c.prepareStatement("delete from issued_code where subject = ? and purpose = ?")) {
        Sql.bind(delete).text(subject.value()).text(purpose.value());
        delete.executeUpdate();
      }
      return null;
    });
  }
}
