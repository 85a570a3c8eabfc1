/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.language;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times on the pages ({@code ${@dates.day(...)}}, {@code ${@dates.moment(...)}}), written the way the
 * reader's language writes them (CLDR's patterns through ICU4J: "6 Dec 2026", "6 déc. 2026", "2026年12月6日",
 * "6 декабря 2026 г."...). A moment with a zone (a vacancy's deadline in Geneva) keeps its zone and names it; an
 * instant is shown in the reader's time zone when the request carries one, else in the server's.
 */
@Component("dates")
public class Dates {

  /** Makes the formatter. */
  public Dates() {}

  /**
   * A day.
   *
   * @param instant when
   * @return the day in the reader's language and time zone
   */
  public String day(Instant instant) {
    return format("yMMMd", instant, reader());
  }

  /**
   * A day.
   *
   * @param moment when, with its zone
   * @return the day in the reader's language, in the moment's zone
   */
  public String day(ZonedDateTime moment) {
    return format("yMMMd", moment.toInstant(), moment.getZone());
  }

  /**
   * A day, hour and minute with the zone's name.
   *
   * @param moment when, with its zone
   * @return the moment in the reader's language, in the moment's zone
   */
  public String moment(ZonedDateTime moment) {
    return format("yMMMdjmz", moment.toInstant(), moment.getZone());
  }

  private static ZoneId reader() {
    return LocaleContextHolder.getTimeZone().toZoneId();
  }

  private static String format(String skeleton, Instant instant, ZoneId zone) {
    DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, ULocale.forLocale(LocaleContextHolder.getLocale()));
    format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
    return format.format(Date.from(instant));
  }
}
