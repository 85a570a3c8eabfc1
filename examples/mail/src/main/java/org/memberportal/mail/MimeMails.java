/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;
import org.memberportal.kernel.Notification;

/**
 * The message building of {@link SmtpNotifier} and of any other sender of the rendered mails (the Spring Boot
 * starter's, on Spring's mail sender): a rendered notification as a multipart email (plain text, then HTML) from
 * the sender to its recipient, whose Message-ID derives from the notification's idempotency key only, so every
 * attempt carries the same one.
 *
 * @param session the session the messages belong to
 * @param from the From address
 * @param messageIdDomain the domain part of the Message-IDs
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public record MimeMails(Session session, InternetAddress from, String messageIdDomain) {

  /**
   * Builds messages for a session.
   *
   * @param session the session the messages belong to
   * @param from the From address, e.g. {@code Member Portal <no-reply@example.org>}
   * @param messageIdDomain the domain part of the Message-IDs
   * @return the builder of messages
   * @throws IllegalArgumentException when the From address is not one
   */
  public static MimeMails of(Session session, String from, String messageIdDomain) {
    return new MimeMails(session, address(from), messageIdDomain);
  }

  /**
   * The Message-ID of a notification: derived from its idempotency key only.
   *
   * @param notification the notification
   * @return the Message-ID, with its angle brackets
   */
  public String messageId(Notification notification) {
    return "<" + encode(notification.idempotencyKey()) + "@" + messageIdDomain + ">";
  }

  /**
   * The message of a notification, ready to send.
   *
   * @param notification the notification
   * @param mail the notification rendered ({@link MailTemplates#render})
   * @return the multipart message
   * @throws MessagingException when the message cannot be built
   */
  public MimeMessage message(Notification notification, Mail mail) throws MessagingException {
    String id = messageId(notification);
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        // the same id on every attempt: it is the dedupe hint for whoever receives a repeat
        setHeader("Message-ID", id);
      }
    };
    message.setFrom(from);
    message.setRecipient(Message.RecipientType.TO, address(notification.recipient().display()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setHeader("Content-Language", mail.language().toLanguageTag());
    message.setHeader("X-Notification-Kind", notification.kind());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
    // plain text first: clients show the last alternative they can display
    message.setContent(new MimeMultipart("alternative", text, html));
    message.saveChanges();
    return message;
  }

  private static InternetAddress address(String text) {
    try {
      return new InternetAddress(text, true);
    } catch (MessagingException e) {
      throw new IllegalArgumentException("not an email address", e);
    }
  }

  /** Keeps letters, digits, '-' and '_'; any other byte becomes %XX, so any key makes a valid id. */
  private static String encode(String key) {
    StringBuilder out = new StringBuilder();
    for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
