/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.factor.Passkey;
import org.memberportal.account.factor.PasskeyId;
import org.memberportal.account.port.PasskeyRegister;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.Conflict;

/**
 * The passkeys in {@code passkey} (V504): public keys and counters; the unique credential id and the unique name a
 * holder are the database's constraints.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class PostgresPasskeyRegister extends JdbcStore implements PasskeyRegister {

  private static final String COLUMNS =
      "id, holder, name, credential_id, public_key, sign_count, added_at, last_used_at, version";
  private static final String SELECT = "select " + COLUMNS + " from passkey ";

  /**
   * Creates the store.
   *
   * @param transactions the host's transactions, which the store's writes join
   */
  public PostgresPasskeyRegister(Connections transactions) {
    super(transactions);
  }

  @Override
  public Optional<Passkey> find(PasskeyId id) {
    return byId(SELECT, id.value(), PostgresPasskeyRegister::read);
  }

  @Override
  public Optional<Passkey> findByCredential(String credentialId) {
    return one(SELECT + "where credential_id = ?",
        b -> b.text(credentialId), PostgresPasskeyRegister::read);
  }

  @Override
  public List<Passkey> of(CodeSubject holder) {
    return list(SELECT + "where holder = ? order by added_at, id", b -> b.text(holder.value()),
        PostgresPasskeyRegister::read);
  }

  @Override
  public Passkey add(Passkey passkey) {
    Passkey stored = passkey.withVersion(1);
    // any unique constraint (id, credential, name a holder) makes "do nothing" write no row
    return writeOrRefuse(stored, "insert into passkey (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        + " on conflict do nothing", b -> b.uuid(stored.id().value()).text(stored.holder().value())
        .text(stored.name()).text(stored.credentialId()).text(stored.publicKey()).number(stored.signCount())
        .instant(stored.addedAt()).instant(stored.lastUsedAt()).number(1),
        AccountRefusals.PASSKEY_TAKEN, "the passkey or its name is registered already");
  }

  /**
   * Replaces the passkey read at its version (its counter after a sign-in, its name after a rename). The library
   * checks a new name first; a rename racing to the same name meets the unique index, whose violation aborts the
   * transaction and is the name's refusal.
   *
   * @param passkey the changed passkey, at the version read
   * @return it as stored, at the next version
   * @throws Conflict {@code kernel.stale-version} when it changed or is gone; {@code account.passkey-taken} when
   *     another passkey of its holder has its name (whatever the case)
   */
  @Override
  public Passkey update(Passkey passkey) {
    Passkey stored = passkey.withVersion(passkey.version() + 1);
    return transactions.withConnection(c -> Sql.refusingDuplicate(() -> {
      Sql.versionedWrite(c, "update passkey set name = ?, sign_count = ?, last_used_at = ?, version = ?"
          + " where id = ? and version = ?", b -> b.text(stored.name()).number(stored.signCount())
          .instant(stored.lastUsedAt()).number(stored.version()).uuid(stored.id().value())
          .number(passkey.version()), "the passkey changed meanwhile");
      return stored;
    }, () -> new Conflict(AccountRefusals.PASSKEY_TAKEN, "the holder has a passkey of this name")));
  }

  @Override
  public void remove(PasskeyId id) {
    write("delete from passkey where id = ?", b -> b.uuid(id.value()));
  }

  private static Passkey read(ResultSet rows) throws SQLException {
    return new Passkey(new PasskeyId(Sql.uuid(rows, "id")), new CodeSubject(rows.getString("holder")),
        rows.getString("name"), rows.getString("credential_id"), rows.getString("public_key"),
        rows.getLong("sign_count"), Sql.requiredInstant(rows, "added_at"), Sql.instant(rows, "last_used_at"),
        rows.getLong("version"));
  }
}
