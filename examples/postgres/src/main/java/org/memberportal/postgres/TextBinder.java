/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Sql.Binder} for rows sent as text rather than bound to a statement's parameters ({@link CopyRows}, a
 * {@code COPY}; the columns of {@link Appends}, one array parameter a column): each value becomes the text
 * PostgreSQL reads for its column's type, so a row sent as text stores what the same row bound stores. An instant is
 * ISO-8601 in UTC, rounded to the microsecond as pgjdbc rounds a bound timestamp (half up); a boolean is {@code t}
 * or {@code f}.
 *
 * @param <B> the binder itself, so that its own methods chain after the binder's
 */
abstract class TextBinder<B extends TextBinder<B>> implements Sql.Binder {

  /**
   * Takes the row's next value.
   *
   * @param text the value as PostgreSQL reads it, {@code null} for SQL's null
   * @return this binder
   */
  abstract B value(@Nullable String text);

  @Override
  public B text(@Nullable String value) {
    return value(value);
  }

  @Override
  public B uuid(@Nullable UUID value) {
    return value(value == null ? null : value.toString());
  }

  @Override
  public B instant(@Nullable Instant value) {
    return value(value == null ? null : value.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString());
  }

  @Override
  public B integer(int value) {
    return value(Integer.toString(value));
  }

  @Override
  public B number(long value) {
    return value(Long.toString(value));
  }

  @Override
  public B bool(boolean value) {
    return value(value ? "t" : "f");
  }
}
