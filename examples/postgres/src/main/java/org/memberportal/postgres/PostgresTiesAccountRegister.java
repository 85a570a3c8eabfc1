/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.ties.access.TiesAccount;
import org.memberportal.ties.access.TiesOrigin;
import org.memberportal.ties.access.TiesRequest;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * The TIES module's {@link TiesAccountRegister} on PostgreSQL (tables {@code ties_account}, one row per account,
 * and {@code ties_request}, its episodes in order), with a partial index of the active accounts so that "is TIES
 * active?" is one index look-up.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresTiesAccountRegister extends JdbcStore implements TiesAccountRegister {

  private static final String SELECT =
      "select account_id, ticks_filed, decided_by, changed_at, version from ties_account ";
  private static final String REQUESTS = "select organisation_id, affiliation_id, origin, requested_at, state,"
      + " decided_at, ended_at from ties_request where account_id = ? order by position";

  /**
   * Creates the register.
   *
   * @param transactions the host's transactions, which the register's writes join
   */
  public PostgresTiesAccountRegister(Connections transactions) {
    super(transactions);
  }

  @Override
  public Optional<TiesAccount> find(AccountId account) {
    return transactions.withConnection(c -> {
      Optional<Row> row = Sql.one(c, SELECT + "where account_id = ?",
          b -> b.uuid(account.value()), PostgresTiesAccountRegister::read);
      if (row.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(withRequests(c, row.get()));
    });
  }

  @Override
  public TiesAccount add(TiesAccount tiesAccount) {
    TiesAccount next = tiesAccount.withVersion(1);
    return transactions.withConnection(c -> {
      // the check and the write are one statement, so a concurrent add on another instance is seen
      Sql.versionedWrite(c, "insert into ties_account (organisation_id, state, ticks_filed, decided_by, changed_at,"
          + " version, account_id) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", b -> bind(b, next),
          "the TIES access was stored since it was read");
      return writeRequests(c, next);
    });
  }

  @Override
  public TiesAccount update(TiesAccount tiesAccount) {
    TiesAccount next = tiesAccount.withVersion(tiesAccount.version() + 1);
    return transactions.withConnection(c -> {
      // the check and the write are one statement, so a concurrent update on another instance is seen
      Sql.versionedWrite(c, "update ties_account set organisation_id = ?, state = ?, ticks_filed = ?, decided_by = ?,"
          + " changed_at = ?, version = ? where account_id = ? and version = ?",
          b -> bind(b, next).number(tiesAccount.version()), "the TIES access changed since it was read");
      return writeRequests(c, next);
    });
  }

  /** Rewrites the account's episodes; the row lock taken by its write serialises this. */
  private static TiesAccount writeRequests(Connection c, TiesAccount next) throws SQLException {
    Sql.update(c, "delete from ties_request where account_id = ?", b -> b.uuid(next.account().value()));
    int position = 0;
    for (TiesRequest r : next.requests()) {
      int at = position++;
      Sql.update(c, "insert into ties_request (account_id, position, organisation_id, affiliation_id, origin,"
          + " requested_at, state, decided_at, ended_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          b -> b.uuid(next.account().value()).integer(at).uuid(r.organisation().value())
              .uuid(r.affiliation().value()).text(r.origin().name()).instant(r.requestedAt())
              .text(r.state().name()).instant(r.decidedAt().orElse(null)).instant(r.endedAt().orElse(null)));
    }
    return next;
  }

  @Override
  public boolean isActive(AccountId account) {
    return exists("select 1 from ties_account where account_id = ? and state = 'ACTIVE'", b -> b.uuid(account.value()));
  }

  @Override
  public List<TiesAccount> inOrganisation(OrganisationId organisation, Set<TiesState> states) {
    List<String> wanted = states.stream().map(TiesState::name).toList();
    return transactions.withConnection(c -> {
      List<Row> rows = Sql.list(c, SELECT + "where organisation_id = ? and state = any (?)",
          b -> b.uuid(organisation.value()).texts(wanted), PostgresTiesAccountRegister::read);
      // an organisation's TIES accounts are few; each brings its episodes by primary key
      List<TiesAccount> found = new ArrayList<>(rows.size());
      for (Row row : rows) {
        found.add(withRequests(c, row));
      }
      return found;
    });
  }

  /** An account's row, read before its episodes. */
  private record Row(AccountId account, TiesAccount.Builder builder) {}

  private static TiesAccount withRequests(Connection c, Row row) throws SQLException {
    List<TiesRequest> requests = Sql.list(c, REQUESTS, b -> b.uuid(row.account().value()),
        PostgresTiesAccountRegister::readRequest);
    return row.builder().addAllRequests(requests).build();
  }

  private static Sql.Binder bind(Sql.Binder b, TiesAccount t) throws SQLException {
    return b.uuid(t.organisation().value())
        .text(t.state().name())
        .uuids(t.ticksFiled().stream().map(AffiliationId::value).toList())
        .uuid(t.decidedBy().map(AccountId::value).orElse(null))
        .instant(t.changedAt())
        .number(t.version())
        .uuid(t.account().value());
  }

  private static Row read(ResultSet rows) throws SQLException {
    AccountId account = new AccountId(Sql.uuid(rows, "account_id"));
    TiesAccount.Builder builder = TiesAccount.builder();
    builder.account(account)
        .addAllTicksFiled(Sql.uuids(rows, "ticks_filed").stream().map(AffiliationId::new).toList())
        .decidedBy(Sql.optionalUuid(rows, "decided_by").map(AccountId::new))
        .changedAt(Sql.requiredInstant(rows, "changed_at"))
        .version(rows.getLong("version"));
    return new Row(account, builder);
  }

  private static TiesRequest readRequest(ResultSet rows) throws SQLException {
    return new TiesRequest(
        new OrganisationId(Sql.uuid(rows, "organisation_id")),
        new AffiliationId(Sql.uuid(rows, "affiliation_id")),
        TiesOrigin.valueOf(rows.getString("origin")),
        Sql.requiredInstant(rows, "requested_at"),
        TiesState.valueOf(rows.getString("state")),
        Optional.ofNullable(Sql.instant(rows, "decided_at")),
        Optional.ofNullable(Sql.instant(rows, "ended_at")));
  }
}
