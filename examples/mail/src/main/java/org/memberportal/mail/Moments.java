/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How a mail shows a moment: a parameter whose value is an ISO-8601 instant (what {@link Instant#toString()}
 * writes, as the modules send {@code expiresAt}, {@code lockedUntil}, {@code closesAt}) appears as a date and
 * time in the reader's language (a long date and a short time in ICU4J's CLDR data, the same whatever the JDK's
 * own CLDR version) in the mail's time zone, whose short name follows in brackets: "January 5, 2026 9:10 AM
 * (UTC)", "5 janvier 2026 10:10 (CET)", "2026年1月5日 09:10 (UTC)". Any other value is shown as it is.
 *
 * @param zone the time zone the mail shows
 */
record Moments(ZoneId zone) {

  private static final Pattern INSTANT =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z");

  /** The value as the reader sees it. */
  String shown(String value, Locale locale) {
    Instant at = instant(value);
    if (at == null) {
      return value;
    }
    ULocale language = ULocale.forLocale(locale);
    String zoneName = new DateTimeFormatterBuilder().appendZoneText(TextStyle.SHORT).toFormatter(locale)
        .withZone(zone).format(at);
    return inZone(DateFormat.getDateInstance(DateFormat.LONG, language)).format(Date.from(at)) + " "
        + inZone(DateFormat.getTimeInstance(DateFormat.SHORT, language)).format(Date.from(at)) + " (" + zoneName + ")";
  }

  private DateFormat inZone(DateFormat format) {
    format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
    return format;
  }

  /**
   * The calendar days from now to the value's date in this zone (0 on the day itself, never negative), or
   * {@code null} when the value is no instant.
   */
  @Nullable Long daysUntil(String value, Instant now) {
    Instant at = instant(value);
    if (at == null) {
      return null;
    }
    LocalDate today = LocalDate.ofInstant(now, zone);
    return Math.max(0, ChronoUnit.DAYS.between(today, LocalDate.ofInstant(at, zone)));
  }

  private static @Nullable Instant instant(String value) {
    if (!INSTANT.matcher(value).matches()) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      // shaped like an instant but none (month 13): a value like any other
      return null;
    }
  }
}
