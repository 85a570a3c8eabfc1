/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.memberportal.careers.CareersRefusals.APPLICATION_ALREADY_APPLIED;
import static org.memberportal.careers.CareersRefusals.APPLICATION_DUPLICATE_ID;
import static org.memberportal.careers.CareersRefusals.APPLICATION_NOT_FOUND;
import static org.memberportal.kernel.KernelRefusals.STALE_VERSION;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationId;
import org.memberportal.careers.application.ApplicationStatus;
import org.memberportal.careers.application.Move;
import org.memberportal.careers.port.Applications;
import org.memberportal.careers.profile.Profile;
import org.memberportal.careers.profile.ProfileSnapshot;
import org.memberportal.careers.vacancy.VacancyId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.NotFound;

/**
 * The careers module's {@link Applications} port on PostgreSQL (tables {@code application} and
 * {@code application_move}): a partial unique index keeps one live application per candidate and vacancy across
 * instances; updates check the version column; the history of moves is append-only rows; the profile frozen at
 * submission is one document ({@link ProfileDocument}, the codec {@link PostgresProfiles} uses) in
 * {@code profile_document}, its format named in {@code profile_format}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresApplications extends JdbcStore implements Applications {

  private static final String COLUMNS = "id, candidate_id, vacancy_id, status, email, language, cover_letter,"
      + " started_at, submitted_at, profile_taken_at, profile_format, profile_document, outcome_notified, erased,"
      + " version";
  private static final String SELECT = "select " + COLUMNS + " from application ";

  /**
   * Creates the store.
   *
   * @param transactions the host's transactions, which the store's writes join
   */
  public PostgresApplications(Connections transactions) {
    super(transactions);
  }

  @Override
  public Optional<Application> find(ApplicationId id) {
    return transactions.withConnection(c -> {
      List<Application> found = select(c, SELECT + "where id = ?", b -> b.uuid(id.value()));
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public Application add(Application application) {
    Application a = application.withVersion(1);
    return transactions.withConnection(c -> {
      // the check is in the statement: the usual refusal costs no round trip of its own
      if (Sql.update(c, "insert into application (" + COLUMNS + ") select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
          + " where " + noSecondLive(a) + " on conflict do nothing",
          b -> noSecondLive(bind(b.uuid(a.id().value()), a).number(a.version()), a)) == 0) {
        refuseSecondLive(c, a);
        if (Sql.exists(c, "select 1 from application where id = ?", b -> b.uuid(a.id().value()))) {
          throw new Conflict(APPLICATION_DUPLICATE_ID, "application " + a.id() + " exists");
        }
        throw new Conflict(APPLICATION_ALREADY_APPLIED, "the candidate already applied to this vacancy");
      }
      insertMoves(c, a, 0);
      return a;
    });
  }

  @Override
  public Application update(Application application) {
    Application a = application.withVersion(application.version() + 1);
    return transactions.withConnection(c -> {
      // the moves stored so far come back with the update: moves are only ever added
      // a racing transaction that made another live application aborts this one
      List<Integer> stored = Sql.refusingDuplicate(() -> Sql.list(c, "update application set ("
          + COLUMNS.substring(4) + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) where id = ? and version = ? and "
          + noSecondLive(a)
          + " returning (select count(*) from application_move m where m.application_id = application.id)",
          b -> noSecondLive(bind(b, a).number(a.version()).uuid(a.id().value()).number(application.version()), a),
          rows -> rows.getInt(1)),
          () -> new Conflict(APPLICATION_ALREADY_APPLIED, "the candidate already applied to this vacancy"));
      if (stored.isEmpty()) {
        refuseSecondLive(c, a);
        if (!Sql.exists(c, "select 1 from application where id = ?", b -> b.uuid(a.id().value()))) {
          throw new NotFound(APPLICATION_NOT_FOUND, "no application " + a.id());
        }
        throw new Conflict(STALE_VERSION, "application " + a.id() + " changed meanwhile");
      }
      insertMoves(c, a, stored.get(0));
      return a;
    });
  }

  @Override
  public void remove(ApplicationId id) {
    write("delete from application where id = ?",
        b -> b.uuid(id.value()));
  }

  @Override
  public List<Application> ofCandidate(CandidateId candidate) {
    return transactions.withConnection(c -> select(c, SELECT + "where candidate_id = ? order by started_at desc, id",
        b -> b.uuid(candidate.value())));
  }

  @Override
  public List<Application> ofVacancy(VacancyId vacancy) {
    return transactions.withConnection(c -> select(c, SELECT + "where vacancy_id = ? order by started_at, id",
        b -> b.uuid(vacancy.value())));
  }

  /**
   * The condition a write of {@code a} needs: no other live application of its candidate to its vacancy when
   * {@code a} is live (parameters bound by {@link #noSecondLive(Sql.Binder, Application)}); {@link
   * #refuseSecondLive} says when it failed.
   */
  private static String noSecondLive(Application a) {
    return a.status().live() ? "not exists (select 1 from application where candidate_id = ? and vacancy_id = ?"
        + " and id <> ? and status not in ('WITHDRAWN', 'EXPIRED'))" : "true";
  }

  private static Sql.Binder noSecondLive(Sql.Binder b, Application a) throws SQLException {
    return a.status().live() ? b.uuid(a.candidate().value()).uuid(a.vacancy().value()).uuid(a.id().value()) : b;
  }

  private static void refuseSecondLive(Connection c, Application a) throws SQLException {
    if (a.status().live() && Sql.exists(c, "select 1 from application where candidate_id = ? and vacancy_id = ?"
        + " and id <> ? and status not in ('WITHDRAWN', 'EXPIRED')",
        b -> b.uuid(a.candidate().value()).uuid(a.vacancy().value()).uuid(a.id().value()))) {
      throw new Conflict(APPLICATION_ALREADY_APPLIED, "the candidate already applied to this vacancy");
    }
  }

  /** Appends the moves the stored history does not have yet: moves are only ever added. */
  private static void insertMoves(Connection c, Application a, int stored) throws SQLException {
    List<Move> moves = a.moves();
    for (int i = stored; i < moves.size(); i++) {
      Move m = moves.get(i);
      int position = i;
      Sql.update(c, "insert into application_move (application_id, position, action, from_status, to_status,"
          + " actor_kind, actor_ref, actor_locale, at, reason, step) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          b -> b.uuid(a.id().value()).integer(position).text(m.action().name()).text(m.from().name())
              .text(m.to().name()).text(Actors.kind(m.by())).text(Actors.reference(m.by()))
              .text(m.by().locale().toLanguageTag()).instant(m.at()).text(m.reason()).text(m.step()));
    }
  }

  /** Binds every column after {@code id} and before {@code version}. */
  private static Sql.Binder bind(Sql.Binder b, Application a) throws SQLException {
    Optional<ProfileSnapshot> p = a.profile();
    return b.uuid(a.candidate().value())
        .uuid(a.vacancy().value())
        .text(a.status().name())
        .text(a.email().map(EmailAddress::display))
        .text(a.language().toLanguageTag())
        .text(a.coverLetter())
        .instant(a.startedAt())
        .instant(a.submittedAt().orElse(null))
        .instant(p.map(ProfileSnapshot::takenAt).orElse(null))
        .text(p.map(s -> ProfileDocument.FORMAT))
        .text(p.map(s -> ProfileDocument.encode(s.profile())))
        .bool(a.outcomeNotified())
        .bool(a.erased());
  }

  private static List<Application> select(Connection c, String sql, Sql.Binding binding) throws SQLException {
    List<Application.Builder> builders = new ArrayList<>();
    List<ApplicationId> ids = new ArrayList<>();
    Sql.list(c, sql, binding, rows -> {
      Application.Builder b = read(rows);
      builders.add(b);
      ids.add(new ApplicationId(Sql.uuid(rows, "id")));
      return b;
    });
    List<Application> found = new ArrayList<>();
    for (int i = 0; i < builders.size(); i++) {
      ApplicationId id = ids.get(i);
      builders.get(i).addAllMoves(Sql.list(c, "select action, from_status, to_status, actor_kind, actor_ref, actor_locale,"
          + " at, reason, step from application_move where application_id = ? order by position",
          b -> b.uuid(id.value()), PostgresApplications::move));
      found.add(builders.get(i).build());
    }
    return found;
  }

  private static Move move(ResultSet rows) throws SQLException {
    return new Move(ApplicationAction.valueOf(rows.getString("action")),
        ApplicationStatus.valueOf(rows.getString("from_status")),
        ApplicationStatus.valueOf(rows.getString("to_status")),
        Actors.read(rows.getString("actor_kind"), rows.getString("actor_ref"), rows.getString("actor_locale")),
        Sql.requiredInstant(rows, "at"), Sql.optionalText(rows, "reason"), Sql.optionalText(rows, "step"));
  }

  private static Application.Builder read(ResultSet rows) throws SQLException {
    CandidateId candidate = new CandidateId(Sql.uuid(rows, "candidate_id"));
    Instant takenAt = Sql.instant(rows, "profile_taken_at");
    Application.Builder b = Application.builder();
    b.id(new ApplicationId(Sql.uuid(rows, "id")))
        .candidate(candidate)
        .vacancy(new VacancyId(Sql.uuid(rows, "vacancy_id")))
        .status(ApplicationStatus.valueOf(rows.getString("status")))
        .email(Sql.optionalText(rows, "email").map(EmailAddress::of))
        .language(Locale.forLanguageTag(rows.getString("language")))
        .coverLetter(Sql.optionalText(rows, "cover_letter"))
        .startedAt(Sql.requiredInstant(rows, "started_at"))
        .submittedAt(Optional.ofNullable(Sql.instant(rows, "submitted_at")))
        .outcomeNotified(rows.getBoolean("outcome_notified"))
        .erased(rows.getBoolean("erased"))
        .version(rows.getLong("version"));
    if (takenAt != null) {
      Profile profile = PostgresProfiles.decode(rows, "profile_format", "profile_document");
      if (!profile.candidate().equals(candidate) || !profile.complete()) {
        throw new SQLException("application " + rows.getString("id") + " holds another candidate's or an incomplete"
            + " profile", "XX001");
      }
      b.profile(ProfileSnapshot.of(profile, takenAt));
    }
    return b;
  }
}
