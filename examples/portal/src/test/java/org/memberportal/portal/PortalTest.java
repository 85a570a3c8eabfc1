/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.memberportal.portal.embedded.Seed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal started once for every end-to-end test class (they share this one configuration, so Spring's test
 * context cache starts one application): its own main class's configuration on a random port, the embedded default
 * seeded, the client's forwarded address trusted from localhost, and the {@link TestDoubles}; no duty needs a second
 * factor here (the second factor's own tests run the portal's policy in a context of their own).
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.forward-headers-strategy=native", "member-portal.jobs.relay=200ms",
        "portal.test.doubles=true", "member-portal.accounts.second-factor-for="})
abstract class PortalTest {

  static final String PASSWORD = Seed.PASSWORD;

  @LocalServerPort
  int port;

  @Autowired
  GreenMail mail;

  Client client() {
    return new Client(port);
  }

  /** A fresh address of the test's own. */
  static String address(String name) {
    return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
  }

  /** How many mails an address has received. */
  long mailsTo(String email) {
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m, email)).count();
  }

  /** The code in the next mail to an address after {@code seen} of them. */
  String nextCode(String email, long seen) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (mailsTo(email) <= seen && System.currentTimeMillis() < deadline) {
      mail.waitForIncomingEmail(200, mail.getReceivedMessages().length + 1);
    }
    return Seed.lastCode(mail, email);
  }

  /** Signs a new person up and verifies the address; returns the client, not signed in. */
  Map<String, Object> signUpForm(String email) {
    return Map.of("email", email, "firstName", "Ada", "lastName", "Lovelace", "gender", "female",
        "professionalRole", "engineer", "password", PASSWORD,
        "passwordConfirmation", PASSWORD, "preferredLanguage", "en", "termsAccepted", true);
  }

  /** Whether a mail went to an address. */
  static boolean to(MimeMessage message, String email) {
    try {
      return message.getAllRecipients()[0].toString().contains(email);
    } catch (jakarta.mail.MessagingException e) {
      return false;
    }
  }
}
