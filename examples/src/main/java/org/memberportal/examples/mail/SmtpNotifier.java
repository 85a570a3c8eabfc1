/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Notifier;
import org.memberportal.kernel.Secret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends notifications as multipart emails (plain text and HTML) over SMTP with Jakarta Mail, rendered by
 * {@link MailTemplates} in the recipient's language. The idempotency key becomes the Message-ID, the same for
 * every attempt, so a mail server, an archive or a mail client can recognise a second copy; this notifier
 * also drops a second call with a key it has already sent. It keeps one connection to the server open between
 * mails (sends are serialised on it); {@link #close()} releases it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SmtpNotifier implements Notifier, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpNotifier.class);
  private static final int REMEMBERED_KEYS = 10_000;
  private static final Duration IDLE_CHECK = Duration.ofSeconds(5);

  private final Session session;
  private final InternetAddress from;
  private final String messageIdDomain;
  private final MailTemplates templates;
  private @Nullable Transport transport;
  private long lastUsed;
  private final Set<String> sent = Collections.newSetFromMap(
      Collections.synchronizedMap(new LinkedHashMap<String, Boolean>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
          // a bounded memory: the outbox's claims prevent most repeats, this catches the rest nearby
          return size() > REMEMBERED_KEYS;
        }
      }));

  private SmtpNotifier(Builder b) {
    Properties p = new Properties();
    p.put("mail.smtp.host", b.host);
    p.put("mail.smtp.port", Integer.toString(b.port));
    p.put("mail.smtp.connectiontimeout", Long.toString(b.timeout.toMillis()));
    p.put("mail.smtp.timeout", Long.toString(b.timeout.toMillis()));
    p.put("mail.smtp.writetimeout", Long.toString(b.timeout.toMillis()));
    p.put("mail.smtp.starttls.enable", Boolean.toString(b.startTls));
    if (b.heloName != null) {
      p.put("mail.smtp.localhost", b.heloName);
    }
    Authenticator authenticator = null;
    if (b.user != null && b.password != null) {
      p.put("mail.smtp.auth", "true");
      String user = b.user;
      Secret password = b.password;
      authenticator = new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return new PasswordAuthentication(user, password.reveal());
        }
      };
    }
    this.session = Session.getInstance(p, authenticator);
    this.from = address(b.from);
    this.messageIdDomain = b.messageIdDomain;
    this.templates = b.templates;
  }

  /**
   * Starts configuring a notifier.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders and sends the notification, unless this notifier already sent its key.
   *
   * @param notification what to send
   * @throws MissingTemplate when it cannot be rendered
   * @throws MailFailure when the mail server did not take it
   */
  @Override
  public void send(Notification notification) {
    String key = notification.idempotencyKey();
    if (sent.contains(key)) {
      LOG.info("notification {} already sent, dropped", key);
      return;
    }
    Mail mail = templates.render(notification);
    try {
      MimeMessage message = message(notification, mail);
      message.saveChanges();
      transmit(message);
    } catch (MessagingException e) {
      throw new MailFailure(key, e);
    }
    sent.add(key);
  }

  /**
   * Sends on the kept connection, opening one when there is none; a kept connection the server dropped
   * since the last mail is replaced once. Opening an SMTP connection costs far more than sending a mail on it.
   */
  private synchronized void transmit(MimeMessage message) throws MessagingException {
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

  /** Closes the kept connection to the mail server, if any; the next mail opens a new one. */
  @Override
  public synchronized void close() {
    disconnect();
  }

  /**
   * The Message-ID this notifier gives a notification: derived from its idempotency key only.
   *
   * @param notification the notification
   * @return the Message-ID, with its angle brackets
   */
  public String messageId(Notification notification) {
    return "<" + encode(notification.idempotencyKey()) + "@" + messageIdDomain + ">";
  }

  private MimeMessage message(Notification notification, Mail mail) throws MessagingException {
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
    message.setHeader("Content-Language", notification.locale().toLanguageTag());
    message.setHeader("X-Notification-Kind", notification.kind());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
    // plain text first: clients show the last alternative they can display
    message.setContent(new MimeMultipart("alternative", text, html));
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

  /**
   * Configures an {@link SmtpNotifier}.
   *
   * @since 0.1.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
  public static final class Builder {

    private String host = "localhost";
    private int port = 25;
    private String from = "no-reply@localhost";
    private String messageIdDomain = "memberportal.invalid";
    private MailTemplates templates = MailTemplates.standard();
    private Duration timeout = Duration.ofSeconds(10);
    private boolean startTls;
    private @Nullable String heloName;
    private @Nullable String user;
    private @Nullable Secret password;

    private Builder() {}

    /**
     * Sets the SMTP server.
     *
     * @param host its host name
     * @param port its port
     * @return this builder
     */
    public Builder server(String host, int port) {
      this.host = host;
      this.port = port;
      return this;
    }

    /**
     * Sets the sender.
     *
     * @param address the From address, e.g. {@code "Member Portal <no-reply@example.org>"}
     * @return this builder
     */
    public Builder from(String address) {
      this.from = address;
      return this;
    }

    /**
     * Sets the domain part of the Message-IDs, the host's own mail domain.
     *
     * @param domain the domain
     * @return this builder
     */
    public Builder messageIdDomain(String domain) {
      this.messageIdDomain = domain;
      return this;
    }

    /**
     * Sets the templates.
     *
     * @param templates the templates
     * @return this builder
     */
    public Builder templates(MailTemplates templates) {
      this.templates = templates;
      return this;
    }

    /**
     * Sets how long to wait for the server to connect, answer or accept data.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets the name this host gives in the SMTP greeting, instead of looking its own name up on every
     * connection (slow where name resolution is).
     *
     * @param name this host's name
     * @return this builder
     */
    public Builder heloName(String name) {
      this.heloName = name;
      return this;
    }

    /**
     * Requires STARTTLS and logs in to the server.
     *
     * @param user the account
     * @param password its password
     * @return this builder
     */
    public Builder authentication(String user, Secret password) {
      this.user = user;
      this.password = password;
      this.startTls = true;
      return this;
    }

    /**
     * Builds the notifier.
     *
     * @return the notifier
     */
    public SmtpNotifier build() {
      return new SmtpNotifier(this);
    }
  }
}
