/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.affiliation.focalpoint.FocalPointSeats;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.kernel.AccountId;

/**
 * The affiliation module's {@link FocalPointRegister} on PostgreSQL (table {@code focal_point_seats}, one row per
 * organisation), with the holders indexed for the "which seats does this account hold" check of every focal
 * point's request.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresFocalPointRegister extends JdbcStore implements FocalPointRegister {

  static final String SELECT = "select organisation_id, itu, ties, version from focal_point_seats ";

  /**
   * Creates the register.
   *
   * @param transactions the host's transactions, which the register's writes join
   */
  public PostgresFocalPointRegister(Connections transactions) {
    super(transactions);
  }

  @Override
  public Optional<FocalPointSeats> find(OrganisationId organisation) {
    return ReadAhead.take(transactions, ReadAhead.SEATS + organisation.value(), c -> Sql.one(c,
        SELECT + "where organisation_id = ?", b -> b.uuid(organisation.value()), PostgresFocalPointRegister::read));
  }

  @Override
  public FocalPointSeats add(FocalPointSeats seats) {
    FocalPointSeats next = seats.withVersion(1);
    return versionedWrite(next, "insert into focal_point_seats (itu, ties, version, organisation_id)"
        + " values (?, ?, ?, ?) on conflict do nothing", b -> bind(b, next),
        "focal points stored since they were read");
  }

  @Override
  public FocalPointSeats update(FocalPointSeats seats) {
    FocalPointSeats next = seats.withVersion(seats.version() + 1);
    return versionedWrite(next, "update focal_point_seats set itu = ?, ties = ?, version = ?"
        + " where organisation_id = ? and version = ?", b -> bind(b, next).number(seats.version()),
        "focal points changed since they were read");
  }

  @Override
  public List<FocalPointSeats> heldBy(AccountId account) {
    return list(SELECT + "where itu = ? or ties = ? order by organisation_id",
        b -> b.uuid(account.value()).uuid(account.value()), PostgresFocalPointRegister::read);
  }

  private static Sql.Binder bind(Sql.Binder b, FocalPointSeats s) throws SQLException {
    return b.uuid(s.itu().map(AccountId::value).orElse(null))
        .uuid(s.ties().map(AccountId::value).orElse(null))
        .number(s.version())
        .uuid(s.organisation().value());
  }

  static FocalPointSeats read(ResultSet rows) throws SQLException {
    return FocalPointSeats.builder()
        .organisation(new OrganisationId(Sql.uuid(rows, "organisation_id")))
        .itu(Sql.optionalUuid(rows, "itu").map(AccountId::new))
        .ties(Sql.optionalUuid(rows, "ties").map(AccountId::new))
        .version(rows.getLong("version"))
        .build();
  }
}
