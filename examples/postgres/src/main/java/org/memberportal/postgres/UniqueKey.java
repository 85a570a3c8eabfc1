/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.memberportal.kernel.Conflict;

/**
 * A unique key of a table beside its primary key {@code id} (an account's address, a vacancy's reference), and how
 * an update keeps it: the update checks the key in its own statement, so the usual refusal costs no round trip of
 * its own; a transaction that takes the key between that check and the write makes the write a unique violation,
 * which aborts this transaction, and the command rolls back, as a refused command must. Either way the refusal is
 * the key's.
 *
 * @param table the table
 * @param column the key's column, under a unique constraint
 * @param reason the refusal when another row holds the key
 * @param message what is refused, for the conflict's message
 */
record UniqueKey(String table, String column, String reason, String message) {

  /**
   * Runs an update of one row unless another row holds the key it writes.
   *
   * @param update the update, up to the end of its {@code where} clause, to which the key's condition is added
   * @param binding binds the update's parameters
   * @param key the key the row gets
   * @param id the row's id
   * @return the rows written: none when another row holds the key or the update's own condition fails
   * @throws Conflict for {@link #reason} when a racing transaction took the key
   */
  int update(Connection c, String update, Sql.Binding binding, String key, UUID id) throws SQLException {
    return Sql.refusingDuplicate(() -> Sql.update(c, update + " and not exists (select 1 from " + table
        + " other where other." + column + " = ? and other.id <> ?)", b -> {
          binding.bind(b);
          b.text(key).uuid(id);
        }), this::refusal);
  }

  /**
   * Refuses when a row other than {@code id} holds the key: what an update that wrote nothing checks first.
   *
   * @param key the key
   * @param id the row's id
   * @throws Conflict for {@link #reason} when another row holds the key
   */
  void refuseIfTaken(Connection c, String key, UUID id) throws SQLException {
    if (Sql.exists(c, "select 1 from " + table + " where " + column + " = ? and id <> ?", b -> b.text(key).uuid(id))) {
      throw refusal();
    }
  }

  /** {@return the key's refusal} */
  Conflict refusal() {
    return new Conflict(reason, message);
  }
}
