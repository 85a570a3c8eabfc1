/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.port.Profiles;
import org.memberportal.careers.profile.ContractInformation;
import org.memberportal.careers.profile.ContractInterest;
import org.memberportal.careers.profile.Profile;

/**
 * The careers module's {@link Profiles} port on PostgreSQL (table {@code profile}): each profile is one document
 * ({@link ProfileDocument}, format {@value ProfileDocument#FORMAT}), with the columns the queries need beside it
 * (last activity for the retention rule, the declared interests under a GIN index for talent search). A profile
 * is always read and written whole, so a document is simpler than a table per section and loses nothing.
 * Saves check the version column in the same statement.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresProfiles extends JdbcStore implements Profiles {

  /**
   * Creates the store.
   *
   * @param transactions the host's transactions, which the store's writes join
   */
  public PostgresProfiles(Connections transactions) {
    super(transactions);
  }

  @Override
  public Optional<Profile> find(CandidateId candidate) {
    return one("select format, document from profile where candidate_id = ?",
        b -> b.uuid(candidate.value()), PostgresProfiles::read);
  }

  @Override
  public Profile add(Profile profile) {
    Profile added = profile.withVersion(1);
    // a first edit racing another waits for it, then reports 0 rows: the transaction stays usable
    return versionedWrite(added, "insert into profile (candidate_id, created_at, last_activity,"
        + " interests, format, document, version) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
        b -> bind(b.uuid(added.candidate().value()), added).number(added.version()),
        "the profile changed meanwhile (expected version 0)");
  }

  @Override
  public Profile update(Profile profile) {
    Profile updated = profile.withVersion(profile.version() + 1);
    return versionedWrite(updated, "update profile set (created_at, last_activity, interests, format,"
        + " document, version) = (?, ?, ?, ?, ?, ?) where candidate_id = ? and version = ?",
        b -> bind(b, updated).number(updated.version()).uuid(updated.candidate().value()).number(profile.version()),
        "the profile changed meanwhile (expected version " + profile.version() + ")");
  }

  @Override
  public boolean remove(CandidateId candidate) {
    return write("delete from profile where candidate_id = ?", b -> b.uuid(candidate.value())) > 0;
  }

  @Override
  public List<CandidateId> inactiveSince(Instant cutoff) {
    return list("select candidate_id from profile where last_activity < ?"
        + " order by candidate_id", b -> b.instant(cutoff), rows -> new CandidateId(Sql.uuid(rows, "candidate_id")));
  }

  @Override
  public List<CandidateId> interestedIn(ContractInterest interest) {
    return list("select candidate_id from profile where interests @> ?",
        b -> b.texts(List.of(interest.name())), rows -> new CandidateId(Sql.uuid(rows, "candidate_id")));
  }

  /** Binds every column after {@code candidate_id} and before {@code version}. */
  private static Sql.Binder bind(Sql.Binder b, Profile p) throws SQLException {
    return b.instant(p.createdAt())
        .instant(p.lastActivity())
        .texts(p.contractInformation().map(ContractInformation::interests).orElse(Set.of()).stream()
            .map(Enum::name).toList())
        .text(ProfileDocument.FORMAT)
        .text(ProfileDocument.encode(p));
  }

  private static Profile read(ResultSet rows) throws SQLException {
    return decode(rows, "format", "document");
  }

  /** Decodes a profile document column; a damaged one is a database failure, not a bug of the caller. */
  static Profile decode(ResultSet rows, String formatColumn, String documentColumn) throws SQLException {
    try {
      return ProfileDocument.decode(rows.getString(formatColumn), rows.getString(documentColumn));
    } catch (IllegalArgumentException e) {
      throw new SQLException(e.getMessage(), "XX001");
    }
  }
}
