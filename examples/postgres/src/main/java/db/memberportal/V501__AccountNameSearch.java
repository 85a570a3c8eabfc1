/*
 * SPDX-License-Identifier: Apache-2.0
 */
package db.memberportal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.memberportal.account.port.Accounts;

/**
 * The service desk's look-up of accounts by name ({@code Accounts.findByName}): each account gets the folded
 * words of its names ({@code name_words}, with a GIN index for "holds every word") and its folded sort key
 * ({@code name_key}), computed in Java by {@link Accounts#nameWords} and {@link Accounts#nameKey}, the one
 * folding the in-memory store uses too, for the accounts already stored. Numbered after the last migration of
 * 0.1.0 so that a database already at V406 takes it.
 */
public class V501__AccountNameSearch extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection c = context.getConnection();
    try (Statement ddl = c.createStatement()) {
      ddl.execute("alter table account add column name_key text, add column name_words text[]");
    }
    try (PreparedStatement select = c.prepareStatement("select id, first_name, last_name from account");
        PreparedStatement update =
            c.prepareStatement("update account set name_key = ?, name_words = ? where id = ?");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        String first = rows.getString("first_name");
        String last = rows.getString("last_name");
        update.setString(1, Accounts.nameKey(first, last));
        update.setArray(2, c.createArrayOf("text", Accounts.nameWords(first, last).toArray()));
        update.setObject(3, rows.getObject("id"));
        update.addBatch();
      }
      update.executeBatch();
    }
    try (Statement ddl = c.createStatement()) {
      // rows written by other means than the store (bulk loads) get no words: they are not found by name
      ddl.execute("alter table account alter column name_key set default '', alter column name_key set not null,"
          + " alter column name_words set default '{}', alter column name_words set not null");
      ddl.execute("create index account_name_words on account using gin (name_words)");
    }
  }
}
