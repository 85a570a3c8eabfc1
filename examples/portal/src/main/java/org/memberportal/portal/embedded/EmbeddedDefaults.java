/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.embedded;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.memberportal.postgres.EmbeddedServer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default, which needs nothing installed: a PostgreSQL the portal starts and stops itself, and an
 * in-process SMTP server (GreenMail) that keeps every mail for the development page ({@link DevelopmentMails}).
 * Off with {@code portal.embedded.enabled=false}: a real deployment gives Spring Boot its own
 * {@code spring.datasource.*} and {@code spring.mail.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "portal.embedded", name = "enabled", havingValue = "true", matchIfMissing = true)
public class EmbeddedDefaults {

  /** Makes the configuration. */
  public EmbeddedDefaults() {}

  /**
   * The embedded PostgreSQL, stopped with the application.
   *
   * @return the running server
   */
  @Bean(destroyMethod = "close")
  public EmbeddedPostgres embeddedPostgres() {
    try {
      return EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
    } catch (IOException e) {
      throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
    }
  }

  /**
   * The pool on the embedded server; Spring Boot's transaction manager and the starter take it.
   *
   * @param server the embedded server
   * @param size the pool's size ({@code portal.embedded.pool-size})
   * @return the pool
   */
  @Bean(destroyMethod = "close")
  public HikariDataSource dataSource(EmbeddedPostgres server, @Value("${portal.embedded.pool-size:8}") int size) {
    return EmbeddedServer.pool(server, "public", size);
  }

  /**
   * The in-process SMTP server, on {@code portal.embedded.smtp-port} (0: any free port).
   *
   * @param port the port
   * @return the running server
   */
  @Bean(destroyMethod = "stop")
  public GreenMail smtpServer(@Value("${portal.embedded.smtp-port:0}") int port) {
    ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    GreenMail server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
    server.start();
    return server;
  }

  /**
   * Spring's mail sender on the in-process server; the starter's Notifier sends through it.
   *
   * @param server the in-process server
   * @return the sender
   */
  @Bean
  public JavaMailSender mailSender(GreenMail server) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(server.getSmtp().getPort());
    return sender;
  }
}
