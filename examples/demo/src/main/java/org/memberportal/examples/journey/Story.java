/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import java.io.PrintStream;
import java.util.List;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.PortalException;

/**
 * Prints the journey as a story: a title per journey, a line per thing a person does, its outcome, and every mail
 * the relay delivered because of it. A muted story prints nothing (used to play the journeys a chosen one needs).
 */
final class Story {

  private final PrintStream out;
  private final MailText mails;
  private boolean muted;

  Story(PrintStream out, MailText mails) {
    this.out = out;
    this.mails = mails;
  }

  void mute(boolean value) {
    muted = value;
  }

  void line(String text) {
    if (!muted) {
      out.println(text);
    }
  }

  void journey(int number, String title) {
    line("");
    line("Journey " + number + " - " + title);
    line("-".repeat(("Journey " + number + " - " + title).length()));
  }

  void does(String text) {
    line("  * " + text);
  }

  void outcome(String text) {
    line("      outcome: " + text);
  }

  void refused(PortalException e) {
    line("      refused: " + e.code() + " (" + e.reason() + ")");
  }

  /** Shows what the relay just delivered; says so when nothing was sent. */
  void mails(List<Notification> delivered) {
    if (delivered.isEmpty()) {
      line("      mail: none");
      return;
    }
    for (Notification n : delivered) {
      MailText.Mail mail = mails.render(n);
      line("      mail " + n.kind() + " to " + n.recipient().masked() + " [" + n.locale().getLanguage() + "]");
      line("        | Subject: " + mail.subject());
      for (String body : mail.body()) {
        line("        | " + body);
      }
    }
  }
}
