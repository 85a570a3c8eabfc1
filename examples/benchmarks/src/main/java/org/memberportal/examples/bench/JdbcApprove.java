/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * B1's baseline: "a focal point approves an affiliation" written by hand in JDBC, issuing the very statements the
 * library issues on the PostgreSQL adapters, with the same SQL text, in the same order, in one transaction. The
 * sequence was read off the library with a statement-recording data source, and {@code ApproveOnPostgresTests}
 * checks on every build that the two still match statement for statement (so pgjdbc's server-side prepared
 * statements serve both alike):
 * <ol>
 *   <li>read the request ({@code PostgresAffiliationRegister.find});</li>
 *   <li>read the organisation's focal point seats, for the actor's role ({@code PostgresFocalPointRegister.find});</li>
 *   <li>read the organisation, which must be a member ({@code PostgresOrganisationRegister.find});</li>
 *   <li>read the account's affiliations, to end a current one ({@code PostgresAffiliationRegister.ofAccount});</li>
 *   <li>check that no other current affiliation exists, then update with the version check
 *       ({@code PostgresAffiliationRegister.save});</li>
 *   <li>read the requester's account, the notification's recipient ({@code PostgresAccounts.find});</li>
 *   <li>insert the outbox row and, in one batch, its parameters ({@code PostgresOutbox.append});</li>
 *   <li>insert the event row ({@code PostgresEventLog.append}); commit.</li>
 * </ol>
 * What the baseline leaves out is the library itself: Jakarta validation of the command, immutable domain
 * objects, the workflow table, the event record and its reflective encoding, the notification model.
 * The benchmark's requests never have a current affiliation to end, so that branch is not written here.
 */
public final class JdbcApprove {

  static final String AFFILIATION_COLUMNS = "id, account_id, organisation_id, membership_type, state,"
      + " wants_ties_access, requested_at, submitted_at, decided_at, decided_by, decided_as, reason, ended_at,"
      + " end_cause, reminded_at, escalated_at, version";
  static final String READ_REQUEST = "select " + AFFILIATION_COLUMNS + " from affiliation where id = ?";
  static final String READ_SEATS = "select organisation_id, itu, ties, version from focal_point_seats"
      + " where organisation_id = ?";
  static final String READ_ORGANISATION = "select id, name, name_key, membership_type, country, sectors, address,"
      + " website, status, declared_membership_type, entered_by, merged_into, version from organisation where id = ?";
  static final String READ_OTHERS = "select " + AFFILIATION_COLUMNS + " from affiliation where account_id = ?"
      + " order by requested_at desc, id desc";
  static final String CHECK_CURRENT = "select 1 from affiliation where account_id = ? and id <> ?"
      + " and state in ('APPROVED', 'LINKED')";
  static final String UPDATE = "update affiliation set (" + AFFILIATION_COLUMNS.substring(4) + ") = (?, ?, ?, ?, ?,"
      + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) where id = ? and version = ?";
  static final String READ_ACCOUNT = "select id, email_key, email, pending_email, title, first_name, last_name,"
      + " gender, job_title, professional_role, language, newsletter, terms_accepted_at, status, password,"
      + " lockout_failures, lockout_last_at, lockout_until, legacy_attributes, created_at, version from account"
      + " where id = ?";
  static final String INSERT_OUTBOX = "insert into outbox (idempotency_key, recipient, kind, locale, next_attempt,"
      + " data_subject) values (?, ?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing";
  static final String INSERT_PARAMETER = "insert into outbox_parameter (idempotency_key, name, value, secret)"
      + " values (?, ?, ?, ?)";
  static final String INSERT_EVENT = "insert into event_log (subject, type, event_class, occurred_at, actor_kind,"
      + " actor_ref, actor_locale, detail, attributes) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final DataSource dataSource;

  /**
   * Creates the baseline over the same data source as the library's host.
   *
   * @param dataSource the pool
   */
  public JdbcApprove(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Approves a pending request as the organisation's focal point.
   *
   * @param request the affiliation's id
   * @param decider the focal point's account id
   * @return the new version
   * @throws SQLException when the database refuses
   */
  public long approve(UUID request, UUID decider) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long version = approve(c, request, decider);
        c.commit();
        return version;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private static long approve(Connection c, UUID id, UUID decider) throws SQLException {
    UUID account;
    UUID organisation;
    String membershipType;
    boolean wantsTies;
    Object requestedAt;
    Object submittedAt;
    Object remindedAt;
    Object escalatedAt;
    long version;
    try (PreparedStatement s = c.prepareStatement(READ_REQUEST)) {
      s.setObject(1, id, Types.OTHER);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalArgumentException("no such request");
        }
        if (!"PENDING".equals(r.getString("state"))) {
          throw new IllegalStateException("not pending");
        }
        account = r.getObject("account_id", UUID.class);
        organisation = r.getObject("organisation_id", UUID.class);
        membershipType = r.getString("membership_type");
        wantsTies = r.getBoolean("wants_ties_access");
        requestedAt = r.getObject("requested_at", OffsetDateTime.class);
        submittedAt = r.getObject("submitted_at", OffsetDateTime.class);
        remindedAt = r.getObject("reminded_at", OffsetDateTime.class);
        escalatedAt = r.getObject("escalated_at", OffsetDateTime.class);
        version = r.getLong("version");
      }
    }
    if (account.equals(decider)) {
      throw new IllegalStateException("nobody decides their own request");
    }
    String seat;
    try (PreparedStatement s = c.prepareStatement(READ_SEATS)) {
      s.setObject(1, organisation, Types.OTHER);
      try (ResultSet r = s.executeQuery()) {
        seat = !r.next() ? null : decider.equals(r.getObject("ties", UUID.class)) ? "TIES"
            : decider.equals(r.getObject("itu", UUID.class)) ? "ITU" : null;
      }
    }
    if (seat == null) {
      throw new IllegalStateException("not a focal point of the organisation");
    }
    String organisationName;
    try (PreparedStatement s = c.prepareStatement(READ_ORGANISATION)) {
      s.setObject(1, organisation, Types.OTHER);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next() || "NOT_A_MEMBER".equals(r.getString("membership_type"))) {
          throw new IllegalStateException("no decision for non-members");
        }
        organisationName = r.getString("name");
      }
    }
    try (PreparedStatement s = c.prepareStatement(READ_OTHERS)) {
      s.setObject(1, account, Types.OTHER);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String state = r.getString("state");
          if (state.equals("APPROVED") || state.equals("LINKED")) {
            throw new IllegalStateException("ending a current affiliation is not part of the baseline");
          }
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement(CHECK_CURRENT)) {
      s.setObject(1, account, Types.OTHER);
      s.setObject(2, id, Types.OTHER);
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          throw new IllegalStateException("the account has a current affiliation");
        }
      }
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    try (PreparedStatement s = c.prepareStatement(UPDATE)) {
      s.setObject(1, account, Types.OTHER);
      s.setObject(2, organisation, Types.OTHER);
      s.setString(3, membershipType);
      s.setString(4, "APPROVED");
      s.setBoolean(5, wantsTies);
      s.setObject(6, requestedAt);
      setInstant(s, 7, submittedAt);
      s.setObject(8, now);
      s.setObject(9, decider, Types.OTHER);
      s.setString(10, seat);
      s.setString(11, null);
      s.setNull(12, Types.TIMESTAMP_WITH_TIMEZONE);
      s.setString(13, null);
      setInstant(s, 14, remindedAt);
      setInstant(s, 15, escalatedAt);
      s.setLong(16, version + 1);
      s.setObject(17, id, Types.OTHER);
      s.setLong(18, version);
      if (s.executeUpdate() == 0) {
        throw new IllegalStateException("the request changed since it was read");
      }
    }
    String email;
    String requesterName;
    String locale;
    try (PreparedStatement s = c.prepareStatement(READ_ACCOUNT)) {
      s.setObject(1, account, Types.OTHER);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("no such account");
        }
        email = r.getString("email");
        requesterName = r.getString("first_name") + " " + r.getString("last_name");
        locale = r.getString("language");
      }
    }
    String key = "affiliation.approved:" + id + ":" + account;
    try (PreparedStatement s = c.prepareStatement(INSERT_OUTBOX)) {
      s.setString(1, key);
      s.setString(2, email);
      s.setString(3, "affiliation.approved");
      s.setString(4, locale);
      s.setObject(5, now);
      s.setString(6, null); // the affiliation mail names no data subject
      if (s.executeUpdate() == 1) {
        try (PreparedStatement p = c.prepareStatement(INSERT_PARAMETER)) {
          parameter(p, key, "organisationName", organisationName);
          parameter(p, key, "requesterName", requesterName);
          parameter(p, key, "affiliationId", id.toString());
          p.executeBatch();
        }
      }
    }
    try (PreparedStatement s = c.prepareStatement(INSERT_EVENT)) {
      s.setString(1, "affiliation:" + id);
      s.setString(2, "AffiliationApproved");
      s.setString(3, "org.memberportal.affiliation.membership.AffiliationEvent$Approved");
      s.setObject(4, now);
      s.setString(5, "AccountHolder");
      s.setString(6, decider.toString());
      s.setString(7, "en");
      s.setString(8, "");
      s.setString(9, "affiliation=" + id + "\naccount=" + account + "\norganisation=" + organisation
          + "\nmembershipType=" + membershipType + "\nmemberOrganisation=true\nwantsTiesAccess=" + wantsTies
          + "\ndecidedBy=" + decider + "\ndecidedAs=" + seat);
      s.executeUpdate();
    }
    return version + 1;
  }

  private static void setInstant(PreparedStatement s, int index, Object value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      s.setObject(index, value);
    }
  }

  private static void parameter(PreparedStatement p, String key, String name, String value) throws SQLException {
    p.setString(1, key);
    p.setString(2, name);
    p.setString(3, value);
    p.setBoolean(4, false);
    p.addBatch();
  }
}
