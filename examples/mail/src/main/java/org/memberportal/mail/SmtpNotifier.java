/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.time.Duration;
import java.time.ZoneId;
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
 * {@link MailTemplates} in the recipient's language (or the language set's fall-back), times shown in the
 * recipient's zone when the notification names it ({@link MailTemplates#TIME_ZONE}), else in the configured zone
 * (UTC unless {@link Builder#zone(ZoneId)} says otherwise). The idempotency key becomes the Message-ID, the same for
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

  private final SmtpConnection connection;
  private final MimeMails mails;
  private final MailTemplates templates;
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
    Session session = b.session();
    this.connection = new SmtpConnection(session);
    this.mails = MimeMails.of(session, b.from, b.messageIdDomain);
    this.templates = b.zone == null ? b.templates : b.templates.inZone(b.zone);
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
      connection.send(mails.message(notification, mail));
    } catch (MessagingException e) {
      throw new MailFailure(key, e);
    }
    sent.add(key);
  }

  /** Closes the kept connection to the mail server, if any; the next mail opens a new one. */
  @Override
  public void close() {
    connection.close();
  }

  /**
   * The Message-ID this notifier gives a notification: derived from its idempotency key only.
   *
   * @param notification the notification
   * @return the Message-ID, with its angle brackets
   */
  public String messageId(Notification notification) {
    return mails.messageId(notification);
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
    private @Nullable ZoneId zone;
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
     * Sets the time zone the mails show their dates and times in (its short name follows each time) when the
     * notification names none; the templates' own zone, UTC, when not set.
     *
     * @param zone the zone, e.g. {@code ZoneId.of("Europe/Zurich")}
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = zone;
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

    /** The Jakarta Mail session of the server, its timeouts, TLS and credentials. */
    private Session session() {
      Properties p = new Properties();
      p.put("mail.smtp.host", host);
      p.put("mail.smtp.port", Integer.toString(port));
      p.put("mail.smtp.connectiontimeout", Long.toString(timeout.toMillis()));
      p.put("mail.smtp.timeout", Long.toString(timeout.toMillis()));
      p.put("mail.smtp.writetimeout", Long.toString(timeout.toMillis()));
      p.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
      if (heloName != null) {
        p.put("mail.smtp.localhost", heloName);
      }
      Authenticator authenticator = null;
      if (user != null && password != null) {
        p.put("mail.smtp.auth", "true");
        String account = user;
        Secret secret = password;
        authenticator = new Authenticator() {
          @Override
          protected PasswordAuthentication getPasswordAuthentication() {
            return new PasswordAuthentication(account, secret.reveal());
          }
        };
      }
      return Session.getInstance(p, authenticator);
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
