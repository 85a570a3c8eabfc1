/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;

/**
 * What every JDBC store of the adapter is made of: the host's transactions, whose connection its statements run on
 * (so its writes commit with everything else the transaction does), and {@link Sql}'s one-statement reads and writes
 * on that connection, so that a store's method says its statement, its parameters and its row, and nothing else.
 * Work of several statements takes the connection itself ({@link Connections#withConnection}).
 */
abstract class JdbcStore {

  /** The host's transactions, which the store's writes join. */
  final Connections transactions;

  JdbcStore(Connections transactions) {
    this.transactions = transactions;
  }

  /** {@return the first row a query reads} {@link Sql#one} on the transaction's connection. */
  final <T> Optional<T> one(String sql, Sql.Binding binding, Sql.Reader<T> reader) {
    return transactions.withConnection(c -> Sql.one(c, sql, binding, reader));
  }

  /**
   * The row of an aggregate by its id, the store's primary key.
   *
   * @param select the store's select, up to its {@code where} clause
   * @param id the id, in column {@code id}
   * @param reader reads the row
   * @return the aggregate, or empty when no row has the id
   */
  final <T> Optional<T> byId(String select, UUID id, Sql.Reader<T> reader) {
    return one(select + "where id = ?", b -> b.uuid(id), reader);
  }

  /** {@return the rows a query reads} {@link Sql#list} on the transaction's connection. */
  final <T> List<T> list(String sql, Sql.Binding binding, Sql.Reader<T> reader) {
    return transactions.withConnection(c -> Sql.list(c, sql, binding, reader));
  }

  /** {@return whether a query reads a row} {@link Sql#exists} on the transaction's connection. */
  final boolean exists(String sql, Sql.Binding binding) {
    return transactions.withConnection(c -> Sql.exists(c, sql, binding));
  }

  /** {@return how many rows a statement wrote} {@link Sql#update} on the transaction's connection. */
  final int write(String sql, Sql.Binding binding) {
    return transactions.withConnection(c -> Sql.update(c, sql, binding));
  }

  /**
   * {@link Sql#versionedWrite(java.sql.Connection, String, Sql.Binding, String)} on the transaction's connection.
   *
   * @param written the aggregate as the row now holds it, at its new version
   * @param stale what changed, for the conflict's message
   * @return {@code written}
   * @throws Conflict {@link KernelRefusals#STALE_VERSION} when no row was written
   */
  final <T> T versionedWrite(T written, String sql, Sql.Binding binding, String stale) {
    return writeOrRefuse(written, sql, binding, KernelRefusals.STALE_VERSION, stale);
  }

  /**
   * {@link Sql#writeOrRefuse} on the transaction's connection.
   *
   * @param written the aggregate as the row now holds it
   * @param reason the refusal when no row was written
   * @param message what was refused, for the conflict's message
   * @return {@code written}
   * @throws Conflict for {@code reason} when no row was written
   */
  final <T> T writeOrRefuse(T written, String sql, Sql.Binding binding, String reason, String message) {
    return transactions.withConnection(c -> {
      Sql.writeOrRefuse(c, sql, binding, reason, message);
      return written;
    });
  }
}
