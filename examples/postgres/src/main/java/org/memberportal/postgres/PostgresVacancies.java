/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.memberportal.careers.CareersRefusals.VACANCY_DUPLICATE_ID;
import static org.memberportal.careers.CareersRefusals.VACANCY_DUPLICATE_REFERENCE;
import static org.memberportal.careers.CareersRefusals.VACANCY_NOT_FOUND;
import static org.memberportal.kernel.KernelRefusals.STALE_VERSION;
import static org.memberportal.postgres.VacancyRows.COLUMNS;
import static org.memberportal.postgres.VacancyRows.LISTING_ORDER;
import static org.memberportal.postgres.VacancyRows.SELECT;
import static org.memberportal.postgres.VacancyRows.TEXTS;
import static org.memberportal.postgres.VacancyRows.bind;
import static org.memberportal.postgres.VacancyRows.referenceKey;
import static org.memberportal.postgres.VacancyRows.select;
import static org.memberportal.postgres.VacancyRows.text;
import static org.memberportal.postgres.VacancyRows.writeTexts;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.opening.OpeningQuery;
import org.memberportal.careers.opening.Words;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.vacancy.Languages;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyQuery;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Page;
import org.memberportal.kernel.StaffId;

/**
 * The careers module's {@link Vacancies} port on PostgreSQL (tables {@code vacancy} and {@code vacancy_text}):
 * the public job openings are filtered, ordered by deadline and paged in the database over partial indexes of
 * published vacancies; the reference number is unique whatever its case; updates check the version column.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresVacancies extends JdbcStore implements Vacancies {

  private static final UniqueKey REFERENCE = new UniqueKey("vacancy", "reference_key", VACANCY_DUPLICATE_REFERENCE,
      "reference number taken");

  /**
   * Creates the store.
   *
   * @param transactions the host's transactions, which the store's writes join
   */
  public PostgresVacancies(Connections transactions) {
    super(transactions);
  }

  @Override
  public Optional<Vacancy> find(VacancyId id) {
    // the vacancy and its texts in one round trip
    return transactions.withConnection(c -> ReadAhead.of(c, SELECT + "where id = ?;" + TEXTS,
        b -> b.uuid(id.value()).uuid(id.value()), reads -> {
          Optional<Vacancy.Builder> found = reads.next(VacancyRows::read).stream().findFirst();
          reads.next(rows -> text(found.orElseThrow(), rows));
          return found.map(Vacancy.Builder::build);
        }));
  }

  @Override
  public Vacancy add(Vacancy vacancy) {
    Vacancy v = vacancy.withVersion(1);
    return transactions.withConnection(c -> {
      if (Sql.exists(c, "select 1 from vacancy where id = ?", b -> b.uuid(v.id().value()))) {
        throw new Conflict(VACANCY_DUPLICATE_ID, "vacancy " + v.id() + " exists");
      }
      if (Sql.update(c, "insert into vacancy (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?) on conflict do nothing", b -> bind(b.uuid(v.id().value()), v).number(v.version())) == 0) {
        throw REFERENCE.refusal();
      }
      writeTexts(c, v);
      return v;
    });
  }

  @Override
  public Vacancy update(Vacancy vacancy) {
    Vacancy v = vacancy.withVersion(vacancy.version() + 1);
    return transactions.withConnection(c -> {
      int updated = REFERENCE.update(c, "update vacancy set (" + COLUMNS.substring(4) + ") = (?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) where id = ? and version = ?", b -> bind(b, v).number(v.version())
          .uuid(v.id().value()).number(vacancy.version()), referenceKey(v), v.id().value());
      if (updated == 0) {
        REFERENCE.refuseIfTaken(c, referenceKey(v), v.id().value());
        if (!Sql.exists(c, "select 1 from vacancy where id = ?", b -> b.uuid(v.id().value()))) {
          throw new NotFound(VACANCY_NOT_FOUND, "no vacancy " + v.id());
        }
        throw new Conflict(STALE_VERSION, "vacancy " + v.id() + " changed meanwhile");
      }
      Sql.update(c, "delete from vacancy_text where vacancy_id = ?", b -> b.uuid(v.id().value()));
      writeTexts(c, v);
      return v;
    });
  }

  @Override
  public List<Vacancy> publishedClosingBy(Instant deadline, int limit) {
    return transactions.withConnection(c -> select(c, SELECT + "where status = 'PUBLISHED' and closes_at <= ?"
        + LISTING_ORDER + " limit ?", b -> b.instant(deadline).integer(limit)));
  }

  @Override
  public Page<Vacancy> openings(OpeningQuery query, Instant now) {
    // Vacancy.open(now): published, opened, deadline not reached
    StringBuilder where = new StringBuilder("where status = 'PUBLISHED' and opens_at <= ? and closes_at > ?");
    List<Object> values = new ArrayList<>();
    query.closingWithin().ifPresent(d -> {
      where.append(" and closes_at <= ?");
      values.add(now.plus(d));
    });
    if (!query.types().isEmpty()) {
      where.append(" and type = any (?)");
      values.add(query.types().stream().map(Enum::name).toList());
    }
    if (!query.grades().isEmpty()) {
      where.append(" and grade = any (?)");
      values.add(query.grades().stream().map(g -> g.strip().toUpperCase(Locale.ROOT)).toList());
    }
    if (!query.dutyStations().isEmpty()) {
      where.append(" and station_key = any (?)");
      values.add(query.dutyStations().stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList());
    }
    query.language().ifPresent(l -> {
      where.append(" and languages @> ?");
      values.add(List.of(Languages.of(l).toLanguageTag()));
    });
    query.keywords().ifPresent(k -> {
      where.append(" and words @> ?");
      values.add(List.copyOf(Words.of(k)));
    });
    Sql.Binding filters = b -> {
      b.instant(now).instant(now);
      for (Object value : values) {
        if (value instanceof Instant i) {
          b.instant(i);
        } else {
          @SuppressWarnings("unchecked")
          List<String> texts = (List<String>) value;
          b.texts(texts);
        }
      }
    };
    return transactions.withConnection(c -> {
      // planned for the query's values (see Sql.listPlannedForValues): a generic plan cannot tell a rare keyword
      // from a common one
      long total = values.isEmpty() ? openCount(c, now)
          : Sql.listPlannedForValues(c, "select count(*) from vacancy " + where, filters, rows -> rows.getLong(1))
              .get(0);
      List<Vacancy> items = select(c, SELECT + where + LISTING_ORDER + " limit ? offset ?", b -> {
        filters.bind(b);
        b.integer(query.size()).number((long) query.page() * query.size());
      }, true);
      return new Page<>(items, query.page(), query.size(), total);
    });
  }

  /**
   * The number of open vacancies without counting them one by one: the published ones (a count kept by a
   * trigger, V406), less those past their deadline and those not open yet, two short index ranges.
   */
  private static long openCount(Connection c, Instant now) throws SQLException {
    return Sql.one(c, "select (select coalesce(sum(n), 0) from vacancy_status_count where status = 'PUBLISHED')"
        + " - (select count(*) from vacancy where status = 'PUBLISHED' and closes_at <= ?)"
        + " - (select count(*) from vacancy where status = 'PUBLISHED' and opens_at > ? and closes_at > ?)",
        b -> b.instant(now).instant(now).instant(now), rows -> rows.getLong(1)).orElse(0L);
  }

  @Override
  public Page<Vacancy> draftedBy(StaffId recruiter, VacancyQuery query) {
    String where = "where drafted_by = ?" + (query.statuses().isEmpty() ? "" : " and status = any (?)");
    List<String> statuses = query.statuses().stream().map(Enum::name).sorted().toList();
    Sql.Binding filters = b -> {
      b.uuid(recruiter.value());
      if (!statuses.isEmpty()) {
        b.texts(statuses);
      }
    };
    return transactions.withConnection(c -> {
      long total = Sql.one(c, "select count(*) from vacancy " + where, filters, rows -> rows.getLong(1)).orElse(0L);
      String newestFirst = " order by opens_at desc, reference_number collate \"C\", id";
      List<Vacancy> items = select(c, SELECT + where + newestFirst + " limit ? offset ?", b -> {
        filters.bind(b);
        b.integer(query.size()).number((long) query.page() * query.size());
      });
      return new Page<>(items, query.page(), query.size(), total);
    });
  }
}
