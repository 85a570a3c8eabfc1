/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pages the issue names are served by the migrations' indexes: on tables of realistic size and spread, with
 * sequential scans discouraged (so that the answer does not hinge on the machine's cost settings), PostgreSQL's
 * plan for each store query uses the index meant for it. A query that no index can serve would still scan, and
 * fail here.
 */
class IndexUsageTests {

  private static final DataSource DATABASE = EmbeddedDatabase.freshSchema("index_usage");

  /** Enough rows, spread like real data, for the planner's costs to mean something; then fresh statistics. */
  @BeforeAll
  static void populate() {
    EmbeddedDatabase.execute(DATABASE, "insert into affiliation (id, account_id, organisation_id, membership_type,"
        + " state, wants_ties_access, requested_at, submitted_at, version)"
        + " select gen_random_uuid(), gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad((i % 500)::text, 12,"
        + " '0'))::uuid, 'SECTOR_MEMBER', (array['PENDING','APPROVED','REJECTED','LEFT'])[1 + i % 4], false,"
        + " now() - i * interval '1 hour', now() - i * interval '1 hour', 1 from generate_series(1, 20000) i");
    EmbeddedDatabase.execute(DATABASE, "insert into vacancy (id, reference_number, reference_key, type, grade,"
        + " station_code, station_name, station_kind, station_languages, station_key, opens_at, opens_zone,"
        + " closes_at, closes_zone, status, drafted_by, languages, words, version)"
        + " select gen_random_uuid(), 'REF-' || i, 'REF-' || i, 'REGULAR_POST', 'P-' || (1 + i % 5), 'GVA', 'Geneva',"
        + " 'HEADQUARTERS', array['en'], 'GVA', now() - interval '10 days', 'Europe/Zurich',"
        + " now() + i * interval '1 hour', 'Europe/Zurich', case when i % 10 = 0 then 'PUBLISHED' else 'CLOSED' end,"
        + " gen_random_uuid(), array['en'], array['word' || (i % 300), 'ref-' || i], 1"
        + " from generate_series(1, 20000) i");
    EmbeddedDatabase.execute(DATABASE, "insert into ties_account (account_id, organisation_id, state, ticks_filed,"
        + " changed_at, version) select gen_random_uuid(), ('00000000-0000-0000-0000-' || lpad((i % 500)::text, 12,"
        + " '0'))::uuid, (array['ACTIVE','REQUESTED','REMOVED','LAPSED'])[1 + i % 4], array[]::uuid[], now(), 1"
        + " from generate_series(1, 20000) i");
    EmbeddedDatabase.execute(DATABASE, "insert into application (id, candidate_id, vacancy_id, status, language,"
        + " started_at, outcome_notified, erased, version) select gen_random_uuid(), ('00000000-0000-0000-0000-'"
        + " || lpad((i % 5000)::text, 12, '0'))::uuid, ('00000000-0000-0000-0000-' || lpad((i % 1999)::text, 12,"
        + " '0'))::uuid, (array['DRAFT','SUBMITTED','SCREENING','WITHDRAWN'])[1 + i % 4], 'en',"
        + " now() - i * interval '1 hour', false, false, 1 from generate_series(1, 20000) i");
    EmbeddedDatabase.execute(DATABASE, "insert into profile (candidate_id, created_at, last_activity, interests,"
        + " format, document, version) select gen_random_uuid(), now() - i * interval '1 hour',"
        + " now() - i * interval '1 hour', case i % 20 when 0 then array['CONSULTANT']"
        + " when 1 then array['SHORT_TERM', 'INTERNSHIP'] else array[]::text[] end, 'profile/1', '{}', 1"
        + " from generate_series(1, 20000) i");
    EmbeddedDatabase.execute(DATABASE, "insert into outbox (idempotency_key, recipient, kind, locale, next_attempt,"
        + " delivered_at, data_subject) select 'key-' || i, 'someone@example.org', 'careers.application-received',"
        + " 'en', now() - i * interval '1 minute', case when i % 10 = 0 then null else now() - i * interval '1 minute'"
        + " end, 'candidate:' || (i % 5000) from generate_series(1, 20000) i");
    EmbeddedDatabase.execute(DATABASE, "analyze");
  }

  @AfterAll
  static void close() {
    ((HikariDataSource) DATABASE).close();
  }

  private static String plan(String query) throws SQLException {
    try (Connection c = DATABASE.getConnection(); Statement s = c.createStatement()) {
      s.execute("set enable_seqscan = off");
      StringBuilder plan = new StringBuilder();
      try (ResultSet rows = s.executeQuery("explain " + query)) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      return plan.toString();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "focal point page: an organisation's pending requests | select * from affiliation where organisation_id"
          + " = '00000000-0000-0000-0000-000000000001' and state = any (array['PENDING']) order by requested_at, id"
          + " | affiliation_by_organisation",
      "My Requests | select * from affiliation where account_id = '00000000-0000-0000-0000-000000000001'"
          + " order by requested_at desc, id desc | affiliation_by_account",
      "reminders | select * from affiliation where state = 'PENDING' and submitted_at <= now()"
          + " order by submitted_at, id | affiliation_pending",
      "is TIES active (T7) | select 1 from ties_account where account_id = '00000000-0000-0000-0000-000000000001'"
          + " and state = 'ACTIVE' | ties_account_active",
      "an organisation's TIES access | select * from ties_account where organisation_id"
          + " = '00000000-0000-0000-0000-000000000001' and state = any (array['ACTIVE']) | ties_account_by_organisation",
      "seats held by an account | select * from focal_point_seats where itu"
          + " = '00000000-0000-0000-0000-000000000001' | focal_point_seats_itu",
      "sign-up directory | select * from organisation where status = 'VERIFIED' and membership_type"
          + " = 'ACADEMIA' and country = 'CH' order by name_key collate \"C\", id | organisation_directory",
      "job openings | select * from vacancy where status = 'PUBLISHED' and opens_at <= now() and closes_at > now()"
          + " order by closes_at, reference_number collate \"C\", id limit 20 | vacancy_published_by_deadline",
      "job openings by keyword | select * from vacancy where status = 'PUBLISHED' and words @> array['word7']"
          + " | vacancy_published_words",
      "alert matching | select * from job_alert where type_keys && array['REGULAR_POST', '*']"
          + " and grade_keys && array['P-3', '*'] | job_alert_",
      "a candidate's applications | select * from application where candidate_id"
          + " = '00000000-0000-0000-0000-000000000001' order by started_at desc, id | application_by_candidate",
      "the recruiters' list of a vacancy's applications | select * from application where vacancy_id"
          + " = '00000000-0000-0000-0000-000000000001' order by started_at, id | application_by_vacancy",
      "talent search: who declared an interest | select candidate_id from profile"
          + " where interests @> array['CONSULTANT'] | profile_interests",
      "retention: profiles inactive since a cut-off | select candidate_id from profile"
          + " where last_activity < now() - interval '3 years' | profile_activity",
      "outbox purge: rows delivered before the cut-off | select idempotency_key from outbox"
          + " where delivered_at < now() - interval '30 days' | outbox_delivered",
      "erasure: a person's outbox rows | select idempotency_key from outbox where data_subject = 'candidate:42'"
          + " | outbox_by_data_subject",
      "expiry of unverified sign-ups | select * from account where status = 'AWAITING_VERIFICATION'"
          + " and created_at < now() | account_unverified",
      "the service desk's look-up by name | select * from account where name_words @> array['alvarez', 'jose']"
          + " order by name_key collate \"C\", id::text limit 20 | account_name_words"})
  void theQueryUsesItsIndex(String page, String query, String index) throws SQLException {
    assertThat(plan(query)).as(page).contains(index);
  }
}
