/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.privacy.Consent;
import org.memberportal.careers.privacy.ConsentScope;

/**
 * The careers module's {@link Consents} port on PostgreSQL (table {@code consent}): an append-only history per
 * candidate, where a withdrawal stamps the consent of the same scope given at the same instant.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresConsents extends JdbcStore implements Consents {

  /**
   * Creates the store.
   *
   * @param transactions the host's transactions, which the store's writes join
   */
  public PostgresConsents(Connections transactions) {
    super(transactions);
  }

  @Override
  public List<Consent> history(CandidateId candidate) {
    return list("select scope, given_at, withdrawn_at from consent"
        + " where candidate_id = ? order by position", b -> b.uuid(candidate.value()),
        rows -> new Consent(candidate, ConsentScope.valueOf(rows.getString("scope")),
            Sql.requiredInstant(rows, "given_at"), Optional.ofNullable(Sql.instant(rows, "withdrawn_at"))));
  }

  @Override
  public void add(Consent consent) {
    write("insert into consent (candidate_id, scope, given_at,"
        + " withdrawn_at) values (?, ?, ?, ?)", b -> b.uuid(consent.candidate().value())
        .text(consent.scope().name()).instant(consent.givenAt()).instant(consent.withdrawnAt().orElse(null)));
  }

  @Override
  public void update(Consent consent) {
    write("update consent set withdrawn_at = ? where candidate_id = ?"
        + " and scope = ? and given_at = ?", b -> b.instant(consent.withdrawnAt().orElse(null))
        .uuid(consent.candidate().value()).text(consent.scope().name()).instant(consent.givenAt()));
  }

  @Override
  public void remove(CandidateId candidate) {
    write("delete from consent where candidate_id = ?",
        b -> b.uuid(candidate.value()));
  }
}
