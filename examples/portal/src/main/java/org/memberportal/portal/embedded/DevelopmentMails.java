/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.embedded;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The development page of the embedded default: every mail the in-process SMTP server received, newest first, so a
 * newcomer can read a verification code. {@code /dev/mails} is the page, {@code /dev/mails.json} the same as JSON.
 * Exists only with the embedded SMTP server; never in a deployment with a real one.
 */
@RestController
@ConditionalOnProperty(prefix = "portal.embedded", name = "enabled", havingValue = "true", matchIfMissing = true)
public class DevelopmentMails {

  private final GreenMail server;

  /**
   * Makes the page.
   *
   * @param server the in-process SMTP server
   */
  public DevelopmentMails(GreenMail server) {
    this.server = server;
  }

  /**
   * The mails received, newest first: recipient, subject and plain text.
   *
   * @return the mails
   */
  @GetMapping(path = "/dev/mails.json", produces = MediaType.APPLICATION_JSON_VALUE)
  public List<Map<String, String>> mails() {
    List<MimeMessage> received = new ArrayList<>(Arrays.asList(server.getReceivedMessages()));
    Collections.reverse(received);
    return received.stream().map(DevelopmentMails::summary).toList();
  }

  /**
   * The same mails as a page.
   *
   * @return the page
   */
  @GetMapping(path = "/dev/mails", produces = MediaType.TEXT_HTML_VALUE)
  public String page() {
    String rows = mails().stream().map(mail -> "<article><h2>" + HtmlUtils.htmlEscape(mail.get("subject"))
        + "</h2><p>To: " + HtmlUtils.htmlEscape(mail.get("to")) + "</p><pre>" + HtmlUtils.htmlEscape(mail.get("text"))
        + "</pre></article>").collect(Collectors.joining("\n"));
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Mails received</title></head>"
        + "<body><h1>Mails the portal sent (in-process SMTP server)</h1>"
        + (rows.isEmpty() ? "<p>None yet.</p>" : rows) + "</body></html>";
  }

  private static Map<String, String> summary(MimeMessage message) {
    try {
      return Map.of("to", String.join(", ", Arrays.stream(message.getAllRecipients()).map(Object::toString).toList()),
          "subject", String.valueOf(message.getSubject()), "text", text(message));
    } catch (MessagingException | IOException e) {
      return Map.of("to", "?", "subject", "(unreadable)", "text", String.valueOf(e.getMessage()));
    }
  }

  /** The plain-text part of a mail (the first text/plain part of a multipart one). */
  static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return String.valueOf(part.getContent());
    }
    if (part.getContent() instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        String text = text(child);
        if (!text.isEmpty()) {
          return text;
        }
      }
    }
    return "";
  }
}
