/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A real SMTP server in the test JVM (GreenMail) on a port of its own, which a test can stop and start again
 * on the same port, and readers for what it received.
 */
final class Smtp implements AutoCloseable {

  /** What a test reads of a received message. */
  record Received(String messageId, String to, String subject, String language, String text, String html) {}

  private final int port;
  private final List<Received> earlier = new ArrayList<>();
  private final List<SmtpNotifier> notifiers = new ArrayList<>();
  private GreenMail server;

  private Smtp(GreenMail server) {
    this.server = server;
    this.port = server.getSmtp().getPort();
  }

  static Smtp start() {
    // port 0: the system picks a free port, so parallel builds on one machine never collide
    return new Smtp(started(0));
  }

  private static GreenMail started(int port) {
    GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return greenMail;
  }

  /** A notifier to this server, with the tests' host templates ({@link MailTemplatesTests#HOST}), in UTC. */
  SmtpNotifier notifier() {
    return notifier(ZoneId.of("UTC"));
  }

  /** A notifier to this server, with the tests' host templates, showing times in that zone. */
  SmtpNotifier notifier(ZoneId zone) {
    SmtpNotifier notifier = SmtpNotifier.builder()
        .server("127.0.0.1", port)
        .from("Member Portal <no-reply@portal.example>")
        .messageIdDomain("portal.example")
        .heloName("portal.example")
        .timeout(Duration.ofSeconds(5))
        .templates(MailTemplatesTests.HOST)
        .zone(zone)
        .build();
    notifiers.add(notifier);
    return notifier;
  }

  /** Stops the server, as a crash would; what it received so far stays readable. */
  synchronized void kill() {
    earlier.addAll(received(server));
    server.stop();
  }

  /** Starts a new server on the same port. */
  synchronized void restart() {
    server = started(port);
  }

  /** Everything received by this server and its predecessors on the port. */
  synchronized List<Received> received() {
    List<Received> all = new ArrayList<>(earlier);
    all.addAll(received(server));
    return all;
  }

  private static List<Received> received(GreenMail server) {
    List<Received> received = new ArrayList<>();
    for (MimeMessage m : server.getReceivedMessages()) {
      try {
        MimeMultipart parts = (MimeMultipart) m.getContent();
        received.add(new Received(m.getMessageID(), m.getAllRecipients()[0].toString(), m.getSubject(),
            m.getHeader("Content-Language", null), text(parts.getBodyPart(0), "text/plain"),
            text(parts.getBodyPart(1), "text/html")));
      } catch (MessagingException | IOException e) {
        throw new IllegalStateException("unreadable message", e);
      }
    }
    return received;
  }

  private static String text(BodyPart part, String type) throws MessagingException, IOException {
    if (!part.isMimeType(type)) {
      throw new IllegalStateException("expected " + type + " but got " + part.getContentType());
    }
    return (String) part.getContent();
  }

  @Override
  public synchronized void close() {
    notifiers.forEach(SmtpNotifier::close);
    server.stop();
  }
}
