/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.memberportal.kernel.Languages;
import org.memberportal.kernel.Notification;

/**
 * Renders a notification as the email a host would send, in the notification's language (the fall-back of
 * {@link Languages#current()} when the set does not speak it): a subject and a body from the {@code mails} bundle
 * (keys {@code <kind>.subject} and {@code <kind>.body}, placeholders {@code {parameter}}), instants as a long date
 * and a short time in that language, in UTC. A real host does this with its own templates, or with the mail
 * adapter's; the library only hands over the model.
 */
final class MailText {

  /** Shown instead of a secret parameter (a code): the demo prints mails, and a printed code is a leaked one. */
  static final String HIDDEN = "******";

  private static final String BUNDLE = "org.memberportal.examples.journey.mails";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

  /** A rendered mail. */
  record Mail(String subject, List<String> body) {}

  /** Whether the demo has a template for a kind (the test asserts every mail of the journey has one). */
  boolean knows(Notification notification) {
    return bundle(language(notification)).containsKey(notification.kind() + ".subject");
  }

  /** The language the mail is written in. */
  static Locale language(Notification notification) {
    return Languages.current().resolve(notification.locale());
  }

  /** The mail for a notification; kinds without a template show their parameter names. */
  Mail render(Notification notification) {
    ResourceBundle bundle = bundle(language(notification));
    String kind = notification.kind();
    if (!bundle.containsKey(kind + ".subject")) {
      return new Mail(kind, List.of("(no template in the demo; parameters " + notification.parameters().keySet()
          + ")"));
    }
    List<String> body = new ArrayList<>();
    for (String line : fill(bundle, bundle.getString(kind + ".body"), notification).split("\n")) {
      body.add(line);
    }
    String reason = notification.parameters().get("reason");
    if (reason != null && !reason.isBlank() && bundle.containsKey("reason")) {
      body.add(fill(bundle, bundle.getString("reason"), notification));
    }
    return new Mail(fill(bundle, bundle.getString(kind + ".subject"), notification), body);
  }

  private static ResourceBundle bundle(Locale locale) {
    try {
      // no fallback to the machine's locale: an English mail must not turn French on a French laptop
      return ResourceBundle.getBundle(BUNDLE, locale,
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException e) {
      throw new IllegalStateException("the demo's mail templates are missing", e);
    }
  }

  private static String fill(ResourceBundle bundle, String template, Notification notification) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String raw = notification.parameters().getOrDefault(name, m.group());
      // coded values (an outcome such as "not-selected") are worded by the template's language
      String worded = bundle.containsKey("value." + name + "." + raw) ? bundle.getString("value." + name + "." + raw)
          : when(raw, language(notification));
      String value = notification.secretParameters().contains(name) ? HIDDEN : worded;
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String when(String value, Locale language) {
    if (value.length() < 20 || !value.endsWith("Z")) {
      return value;
    }
    try {
      // ICU4J's CLDR data, not the JDK's, so the text is the same on every JDK
      DateFormat format = DateFormat.getDateTimeInstance(DateFormat.LONG, DateFormat.SHORT, ULocale.forLocale(language));
      format.setTimeZone(TimeZone.GMT_ZONE);
      return format.format(Date.from(Instant.parse(value))) + " (UTC)";
    } catch (DateTimeParseException e) {
      return value;
    }
  }
}
