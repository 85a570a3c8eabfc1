/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import com.ibm.icu.util.ULocale;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.memberportal.kernel.Notification;

/**
 * The values a notification's templates see ({@link MailTemplates}): each parameter shown for the reader
 * ({@link Moments}) in the recipient's zone when the notification names one ({@value MailTemplates#TIME_ZONE}, a zone
 * id that is no zone ignored), else in the templates' zone; beside each instant parameter {@code x}, {@code xInDays},
 * the calendar days from today to its day in that zone; the kind and the language's direction for the layouts.
 */
final class MailValues {

  private MailValues() {}

  /** {@return the variables of the notification's templates in the language, counting days from {@code now}} */
  static Map<String, Object> of(Notification notification, Locale locale, ZoneId zone, Instant now) {
    Moments moments = new Moments(zoneOf(notification, zone));
    Map<String, Object> variables = new LinkedHashMap<>();
    notification.parameters().forEach((name, value) -> {
      variables.put(name, moments.shown(value, locale));
      Long days = moments.daysUntil(value, now);
      if (days != null) {
        variables.put(name + MailTemplates.IN_DAYS, days);
      }
    });
    variables.put(MailTemplates.KIND, notification.kind());
    variables.put(MailTemplates.DIRECTION, ULocale.forLocale(locale).isRightToLeft() ? "rtl" : "ltr");
    return variables;
  }

  /** The recipient's zone when the notification names one, else the templates' own. */
  private static ZoneId zoneOf(Notification notification, ZoneId zone) {
    String id = notification.parameters().get(MailTemplates.TIME_ZONE);
    if (id != null) {
      try {
        return ZoneId.of(id);
      } catch (DateTimeException e) {
        // not a zone: the host's zone, as for a notification that names none
      }
    }
    return zone;
  }
}
