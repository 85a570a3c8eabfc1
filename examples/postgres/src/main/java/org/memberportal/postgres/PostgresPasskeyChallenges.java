/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apiguardian.api.API;
import org.memberportal.account.factor.PasskeyChallenge;
import org.memberportal.account.port.PasskeyChallenges;
import org.memberportal.account.verification.CodeSubject;

/**
 * The open WebAuthn challenges in {@code passkey_challenge} (V504); taking one deletes its row, so only one
 * transaction can take it. Handing one out also deletes those that expired before it ({@link #forgetExpired}).
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class PostgresPasskeyChallenges extends JdbcStore implements PasskeyChallenges {

  /**
   * Creates the store.
   *
   * @param transactions the host's transactions, which the store's writes join
   */
  public PostgresPasskeyChallenges(Connections transactions) {
    super(transactions);
  }

  @Override
  public void add(PasskeyChallenge challenge) {
    write("insert into passkey_challenge (id, holder, ceremony, challenge,"
        + " expires_at) values (?, ?, ?, ?, ?)", b -> b.uuid(challenge.id()).text(challenge.holder().value())
        .text(challenge.ceremony().name()).text(challenge.challenge()).instant(challenge.expiresAt()));
  }

  @Override
  public Optional<PasskeyChallenge> take(UUID id) {
    return one("delete from passkey_challenge where id = ?"
        + " returning id, holder, ceremony, challenge, expires_at", b -> b.uuid(id),
        rows -> new PasskeyChallenge(Sql.uuid(rows, "id"), new CodeSubject(rows.getString("holder")),
            PasskeyChallenge.Ceremony.valueOf(rows.getString("ceremony")), rows.getString("challenge"),
            Sql.requiredInstant(rows, "expires_at")));
  }

  @Override
  public void forgetExpired(Instant now) {
    write("delete from passkey_challenge where expires_at < ?",
        b -> b.instant(now));
  }
}
