/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Notifier;
import org.memberportal.kernel.testkit.RecordingNotifier;
import org.memberportal.mail.MailTemplates;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;

/** The library's mails through Spring's mail sender, rendered by the mail adapter's templates. */
class MailSenderNotifierTests {

  private final GreenMail smtp = started();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class,
          MemberPortalAutoConfiguration.class))
      .withPropertyValues("member-portal.schema.migrate=false", "member-portal.jobs.enabled=false",
          "spring.mail.host=127.0.0.1", "spring.mail.port=" + smtp.getSmtp().getPort(),
          "member-portal.mail.from=Member Portal <no-reply@portal.example>",
          "member-portal.mail.message-id-domain=portal.example", "member-portal.mail.zone=Europe/Paris")
      .withBean(DataSource.class, SimpleDriverDataSource::new)
      .withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(new SimpleDriverDataSource()));

  @AfterEach
  void stop() {
    smtp.stop();
  }

  @Test
  void withAMailSenderTheLibrarysMailsGoThroughItInTheReadersLanguage() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(Notifier.class).hasSingleBean(MailTemplates.class);
      Notifier notifier = context.getBean(Notifier.class);
      assertThat(notifier).isInstanceOf(MailSenderNotifier.class);

      notifier.send(locked("locked:7", Locale.FRENCH));

      MimeMessage received = smtp.getReceivedMessages()[0];
      assertThat(received.getAllRecipients()[0].toString()).isEqualTo("zoe@example.org");
      assertThat(received.getFrom()[0].toString()).isEqualTo("Member Portal <no-reply@portal.example>");
      assertThat(received.getMessageID()).isEqualTo("<locked%3A7@portal.example>");
      assertThat(received.getHeader("Content-Language")[0]).isEqualTo("fr");
      MimeMultipart parts = (MimeMultipart) received.getContent();
      assertThat(parts.getCount()).isEqualTo(2);
      String text = (String) parts.getBodyPart(0).getContent();
      assertThat(text).contains("Zoé");
      // the adapter's French sentence, the time in the configured zone (09:10 UTC is 10:10 in Paris)
      assertThat(text).contains("10:10");
      assertThat((String) parts.getBodyPart(1).getContent()).contains("<html");
    });
  }

  @Test
  void theApplicationsOwnNotifierWinsOverTheMailSender() {
    RecordingNotifier own = new RecordingNotifier();
    runner.withBean(Notifier.class, () -> own).run(context -> {
      assertThat(context).hasSingleBean(Notifier.class).doesNotHaveBean(MailSenderNotifier.class);
      assertThat(context.getBean(Notifier.class)).isSameAs(own);
    });
  }

  @Test
  void withoutAMailSenderThereIsNoMailNotifier() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class,
            MemberPortalAutoConfiguration.class))
        .withPropertyValues("member-portal.schema.migrate=false", "member-portal.jobs.enabled=false")
        .withBean(DataSource.class, SimpleDriverDataSource::new)
        .withBean(PlatformTransactionManager.class,
            () -> new DataSourceTransactionManager(new SimpleDriverDataSource()))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Notifier.class));
  }

  private static Notification locked(String key, Locale locale) {
    return Notification.builder().idempotencyKey(key).recipient(EmailAddress.of("zoe@example.org"))
        .kind("account.locked").locale(locale).putParameters("firstName", "Zoé")
        .putParameters("lockedUntil", "2026-01-05T09:10:00Z").build();
  }

  private static GreenMail started() {
    GreenMail greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
    return greenMail;
  }
}
