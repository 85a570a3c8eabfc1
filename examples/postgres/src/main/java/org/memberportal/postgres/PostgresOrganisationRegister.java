/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.affiliation.organisation.DirectoryQuery;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.NameKey;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.OrganisationStatus;
import org.memberportal.affiliation.port.OrganisationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Page;

/**
 * The affiliation module's {@link OrganisationRegister} on PostgreSQL (table {@code organisation}): the
 * directory search pages in the database over a partial index of verified organisations, in folded-name order.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresOrganisationRegister extends JdbcStore implements OrganisationRegister {

  private static final String COLUMNS = "id, name, name_key, membership_type, country, sectors, address, website,"
      + " status, declared_membership_type, entered_by, merged_into, version";
  static final String SELECT = "select " + COLUMNS + " from organisation ";
  // byte order, as the in-memory register's String comparison: the result does not depend on the collation
  private static final String BY_NAME = " order by name_key collate \"C\", id";

  /**
   * Creates the register.
   *
   * @param transactions the host's transactions, which the register's writes join
   */
  public PostgresOrganisationRegister(Connections transactions) {
    super(transactions);
  }

  @Override
  public Optional<Organisation> find(OrganisationId id) {
    return ReadAhead.take(transactions, ReadAhead.ORGANISATION + id.value(), c -> Sql.one(c, SELECT + "where id = ?",
        b -> b.uuid(id.value()), PostgresOrganisationRegister::read));
  }

  @Override
  public Organisation add(Organisation organisation) {
    Organisation next = organisation.withVersion(1);
    return versionedWrite(next, "insert into organisation (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?,"
        + " ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", b -> bind(b.uuid(next.id().value()), next).number(1),
        "organisation already stored");
  }

  @Override
  public Organisation update(Organisation organisation) {
    Organisation next = organisation.withVersion(organisation.version() + 1);
    return versionedWrite(next, "update organisation set (" + COLUMNS.substring(4)
        + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) where id = ? and version = ?",
        b -> bind(b, next).number(next.version()).uuid(next.id().value()).number(organisation.version()),
        "organisation changed since it was read");
  }

  @Override
  public Page<Organisation> search(DirectoryQuery query) {
    StringBuilder where = new StringBuilder("where status = 'VERIFIED'");
    query.membershipType().ifPresent(t -> where.append(" and membership_type = ?"));
    query.country().ifPresent(t -> where.append(" and country = ?"));
    query.name().ifPresent(t -> where.append(" and strpos(name_key, ?) > 0"));
    Sql.Binding filters = b -> {
      if (query.membershipType().isPresent()) {
        b.text(query.membershipType().get().name());
      }
      if (query.country().isPresent()) {
        b.text(query.country().get());
      }
      if (query.name().isPresent()) {
        b.text(NameKey.of(query.name().get()));
      }
    };
    return transactions.withConnection(c -> {
      long total = Sql.one(c, "select count(*) from organisation " + where, filters, rows -> rows.getLong(1))
          .orElse(0L);
      List<Organisation> items = Sql.list(c, SELECT + where + BY_NAME + " limit ? offset ?", b -> {
        filters.bind(b);
        b.integer(query.size()).number((long) query.page() * query.size());
      }, PostgresOrganisationRegister::read);
      return new Page<>(items, query.page(), query.size(), total);
    });
  }

  @Override
  public List<String> countries(Optional<MembershipType> type) {
    return list("select distinct country from organisation"
        + " where status = 'VERIFIED'" + (type.isPresent() ? " and membership_type = ?" : "")
        + " order by country", b -> {
          if (type.isPresent()) {
            b.text(type.get().name());
          }
        }, rows -> rows.getString(1));
  }

  @Override
  public Set<MembershipType> membershipTypes() {
    List<String> names = list("select distinct membership_type from organisation where status = 'VERIFIED'", b -> { },
        rows -> rows.getString(1));
    Set<MembershipType> types = EnumSet.noneOf(MembershipType.class);
    names.forEach(n -> types.add(MembershipType.valueOf(n)));
    return types;
  }

  @Override
  public List<Organisation> inStatus(OrganisationStatus status) {
    return list(SELECT + "where status = ? order by name_key collate \"C\","
        + " id", b -> b.text(status.name()), PostgresOrganisationRegister::read);
  }

  @Override
  public Optional<Organisation> findByName(String nameKey, String country) {
    return one(SELECT + "where status = 'VERIFIED' and name_key = ?"
        + " and country = ?" + BY_NAME + " limit 1", b -> b.text(nameKey).text(country),
        PostgresOrganisationRegister::read);
  }

  /** Binds every column after {@code id} and before {@code version}. */
  private static Sql.Binder bind(Sql.Binder b, Organisation o) throws SQLException {
    return b.text(o.name())
        .text(o.nameKey())
        .text(o.membershipType().name())
        .text(o.country())
        .texts(o.sectors())
        .text(o.address())
        .text(o.website())
        .text(o.status().name())
        .text(o.declaredMembershipType().map(MembershipType::name))
        .uuid(o.enteredBy().map(AccountId::value).orElse(null))
        .uuid(o.mergedInto().map(OrganisationId::value).orElse(null));
  }

  static Organisation read(ResultSet rows) throws SQLException {
    return Organisation.builder()
        .id(new OrganisationId(Sql.uuid(rows, "id")))
        .name(rows.getString("name"))
        .membershipType(MembershipType.valueOf(rows.getString("membership_type")))
        .country(rows.getString("country"))
        .addAllSectors(Sql.texts(rows, "sectors"))
        .address(Sql.optionalText(rows, "address"))
        .website(Sql.optionalText(rows, "website"))
        .status(OrganisationStatus.valueOf(rows.getString("status")))
        .declaredMembershipType(Sql.optionalText(rows, "declared_membership_type").map(MembershipType::valueOf))
        .enteredBy(Sql.optionalUuid(rows, "entered_by").map(AccountId::new))
        .mergedInto(Sql.optionalUuid(rows, "merged_into").map(OrganisationId::new))
        .version(rows.getLong("version"))
        .build();
  }
}
