/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.vacancy.Languages;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.kernel.EmailAddress;

/**
 * The careers module's {@link AlertSubscriptions} port on PostgreSQL (table {@code job_alert}): the type, grade,
 * duty station and language criteria are normalised arrays under GIN indexes, so matching a published vacancy
 * reads only the alerts that accept it on all four; keywords are checked in Java by the criteria themselves.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresAlertSubscriptions extends JdbcStore implements AlertSubscriptions {

  private static final String SELECT = "select id, candidate_id, email, language, subscribed_at, types, grades,"
      + " duty_stations, languages, keywords from job_alert ";

  private static final String ANY = "*";

  /**
   * Creates the store.
   *
   * @param transactions the host's transactions, which the store's writes join
   */
  public PostgresAlertSubscriptions(Connections transactions) {
    super(transactions);
  }

  @Override
  public Optional<JobAlert> find(AlertId id) {
    return byId(SELECT, id.value(), PostgresAlertSubscriptions::read);
  }

  @Override
  public void add(JobAlert alert) {
    AlertCriteria c = alert.criteria();
    writeOrRefuse(alert, "insert into job_alert (id, candidate_id, email, language, subscribed_at, types,"
        + " grades, duty_stations, languages, keywords, type_keys, grade_keys, station_keys, language_keys)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", b -> b
        .uuid(alert.id().value()).uuid(alert.candidate().value()).text(alert.email().display())
        .text(alert.language().toLanguageTag()).instant(alert.subscribedAt())
        .texts(c.types().stream().map(Enum::name).toList())
        .texts(c.grades()).texts(c.dutyStations())
        .texts(c.languages().stream().map(Locale::toLanguageTag).toList())
        .text(c.keywords())
        .texts(keys(c.types().stream().map(Enum::name).toList()))
        .texts(keys(c.grades().stream().map(g -> g.strip().toUpperCase(Locale.ROOT)).toList()))
        .texts(keys(c.dutyStations().stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).toList()))
        .texts(keys(c.languages().stream().map(l -> Languages.of(l).toLanguageTag()).toList())),
        CareersRefusals.ALERT_DUPLICATE_ID, "alert " + alert.id() + " exists");
  }

  @Override
  public void remove(AlertId id) {
    write("delete from job_alert where id = ?", b -> b.uuid(id.value()));
  }

  /**
   * A candidate's alerts, oldest first.
   *
   * <p>Reads behind a lock on the candidate held to the end of the transaction, so that a subscription's count
   * of the candidate's alerts and its insert run one at a time across instances: under READ COMMITTED, two
   * subscriptions counting at once would both see room for one more alert and both add one. The lock comes
   * first, in a statement of its own, so that the count's snapshot is taken after the other transaction commits.
   *
   * @param candidate the candidate
   * @return the alerts
   */
  @Override
  public List<JobAlert> ofCandidate(CandidateId candidate) {
    return transactions.withConnection(c -> {
      Sql.exists(c, "select pg_advisory_xact_lock(hashtextextended('job_alert:' || ?, 0))",
          b -> b.text(candidate.value().toString()));
      return Sql.list(c, SELECT + "where candidate_id = ? order by subscribed_at, position",
          b -> b.uuid(candidate.value()), PostgresAlertSubscriptions::read);
    });
  }

  @Override
  public List<JobAlert> matching(Vacancy vacancy) {
    // planned for the vacancy's values: the generic plan intersected every criterion's index (see Sql)
    List<JobAlert> candidates = transactions.withConnection(c -> Sql.listPlannedForValues(c, SELECT
        + "where type_keys && array[?::text, '*'] and grade_keys && array[?::text, '*']"
        + " and station_keys && array[?::text, '*'] and language_keys && (?::text[] || '*'::text)"
        + " order by position", b -> b.text(vacancy.type().name())
            .text(vacancy.grade().toUpperCase(Locale.ROOT))
            .text(vacancy.dutyStation().key())
            .texts(vacancy.texts().keySet().stream().map(Locale::toLanguageTag).toList()),
        PostgresAlertSubscriptions::read));
    // the indexes settled every criterion but the keywords; matches() checks them (and the rest again)
    return candidates.stream().filter(a -> a.criteria().matches(vacancy)).collect(Collectors.toList());
  }

  /** The normalised values of a criterion, or {@code '*'} when it accepts any value. */
  private static List<String> keys(List<String> values) {
    return values.isEmpty() ? List.of(ANY) : values;
  }

  private static JobAlert read(ResultSet rows) throws SQLException {
    AlertCriteria.Builder criteria = AlertCriteria.builder();
    Sql.texts(rows, "types").forEach(t -> criteria.addTypes(VacancyType.valueOf(t)));
    criteria.addAllGrades(Sql.texts(rows, "grades"))
        .addAllDutyStations(Sql.texts(rows, "duty_stations"))
        .keywords(Sql.optionalText(rows, "keywords"));
    Sql.texts(rows, "languages").forEach(l -> criteria.addLanguages(Locale.forLanguageTag(l)));
    return JobAlert.builder()
        .id(new AlertId(Sql.uuid(rows, "id")))
        .candidate(new CandidateId(Sql.uuid(rows, "candidate_id")))
        .email(EmailAddress.of(rows.getString("email")))
        .language(Locale.forLanguageTag(rows.getString("language")))
        .criteria(criteria.build())
        .subscribedAt(Sql.requiredInstant(rows, "subscribed_at"))
        .build();
  }
}
