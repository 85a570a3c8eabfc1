/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import java.util.ArrayList;
import java.util.List;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Notifier;

/** The demo's mail server: keeps what the relay hands over, so the story can show it and read codes from it. */
final class Mailbox implements Notifier {

  private final List<Notification> sent = new ArrayList<>();
  private int shown;

  @Override
  public synchronized void send(Notification notification) {
    sent.add(notification);
  }

  /** What arrived since the last call. */
  synchronized List<Notification> fresh() {
    List<Notification> out = List.copyOf(sent.subList(shown, sent.size()));
    shown = sent.size();
    return out;
  }

  /** Everything a recipient received, of one kind. */
  synchronized List<Notification> to(EmailAddress recipient, String kind) {
    return sent.stream()
        .filter(n -> n.recipient().key().equals(recipient.key()) && n.kind().equals(kind))
        .toList();
  }

  /** Everything a recipient received. */
  synchronized List<Notification> to(EmailAddress recipient) {
    return sent.stream().filter(n -> n.recipient().key().equals(recipient.key())).toList();
  }

  /** The value of a parameter of the last mail of a kind to a recipient (a code the person types in). */
  synchronized String last(EmailAddress recipient, String kind, String parameter) {
    List<Notification> mails = to(recipient, kind);
    if (mails.isEmpty()) {
      throw new IllegalStateException("no " + kind + " mail to " + recipient.masked());
    }
    return mails.get(mails.size() - 1).parameters().get(parameter);
  }
}
