/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.ties.handover.PendingHandOver;
import org.memberportal.ties.port.PendingHandOvers;

/**
 * The TIES module's {@link PendingHandOvers} on PostgreSQL (table {@code ties_pending_hand_over}, one row per
 * organisation, found by the unique hash of its token).
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class PostgresPendingHandOvers extends JdbcStore implements PendingHandOvers {

  /**
   * Creates the store.
   *
   * @param transactions the host's transactions, which the store's writes join
   */
  public PostgresPendingHandOvers(Connections transactions) {
    super(transactions);
  }

  @Override
  public void add(PendingHandOver handOver) {
    // one statement replaces the organisation's earlier hand-over, even when two focal points prepare at once
    write("insert into ties_pending_hand_over (organisation_id, token_hash,"
        + " former, successor, prepared_by, expires_at) values (?, ?, ?, ?, ?, ?)"
        + " on conflict (organisation_id) do update set token_hash = excluded.token_hash, former = excluded.former,"
        + " successor = excluded.successor, prepared_by = excluded.prepared_by, expires_at = excluded.expires_at",
        b -> b.uuid(handOver.organisation().value()).text(handOver.tokenHash()).uuid(handOver.former().value())
            .uuid(handOver.successor().value()).uuid(handOver.preparedBy().value())
            .instant(handOver.expiresAt()));
  }

  @Override
  public Optional<PendingHandOver> remove(String tokenHash) {
    // delete ... returning: of two confirmations racing on one token, only one gets the row
    return one("delete from ties_pending_hand_over where token_hash = ?"
        + " returning organisation_id, token_hash, former, successor, prepared_by, expires_at",
        b -> b.text(tokenHash), PostgresPendingHandOvers::read);
  }

  private static PendingHandOver read(ResultSet rows) throws SQLException {
    return PendingHandOver.builder()
        .organisation(new OrganisationId(Sql.uuid(rows, "organisation_id")))
        .tokenHash(rows.getString("token_hash"))
        .former(new AccountId(Sql.uuid(rows, "former")))
        .successor(new AccountId(Sql.uuid(rows, "successor")))
        .preparedBy(new AccountId(Sql.uuid(rows, "prepared_by")))
        .expiresAt(Sql.requiredInstant(rows, "expires_at"))
        .build();
  }
}
