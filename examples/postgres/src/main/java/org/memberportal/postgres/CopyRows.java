/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;

/**
 * Rows for one {@code COPY table (columns) FROM STDIN}, in PostgreSQL's text format: a store writes a row through
 * the same {@link Sql.Binder} calls that bind its {@code insert}, so a bulk write stores exactly what the store
 * does. Values are tab-separated, {@code \N} is null, and a backslash, tab, line feed or carriage return in a text
 * is escaped ({@link TextBinder} makes each value a text); an array is written as its literal
 * ({@code {"a","b"}}), its elements quoted.
 */
final class CopyRows extends TextBinder<CopyRows> {

  private final StringBuilder text = new StringBuilder(1 << 16);
  private boolean rowStarted;
  private int rows;

  /** {@return how many rows were ended} */
  int rows() {
    return rows;
  }

  /** Adds the ended rows of another {@code CopyRows} after these. */
  void append(CopyRows more) {
    text.append(more.text);
    rows += more.rows;
  }

  /** Ends the current row: the next value starts a new one. */
  void endRow() {
    text.append('\n');
    rowStarted = false;
    rows++;
  }

  /**
   * Sends the rows with one {@code COPY} on the connection, in its transaction.
   *
   * @param table the table
   * @param columns its columns, in the order the rows give them
   * @return the rows the server stored
   */
  long copyInto(Connection c, String table, String columns) throws SQLException {
    if (rows == 0) {
      return 0;
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    try {
      return c.unwrap(PGConnection.class).getCopyAPI()
          .copyIn("copy " + table + " (" + columns + ") from stdin", new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new SQLException("could not send the rows", "08006", e);
    }
  }

  private StringBuilder next() {
    if (rowStarted) {
      text.append('\t');
    }
    rowStarted = true;
    return text;
  }

  @Override
  CopyRows value(@Nullable String value) {
    if (value == null) {
      next().append("\\N");
    } else {
      escape(next(), value);
    }
    return this;
  }

  @Override
  public CopyRows uuids(Collection<UUID> values) {
    return array(values);
  }

  @Override
  public CopyRows texts(Collection<String> values) {
    return array(values);
  }

  /** An array literal, each element quoted with its quotes and backslashes escaped, then escaped as a text. */
  private CopyRows array(Collection<?> values) {
    StringBuilder literal = new StringBuilder().append('{');
    for (Object value : values) {
      if (literal.length() > 1) {
        literal.append(',');
      }
      literal.append('"');
      String element = String.valueOf(value);
      for (int i = 0; i < element.length(); i++) {
        char c = element.charAt(i);
        if (c == '"' || c == '\\') {
          literal.append('\\');
        }
        literal.append(c);
      }
      literal.append('"');
    }
    return value(literal.append('}').toString());
  }

  private static void escape(StringBuilder out, String value) {
    int plain = 0;
    while (plain < value.length() && !special(value.charAt(plain))) {
      plain++;
    }
    // the usual text has nothing to escape: appended at once
    out.append(value, 0, plain);
    for (int i = plain; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
  }

  private static boolean special(char c) {
    return c == '\\' || c == '\t' || c == '\n' || c == '\r';
  }
}
