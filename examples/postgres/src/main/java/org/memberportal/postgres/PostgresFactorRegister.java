/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.account.factor.Enrolment;
import org.memberportal.account.factor.RecoveryCode;
import org.memberportal.account.factor.SealedKey;
import org.memberportal.account.factor.TotpKey;
import org.memberportal.account.port.FactorRegister;
import org.memberportal.account.signin.Lockout;
import org.memberportal.account.verification.CodeSubject;

/**
 * The second factors' enrolments in {@code factor_enrolment} (V504): the sealed key, the recovery codes' digests as
 * two arrays, the throttle and the last re-authentication in one row a holder.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class PostgresFactorRegister extends JdbcStore implements FactorRegister {

  private static final String COLUMNS = "totp_key, totp_started_at, totp_confirmed_at, totp_last_step,"
      + " recovery_digests, recovery_used_at, failures, last_failure_at, locked_until, reauthenticated_at, version";

  /**
   * Creates the store.
   *
   * @param transactions the host's transactions, which the store's writes join
   */
  public PostgresFactorRegister(Connections transactions) {
    super(transactions);
  }

  @Override
  public Optional<Enrolment> find(CodeSubject holder) {
    return one("select " + COLUMNS
        + " from factor_enrolment where holder = ?", b -> b.text(holder.value()), rows -> read(holder, rows));
  }

  @Override
  public Enrolment add(Enrolment enrolment) {
    Enrolment stored = enrolment.withVersion(1);
    return versionedWrite(stored, "insert into factor_enrolment (" + COLUMNS + ", holder)"
        + " values (?, ?, ?, ?, ?, ?::timestamptz[], ?, ?, ?, ?, ?, ?) on conflict do nothing", b -> bind(b, stored),
        "an enrolment was stored meanwhile");
  }

  @Override
  public Enrolment update(Enrolment enrolment) {
    Enrolment stored = enrolment.withVersion(enrolment.version() + 1);
    return versionedWrite(stored, "update factor_enrolment set totp_key = ?, totp_started_at = ?,"
        + " totp_confirmed_at = ?, totp_last_step = ?, recovery_digests = ?, recovery_used_at = ?::timestamptz[],"
        + " failures = ?, last_failure_at = ?, locked_until = ?, reauthenticated_at = ?, version = ?"
        + " where holder = ? and version = ?", b -> bind(b, stored).number(enrolment.version()),
        "the enrolment changed meanwhile");
  }

  @Override
  public void remove(CodeSubject holder) {
    write("delete from factor_enrolment where holder = ?",
        b -> b.text(holder.value()));
  }

  private static Sql.Binder bind(Sql.Binder b, Enrolment e) throws SQLException {
    Optional<TotpKey> key = e.key();
    List<String> usedAt = new ArrayList<>();
    e.recoveryCodes().forEach(r -> usedAt.add(r.usedAt() == null ? null : String.valueOf(r.usedAt())));
    return b.text(key.map(k -> k.key().value()).orElse(null)).instant(key.map(TotpKey::startedAt).orElse(null))
        .instant(key.flatMap(TotpKey::confirmation).orElse(null)).number(key.map(TotpKey::lastUsedStep).orElse(-1L))
        .texts(e.recoveryCodes().stream().map(RecoveryCode::digest).toList()).texts(usedAt)
        .integer(e.lockout().failures()).instant(e.lockout().lastFailureAt()).instant(e.lockout().lockedUntil())
        .instant(e.reauthenticatedAt()).number(e.version()).text(e.holder().value());
  }

  private static Enrolment read(CodeSubject holder, ResultSet rows) throws SQLException {
    String key = rows.getString("totp_key");
    TotpKey totp = key == null ? null : new TotpKey(new SealedKey(key), Sql.requiredInstant(rows, "totp_started_at"),
        Sql.instant(rows, "totp_confirmed_at"), rows.getLong("totp_last_step"));
    String[] digests = (String[]) rows.getArray("recovery_digests").getArray();
    Object[] used = array(rows.getArray("recovery_used_at"));
    List<RecoveryCode> codes = new ArrayList<>(digests.length);
    for (int i = 0; i < digests.length; i++) {
      codes.add(new RecoveryCode(digests[i], used[i] == null ? null : ((Timestamp) used[i]).toInstant()));
    }
    return new Enrolment(holder, totp, codes, new Lockout(rows.getInt("failures"), Sql.instant(rows,
        "last_failure_at"), Sql.instant(rows, "locked_until")), Sql.instant(rows, "reauthenticated_at"),
        rows.getLong("version"));
  }

  private static Object[] array(@Nullable Array array) throws SQLException {
    return array == null ? new Object[0] : (Object[]) array.getArray();
  }
}
