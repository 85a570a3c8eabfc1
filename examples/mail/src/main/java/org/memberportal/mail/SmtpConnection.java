/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * {@link SmtpNotifier}'s transport: one connection to the mail server kept open between mails (sends are
 * serialised on it), opened when there is none, and replaced once when the server dropped it since the last mail.
 * Opening an SMTP connection costs far more than sending a mail on it.
 */
final class SmtpConnection implements AutoCloseable {

  private static final Duration IDLE_CHECK = Duration.ofSeconds(5);

  private final Session session;
  private @Nullable Transport transport;
  private long lastUsed;

  /**
   * A connection, not yet open, to the server a session names.
   *
   * @param session the server, its timeouts and credentials
   */
  SmtpConnection(Session session) {
    this.session = session;
  }

  /** Sends on the kept connection, opening one when there is none. */
  synchronized void send(MimeMessage message) throws MessagingException {
    long now = System.nanoTime();
    // a NOOP round trip per mail would cost more than the mail: check only a connection idle for a while
    boolean reused = transport != null
        && (now - lastUsed < IDLE_CHECK.toNanos() || transport.isConnected());
    if (!reused) {
      connect();
    }
    try {
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException | IllegalStateException e) {
      disconnect();
      if (!reused) {
        throw e instanceof MessagingException m ? m : new MessagingException("not connected", e);
      }
      // the server dropped the kept connection since the last mail: one more try on a new one
      connect();
      transport.sendMessage(message, message.getAllRecipients());
    }
    lastUsed = System.nanoTime();
  }

  private void connect() throws MessagingException {
    disconnect();
    Transport fresh = session.getTransport("smtp");
    fresh.connect();
    transport = fresh;
  }

  private void disconnect() {
    Transport open = transport;
    transport = null;
    if (open != null) {
      try {
        open.close();
      } catch (MessagingException e) {
        // the connection is discarded either way
      }
    }
  }

  /** Closes the kept connection, if any; the next mail opens a new one. */
  @Override
  public synchronized void close() {
    disconnect();
  }
}
