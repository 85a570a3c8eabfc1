/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import jakarta.mail.MessagingException;
import org.apiguardian.api.API;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Notifier;
import org.memberportal.mail.MailFailure;
import org.memberportal.mail.MailTemplates;
import org.memberportal.mail.MimeMails;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The library's mails through the application's {@link JavaMailSender} ({@code spring.mail.*}): each notification
 * rendered by the mail adapter's {@link MailTemplates} in its reader's language, built as the adapter's
 * {@link MimeMails} (plain text and HTML; the Message-ID derived from the idempotency key, the same on every
 * attempt). A sender's failure is thrown, so the relay retries later.
 *
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public final class MailSenderNotifier implements Notifier {

  private final JavaMailSender sender;
  private final MailTemplates templates;
  private final MimeMails mails;

  /**
   * Creates the notifier.
   *
   * @param sender the application's mail sender
   * @param templates the templates, in the zone the mails show times in
   * @param mails the messages' From and Message-ID domain
   */
  public MailSenderNotifier(JavaMailSender sender, MailTemplates templates, MimeMails mails) {
    this.sender = sender;
    this.templates = templates;
    this.mails = mails;
  }

  /**
   * Renders and sends the notification.
   *
   * @param notification what to send
   * @throws org.memberportal.mail.MissingTemplate when it cannot be rendered
   * @throws MailFailure when the message cannot be built
   * @throws org.springframework.mail.MailException when the mail server did not take it
   */
  @Override
  public void send(Notification notification) {
    try {
      sender.send(mails.message(notification, templates.render(notification)));
    } catch (MessagingException e) {
      throw new MailFailure(notification.idempotencyKey(), e);
    }
  }
}
