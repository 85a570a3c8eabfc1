/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.memberportal.careers.opening.Words;
import org.memberportal.careers.vacancy.DutyStation;
import org.memberportal.careers.vacancy.StationKind;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyText;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.StaffId;

/**
 * A vacancy as rows of {@code vacancy} and {@code vacancy_text}, both ways: the columns, what is written in them
 * (with the case-free reference key and the words the keyword search looks for) and the vacancy read back.
 */
final class VacancyRows {

  static final String COLUMNS = "id, reference_number, reference_key, type, grade, station_code, station_name,"
      + " station_kind, station_languages, station_key, opens_at, opens_zone, closes_at, closes_zone, status,"
      + " drafted_by, published_at, languages, words, version";
  static final String SELECT = "select " + COLUMNS + " from vacancy ";
  static final String TEXTS = "select language, title, body from vacancy_text where vacancy_id = ?"
      + " order by language";
  static final String LISTING_ORDER = " order by closes_at, reference_number collate \"C\", id";

  static String referenceKey(Vacancy v) {
    return v.referenceNumber().strip().toUpperCase(Locale.ROOT);
  }

  private static Set<String> words(Vacancy v) {
    Set<String> words = new HashSet<>(Words.of(v.referenceNumber()));
    v.texts().values().forEach(t -> {
      words.addAll(Words.of(t.title()));
      words.addAll(Words.of(t.body()));
    });
    return words;
  }

  static void writeTexts(Connection c, Vacancy v) throws SQLException {
    for (var text : v.texts().entrySet()) {
      Sql.update(c, "insert into vacancy_text (vacancy_id, language, title, body) values (?, ?, ?, ?)",
          b -> b.uuid(v.id().value()).text(text.getKey().toLanguageTag()).text(text.getValue().title())
              .text(text.getValue().body()));
    }
  }

  /** Binds every column after {@code id} and before {@code version}. */
  static Sql.Binder bind(Sql.Binder b, Vacancy v) throws SQLException {
    DutyStation s = v.dutyStation();
    return b.text(v.referenceNumber())
        .text(referenceKey(v))
        .text(v.type().name())
        .text(v.grade())
        .text(s.code())
        .text(s.name())
        .text(s.kind().name())
        .texts(s.languages().stream().map(Locale::toLanguageTag).toList())
        .text(s.key())
        .instant(v.opensAt().toInstant())
        .text(v.opensAt().getZone().getId())
        .instant(v.closesAt().toInstant())
        .text(v.closesAt().getZone().getId())
        .text(v.status().name())
        .uuid(v.draftedBy().value())
        .instant(v.publishedAt().orElse(null))
        .texts(v.texts().keySet().stream().map(Locale::toLanguageTag).toList())
        .texts(words(v));
  }

  static List<Vacancy> select(Connection c, String sql, Sql.Binding binding) throws SQLException {
    return select(c, sql, binding, false);
  }

  static List<Vacancy> select(Connection c, String sql, Sql.Binding binding, boolean plannedForValues)
      throws SQLException {
    List<Vacancy.Builder> builders = new ArrayList<>();
    List<VacancyId> ids = new ArrayList<>();
    Sql.Reader<Boolean> reader = rows -> {
      builders.add(read(rows));
      ids.add(new VacancyId(Sql.uuid(rows, "id")));
      return Boolean.TRUE;
    };
    if (plannedForValues) {
      Sql.listPlannedForValues(c, sql, binding, reader);
    } else {
      Sql.list(c, sql, binding, reader);
    }
    List<Vacancy> found = new ArrayList<>();
    for (int i = 0; i < builders.size(); i++) {
      Vacancy.Builder builder = builders.get(i);
      VacancyId id = ids.get(i);
      Sql.list(c, TEXTS, b -> b.uuid(id.value()), rows -> text(builder, rows));
      found.add(builder.build());
    }
    return found;
  }

  static boolean text(Vacancy.Builder builder, ResultSet rows) throws SQLException {
    builder.putTexts(Locale.forLanguageTag(rows.getString("language")),
        VacancyText.of(rows.getString("title"), rows.getString("body")));
    return true;
  }

  static Vacancy.Builder read(ResultSet rows) throws SQLException {
    DutyStation.Builder station = DutyStation.builder()
        .code(rows.getString("station_code"))
        .name(rows.getString("station_name"))
        .kind(StationKind.valueOf(rows.getString("station_kind")));
    Sql.texts(rows, "station_languages").forEach(l -> station.addLanguages(Locale.forLanguageTag(l)));
    Vacancy.Builder b = Vacancy.builder();
    b.id(new VacancyId(Sql.uuid(rows, "id")))
        .referenceNumber(rows.getString("reference_number"))
        .type(VacancyType.valueOf(rows.getString("type")))
        .grade(rows.getString("grade"))
        .dutyStation(station.build())
        .opensAt(zoned(Sql.requiredInstant(rows, "opens_at"), rows.getString("opens_zone")))
        .closesAt(zoned(Sql.requiredInstant(rows, "closes_at"), rows.getString("closes_zone")))
        .status(VacancyStatus.valueOf(rows.getString("status")))
        .draftedBy(new StaffId(Sql.uuid(rows, "drafted_by")))
        .publishedAt(Optional.ofNullable(Sql.instant(rows, "published_at")))
        .version(rows.getLong("version"));
    return b;
  }

  private static ZonedDateTime zoned(Instant instant, String zone) {
    return instant.atZone(ZoneId.of(zone));
  }

  private VacancyRows() {}
}
