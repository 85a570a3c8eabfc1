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
 * The expert's floor of B1 and B7: "a focal point approves an affiliation" as a PostgreSQL expert would hand-write
 * it for the same obligations, in the fewest round trips: <b>one statement, one round trip</b>, committed on its own
 * (auto-commit), so the whole command is one transaction. Its data-modifying CTEs make the library's checks and
 * write the library's rows:
 * <ol>
 *   <li>the checks, in one read joining the request, the organisation's focal point seats and the organisation:
 *       the request is pending, the decider holds a seat of its organisation (the TIES seat read first, as the
 *       library does) and is not the requester, the organisation is a member, and the account has no other current
 *       affiliation (the unique index {@code affiliation_one_current} stands behind this check under concurrency);</li>
 *   <li>the update of the request, guarded by the version it read (a concurrent decision makes it update nothing);</li>
 *   <li>the user's letter: the outbox row under the library's idempotency key (addressed from the requester's account,
 *       in its language) and its three parameters, only when the row is new;</li>
 *   <li>the {@code AffiliationApproved} event row, in the library's encoding.</li>
 * </ol>
 * When a check fails, nothing is written and the statement returns no row; the expert's code would then read why
 * (a second round trip on the refusal path only), which the benchmarks never take. {@code ExpertApproveTests} holds
 * the rows it writes to the library's, column by column, and its refusals to the library's.
 */
public final class ExpertApprove {

  /** The whole command. Parameters: the request, the decider, the time of the decision. */
  static final String APPROVE = """
      with args as (
        select cast(? as uuid) as request, cast(? as uuid) as decider, cast(? as timestamptz) as moment
      ), checked as (
        select a.id, a.version, o.name as organisation_name, x.decider, x.moment,
               case when s.ties = x.decider then 'TIES' else 'ITU' end as seat
        from args x
        join affiliation a on a.id = x.request
        join focal_point_seats s on s.organisation_id = a.organisation_id
        join organisation o on o.id = a.organisation_id
        where a.state = 'PENDING' and a.account_id <> x.decider and (s.ties = x.decider or s.itu = x.decider)
          and o.membership_type <> 'NOT_A_MEMBER'
          and not exists (select 1 from affiliation c where c.account_id = a.account_id and c.id <> a.id
                          and c.state in ('APPROVED', 'LINKED'))
      ), approved as (
        update affiliation a set state = 'APPROVED', decided_at = c.moment, decided_by = c.decider,
               decided_as = c.seat, reason = null, ended_at = null, end_cause = null, version = a.version + 1
        from checked c where a.id = c.id and a.version = c.version
        returning a.id, a.account_id, a.organisation_id, a.membership_type, a.wants_ties_access, a.version,
                  c.seat, c.organisation_name, c.decider, c.moment
      ), letter as (
        select p.*, 'affiliation.approved:' || p.id || ':' || p.account_id as idempotency_key, r.email, r.language,
               r.first_name || ' ' || r.last_name as requester_name
        from approved p join account r on r.id = p.account_id
      ), queued as (
        insert into outbox (idempotency_key, recipient, kind, locale, next_attempt, data_subject)
        select idempotency_key, email, 'affiliation.approved', language, moment, null from letter
        on conflict (idempotency_key) do nothing
        returning idempotency_key
      ), parameters as (
        insert into outbox_parameter (idempotency_key, name, value, secret)
        select q.idempotency_key, v.name, v.value, false
        from queued q join letter l using (idempotency_key)
        cross join lateral (values ('organisationName', l.organisation_name), ('requesterName', l.requester_name),
                                   ('affiliationId', l.id::text)) v (name, value)
      ), logged as (
        insert into event_log (subject, type, event_class, occurred_at, actor_kind, actor_ref, actor_locale, detail,
                               attributes)
        select 'affiliation:' || id, 'AffiliationApproved',
               'org.memberportal.affiliation.membership.AffiliationEvent$Approved', moment, 'AccountHolder',
               decider::text, 'en', '',
               'affiliation=' || id || E'\\naccount=' || account_id || E'\\norganisation=' || organisation_id
               || E'\\nmembershipType=' || membership_type || E'\\nmemberOrganisation=true'
               || E'\\nwantsTiesAccess=' || wants_ties_access || E'\\ndecidedBy=' || decider
               || E'\\ndecidedAs=' || seat
        from approved
      )
      select version from approved
      """;

  private final DataSource dataSource;

  /**
   * Creates the floor over the same data source as the library's host.
   *
   * @param dataSource the pool
   */
  public ExpertApprove(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Approves a pending request as the organisation's focal point, in one round trip.
   *
   * @param request the affiliation's id
   * @param decider the focal point's account id
   * @return the new version
   * @throws IllegalStateException when a check refuses the decision (nothing is written)
   * @throws SQLException when the database refuses
   */
  public long approve(UUID request, UUID decider) throws SQLException {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(APPROVE)) {
      s.setObject(1, request, Types.OTHER);
      s.setObject(2, decider, Types.OTHER);
      s.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("the decision is refused");
        }
        return r.getLong(1);
      }
    }
  }
}
