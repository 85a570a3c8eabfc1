/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The cast of the careers journeys over real HTTP: the demo's recruiter (the staff login), candidates who sign up,
 * verify with the code read from the in-process SMTP server and fill their profile, and vacancies of their own.
 */
abstract class CareersTest extends PortalTest {

  /** The recruiter's desk, signed in with the demo's staff login. */
  Client recruiter() {
    Client recruiter = client();
    Client.Answer answer = recruiter.post("/api/staff/session",
        Map.of("username", "recruiter", "password", "Recruiter-Demo-1"));
    assertThat(answer.json().get("role").asString()).as(answer.text()).isEqualTo("RECRUITER");
    return recruiter;
  }

  /** A word no other vacancy has, so that a search finds only the test's own. */
  static String word() {
    return "w" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** A temporary vacancy at headquarters in English, open now for 30 days, drafted (not published). */
  static Map<String, Object> vacancyForm(String grade, String title) {
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
    return Map.of("referenceNumber", "T/" + word(), "type", "TEMPORARY", "grade", grade,
        "dutyStation", Map.of("code", "GVA", "name", "Geneva", "kind", "HEADQUARTERS", "languages", List.of("en", "fr")),
        "texts", Map.of("en", Map.of("title", title, "body", "Supports the team of " + title + ".")),
        "opensAt", now.minusHours(1).toString(), "closesAt", now.plusDays(30).toString());
  }

  /** Drafts and publishes a vacancy; its id. */
  String published(Client recruiter, String grade, String title) {
    Client.Answer draft = recruiter.post("/api/recruiting/vacancies", vacancyForm(grade, title));
    assertThat(draft.status()).as(draft.text()).isEqualTo(201);
    assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
    String vacancy = draft.json().get("id").asString();
    Client.Answer published = recruiter.post("/api/recruiting/vacancies/" + vacancy + "/publication", null);
    assertThat(published.status()).as(published.text()).isEqualTo(200);
    assertThat(published.json().get("status").asString()).isEqualTo("PUBLISHED");
    return vacancy;
  }

  /** The careers sign-up form. */
  static Map<String, Object> accountForm(String email, String relation) {
    return Map.of("email", email, "firstName", "Ada", "lastName", "Lovelace", "password", PASSWORD,
        "passwordConfirmation", PASSWORD, "language", "en", "relation", relation);
  }

  /** A new candidate: created, verified with the mailed code, signed in. */
  Client candidate(String email) {
    Client candidate = client();
    long seen = mailsTo(email);
    assertThat(candidate.post("/api/careers/accounts", accountForm(email, "NONE")).status()).isEqualTo(202);
    Client.Answer verified = candidate.post("/api/careers/accounts/verification",
        Map.of("email", email, "code", nextCode(email, seen)));
    assertThat(verified.status()).as(verified.text()).isEqualTo(200);
    Client.Answer signedIn = candidate.post("/api/careers/session", Map.of("email", email, "password", PASSWORD));
    assertThat(signedIn.json().get("outcome").asString()).as(signedIn.text()).isEqualTo("signed-in");
    return candidate;
  }

  /** Answers every required section of the candidate's profile, each with the version last read. */
  void completeProfile(Client candidate, String email) {
    long version = candidate.get("/api/careers/me/profile").json().get("version").asLong();
    version = section(candidate, "PUT", "/personal-information", version, Map.of("value", Map.of(
        "firstName", "Ada", "lastName", "Lovelace", "birthDate", "1990-12-10", "nationalities", List.of("GB"),
        "email", email, "phone", "+41 22 730 51 11")));
    version = section(candidate, "PUT", "/address", version, Map.of("value", Map.of("street", "Place des Nations",
        "postalCode", "1211", "city", "Geneva", "country", "CH")));
    version = section(candidate, "PUT", "/contract-information", version,
        Map.of("value", Map.of("interests", List.of("SHORT_TERM"))));
    version = section(candidate, "PUT", "/no-relatives", version, Map.of());
    version = section(candidate, "POST", "/entries", version, Map.of("entry", Map.of("section", "LANGUAGES",
        "language", "fr", "reading", "FLUENT", "writing", "INTERMEDIATE", "speaking", "FLUENT")));
    version = section(candidate, "POST", "/entries", version, Map.of("entry", Map.of("section", "EDUCATION",
        "institution", "University of Geneva", "degree", "MSc", "field", "Telecommunications", "country", "CH",
        "from", "2010-09-01", "to", "2012-06-30")));
    version = section(candidate, "POST", "/entries", version, Map.of("entry", Map.of("section", "EMPLOYMENT",
        "employer", "Swisscom", "title", "Engineer", "country", "CH", "duties", "Radio planning",
        "from", "2012-09-01")));
    section(candidate, "POST", "/entries", version, Map.of("entry", Map.of("section", "REFERENCES",
        "name", "Grace Hopper", "position", "Rear admiral", "email", "grace@example.org", "phone", "+1 555 0100")));
    JsonNode completeness = candidate.get("/api/careers/me/profile/completeness").json();
    assertThat(completeness.get("missing")).as(completeness.toString()).isEmpty();
    assertThat(completeness.get("answered").asInt()).isEqualTo(completeness.get("required").asInt());
  }

  /** Changes one section of the profile over the version last read; the profile's next version. */
  static long section(Client candidate, String method, String path, long version, Map<String, Object> body) {
    Map<String, Object> command = new java.util.HashMap<>(body);
    command.put("expectedVersion", version);
    Client.Answer answer = candidate.send(method, "/api/careers/me/profile" + path, command);
    assertThat(answer.status()).as(path + ": " + answer.text()).isIn(200, 201);
    return answer.json().get("version").asLong();
  }

  /** Applies; the application's id. */
  static String apply(Client candidate, String vacancy) {
    Client.Answer applied = candidate.post("/api/careers/me/applications",
        Map.of("vacancy", vacancy, "coverLetter", "I would like to join."));
    assertThat(applied.status()).as(applied.text()).isEqualTo(201);
    assertThat(applied.json().get("status").asString()).isEqualTo("RECEIVED");
    return applied.json().get("id").asString();
  }

  /** The status "Jobs Applied" shows for an application. */
  static String jobsAppliedStatus(Client candidate, String application) {
    return candidate.get("/api/careers/me/applications").json().valueStream()
        .filter(job -> job.get("application").asString().equals(application)).findFirst().orElseThrow()
        .get("status").asString();
  }

  /** The subjects of the mails an address received, oldest first. */
  List<String> subjectsTo(String email) {
    return Arrays.stream(mail.getReceivedMessages()).filter(m -> to(m, email)).map(CareersTest::subject).toList();
  }

  /** Waits for a mail to an address whose subject contains a text; how many such mails the address received. */
  long awaitMail(String email, String subject) {
    long deadline = System.currentTimeMillis() + 30_000;
    while (mailsAbout(email, subject) == 0 && System.currentTimeMillis() < deadline) {
      mail.waitForIncomingEmail(200, mail.getReceivedMessages().length + 1);
    }
    return mailsAbout(email, subject);
  }

  /** How many mails to an address have a subject that contains a text. */
  long mailsAbout(String email, String subject) {
    return subjectsTo(email).stream().filter(s -> s.contains(subject)).count();
  }

  private static String subject(MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (MessagingException e) {
      return "";
    }
  }
}
