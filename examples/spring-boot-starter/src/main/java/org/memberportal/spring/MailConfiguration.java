/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.spring;

import jakarta.mail.Session;
import java.util.Properties;
import org.memberportal.kernel.Notifier;
import org.memberportal.mail.MailTemplates;
import org.memberportal.mail.MimeMails;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The {@link Notifier} on the application's {@link JavaMailSender}, when it has one and no notifier of its own;
 * the mail adapter's templates, or the application's folder over them ({@code member-portal.mail.templates}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JavaMailSender.class)
class MailConfiguration {

  @Bean
  @ConditionalOnMissingBean
  MailTemplates memberPortalMailTemplates(MemberPortalProperties properties) {
    MemberPortalProperties.Mail p = properties.getMail();
    String folder = p.getTemplates();
    MailTemplates templates = folder == null || folder.isBlank()
        ? MailTemplates.standard() : MailTemplates.fromClassPath(folder);
    return templates.inZone(p.getZone());
  }

  @Bean
  @ConditionalOnBean(JavaMailSender.class)
  @ConditionalOnMissingBean(Notifier.class)
  MailSenderNotifier memberPortalMailNotifier(JavaMailSender sender, MailTemplates templates,
      MemberPortalProperties properties) {
    MemberPortalProperties.Mail p = properties.getMail();
    Session session = sender instanceof JavaMailSenderImpl spring
        ? spring.getSession() : Session.getInstance(new Properties());
    return new MailSenderNotifier(sender, templates, MimeMails.of(session, p.getFrom(), p.getMessageIdDomain()));
  }
}
