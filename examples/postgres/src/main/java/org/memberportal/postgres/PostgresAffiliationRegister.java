/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.memberportal.affiliation.AffiliationRefusals.ALREADY_AFFILIATED;
import static org.memberportal.affiliation.AffiliationRefusals.REQUEST_ALREADY_OPEN;
import static org.memberportal.kernel.KernelRefusals.STALE_VERSION;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.EndCause;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.port.AffiliationRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Conflict;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The affiliation module's {@link AffiliationRegister} on PostgreSQL (table {@code affiliation}): partial unique
 * indexes keep one open request and one current affiliation per account across instances, and a versioned
 * update makes two focal points deciding one request at once end with one decision and one {@link Conflict}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresAffiliationRegister extends JdbcStore implements AffiliationRegister {

  private static final String OPEN_STATES = "('REQUESTED', 'PENDING')";
  private static final String CURRENT_STATES = "('APPROVED', 'LINKED')";
  private static final String COLUMNS = "id, account_id, organisation_id, membership_type, state, wants_ties_access,"
      + " requested_at, submitted_at, decided_at, decided_by, decided_as, reason, ended_at, end_cause, reminded_at,"
      + " escalated_at, version";
  private static final String SELECT = "select " + COLUMNS + " from affiliation ";
  private static final String BY_ACCOUNT = " order by requested_at desc, id desc";

  /**
   * Creates the register.
   *
   * @param transactions the host's transactions, which the register's writes join
   */
  public PostgresAffiliationRegister(Connections transactions) {
    super(transactions);
  }

  /**
   * Reads the affiliation; in a transaction of {@link PostgresTransactions}, in the same round trip, what a decision
   * on it reads next (its organisation's focal point seats, the organisation, the account's affiliations), kept for
   * those reads until the transaction's next statement ({@link ReadAhead}).
   */
  @Override
  public Optional<Affiliation> find(AffiliationId id) {
    if (!ReadAhead.available(transactions)) {
      return byId(SELECT, id.value(), PostgresAffiliationRegister::read);
    }
    return transactions.withConnection(c -> ReadAhead.of(c, SELECT + "where id = ?;"
          + PostgresFocalPointRegister.SELECT + "where organisation_id = (select organisation_id from affiliation"
          + " where id = ?);"
          + PostgresOrganisationRegister.SELECT + "where id = (select organisation_id from affiliation where id = ?);"
          + SELECT + "where account_id = (select account_id from affiliation where id = ?)" + BY_ACCOUNT,
          b -> b.uuid(id.value()).uuid(id.value()).uuid(id.value()).uuid(id.value()), reads -> {
            Optional<Affiliation> found = reads.next(PostgresAffiliationRegister::read).stream().findFirst();
            if (found.isPresent()) {
              Affiliation a = found.get();
              reads.keepOne(transactions, ReadAhead.SEATS + a.organisation().value(),
                  PostgresFocalPointRegister::read);
              reads.keepOne(transactions, ReadAhead.ORGANISATION + a.organisation().value(),
                  PostgresOrganisationRegister::read);
              ReadAhead.keep(transactions, ReadAhead.AFFILIATIONS + a.account().value(),
                  reads.next(PostgresAffiliationRegister::read));
            }
            return found;
          }));
  }

  @Override
  public Affiliation add(Affiliation affiliation) {
    Affiliation next = affiliation.withVersion(1);
    return transactions.withConnection(c -> {
      // the check is in the statement, so that the usual refusal leaves the transaction usable and costs no round
      // trip of its own; the unique indexes settle the races the check cannot see
      int written = Sql.update(c, "insert into affiliation (" + COLUMNS + ") select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
          + " ?, ?, ?, ?, ?, ? where " + noSecond(next) + " on conflict do nothing",
          b -> noSecond(bind(b.uuid(next.id().value()), next).number(1), next));
      if (written == 0) {
        // a second open or current affiliation, or a racing transaction's row this one could not see
        refuseSecond(c, next);
        throw new Conflict(STALE_VERSION, "affiliation already stored");
      }
      return next;
    });
  }

  @Override
  public Affiliation update(Affiliation affiliation) {
    Affiliation next = affiliation.withVersion(affiliation.version() + 1);
    return transactions.withConnection(c -> {
      int written;
      try {
        written = Sql.update(c, "update affiliation set (" + COLUMNS.substring(4) + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?,"
            + " ?, ?, ?, ?, ?, ?, ?) where id = ? and version = ? and " + noSecond(next), b -> noSecond(bind(b, next)
            .number(next.version()).uuid(next.id().value()).number(affiliation.version()), next));
      } catch (PSQLException e) {
        throw uniqueViolation(e).orElseThrow(() -> e);
      }
      if (written == 0) {
        refuseSecond(c, next);
        throw new Conflict(STALE_VERSION, "affiliation changed since it was read");
      }
      return next;
    });
  }


  @Override
  public List<Affiliation> ofAccount(AccountId account) {
    return ReadAhead.take(transactions, ReadAhead.AFFILIATIONS + account.value(), c -> Sql.list(c,
        SELECT + "where account_id = ?" + BY_ACCOUNT, b -> b.uuid(account.value()), PostgresAffiliationRegister::read));
  }

  @Override
  public List<Affiliation> ofOrganisation(OrganisationId organisation, Set<AffiliationState> states) {
    return list(SELECT + "where organisation_id = ? and state = any (?)"
        + " order by requested_at, id",
        b -> b.uuid(organisation.value()).texts(states.stream().map(Enum::name).toList()),
        PostgresAffiliationRegister::read);
  }

  @Override
  public List<Affiliation> pendingSince(Instant instant) {
    return list(SELECT + "where state = 'PENDING' and submitted_at <= ?"
        + " order by submitted_at, id", b -> b.instant(instant), PostgresAffiliationRegister::read);
  }

  /**
   * The condition a write of {@code a} needs: no other open affiliation of its account when {@code a} is open, no
   * other current one when it is current (parameters: the account, the affiliation, bound by {@link #noSecond(
   * Sql.Binder, Affiliation)}). {@link #refuseSecond} says which one failed.
   */
  private static String noSecond(Affiliation a) {
    if (!a.state().open() && !a.state().current()) {
      return "true";
    }
    return "not exists (select 1 from affiliation where account_id = ? and id <> ? and state in "
        + (a.state().open() ? OPEN_STATES : CURRENT_STATES) + ")";
  }

  private static Sql.Binder noSecond(Sql.Binder b, Affiliation a) throws SQLException {
    return a.state().open() || a.state().current() ? b.uuid(a.account().value()).uuid(a.id().value()) : b;
  }

  private static void refuseSecond(Connection c, Affiliation a) throws SQLException {
    if (a.state().open() && Sql.exists(c, "select 1 from affiliation where account_id = ? and id <> ? and state in "
        + OPEN_STATES, b -> b.uuid(a.account().value()).uuid(a.id().value()))) {
      throw new Conflict(REQUEST_ALREADY_OPEN, "the account has an open request");
    }
    if (a.state().current() && Sql.exists(c, "select 1 from affiliation where account_id = ? and id <> ?"
        + " and state in " + CURRENT_STATES, b -> b.uuid(a.account().value()).uuid(a.id().value()))) {
      throw new Conflict(ALREADY_AFFILIATED, "the account has a current affiliation");
    }
  }

  /** The conflict a unique index raised; PostgreSQL has aborted the transaction, which the command rolls back. */
  private static Optional<Conflict> uniqueViolation(PSQLException e) {
    ServerErrorMessage message = e.getServerErrorMessage();
    if (!DatabaseFailure.UNIQUE_VIOLATION.equals(e.getSQLState()) || message == null) {
      return Optional.empty();
    }
    return switch (String.valueOf(message.getConstraint())) {
      case "affiliation_one_open" -> Optional.of(new Conflict(REQUEST_ALREADY_OPEN, "the account has an open request"));
      case "affiliation_one_current" ->
          Optional.of(new Conflict(ALREADY_AFFILIATED, "the account has a current affiliation"));
      default -> Optional.empty();
    };
  }

  /** Binds every column after {@code id} and before {@code version}. */
  private static Sql.Binder bind(Sql.Binder b, Affiliation a) throws SQLException {
    return b.uuid(a.account().value())
        .uuid(a.organisation().value())
        .text(a.membershipType().name())
        .text(a.state().name())
        .bool(a.wantsTiesAccess())
        .instant(a.requestedAt())
        .instant(a.submittedAt().orElse(null))
        .instant(a.decidedAt().orElse(null))
        .uuid(a.decidedBy().map(AccountId::value).orElse(null))
        .text(a.decidedAs().map(Enum::name))
        .text(a.reason())
        .instant(a.endedAt().orElse(null))
        .text(a.endCause().map(Enum::name))
        .instant(a.remindedAt().orElse(null))
        .instant(a.escalatedAt().orElse(null));
  }

  private static Affiliation read(ResultSet rows) throws SQLException {
    return Affiliation.builder()
        .id(new AffiliationId(Sql.uuid(rows, "id")))
        .account(new AccountId(Sql.uuid(rows, "account_id")))
        .organisation(new OrganisationId(Sql.uuid(rows, "organisation_id")))
        .membershipType(MembershipType.valueOf(rows.getString("membership_type")))
        .state(AffiliationState.valueOf(rows.getString("state")))
        .wantsTiesAccess(rows.getBoolean("wants_ties_access"))
        .requestedAt(Sql.requiredInstant(rows, "requested_at"))
        .submittedAt(Optional.ofNullable(Sql.instant(rows, "submitted_at")))
        .decidedAt(Optional.ofNullable(Sql.instant(rows, "decided_at")))
        .decidedBy(Sql.optionalUuid(rows, "decided_by").map(AccountId::new))
        .decidedAs(Sql.optionalText(rows, "decided_as").map(FocalPointRole::valueOf))
        .reason(Sql.optionalText(rows, "reason"))
        .endedAt(Optional.ofNullable(Sql.instant(rows, "ended_at")))
        .endCause(Sql.optionalText(rows, "end_cause").map(EndCause::valueOf))
        .remindedAt(Optional.ofNullable(Sql.instant(rows, "reminded_at")))
        .escalatedAt(Optional.ofNullable(Sql.instant(rows, "escalated_at")))
        .version(rows.getLong("version"))
        .build();
  }
}
