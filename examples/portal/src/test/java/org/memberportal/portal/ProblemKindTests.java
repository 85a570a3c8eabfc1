/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Validation;
import org.memberportal.portal.embedded.Seed;

/**
 * Each kind of refusal as problem details over real HTTP: the status its kind chooses, {@code type} from the
 * reason, {@code code}, {@code reason}, and the reason's sentence from the library's catalogue in the caller's
 * language ({@code Accept-Language} for staff and visitors, the signed-in member's preference otherwise).
 */
class ProblemKindTests extends PortalTest {

  @Test
  void aConflictIs409InTheAcceptLanguage() {
    for (String language : new String[] {"en", "fr"}) {
      Client operator = operator(language);
      String organisation = DeskTests.organisation(operator, "SECTOR_MEMBER");
      String account = signedUp(address("conflict"), "en");
      String itu = "/api/desk/organisations/" + organisation + "/focal-points/itu";
      assertThat(operator.put(itu, Map.of("account", account)).status()).isEqualTo(200);
      assertRefused(operator.put(itu, Map.of("account", account)), 409, "conflict",
          "affiliation.focal-point-unchanged", language);
    }
    Client tom = client();
    tom.post("/api/session", Map.of("email", Seed.TIES_FOCAL_POINT, "password", PASSWORD));
    String alpine = tom.get("/api/organisations?name=Alpine").json().get("items").get(0).get("id").asString();
    assertRefused(tom.post("/api/me/affiliations", Map.of("organisation", alpine)), 409, "conflict",
        "affiliation.already-affiliated", "en");
  }

  @Test
  void anIllegalTransitionIs409WithTheWorkflowsReason() {
    for (String language : new String[] {"en", "fr"}) {
      Client operator = operator(language);
      String account = signedUp(address("twice"), "en");
      String suspension = "/api/desk/accounts/" + account + "/suspension";
      assertThat(operator.post(suspension, Map.of("reason", "abuse")).status()).isEqualTo(200);
      assertRefused(operator.post(suspension, Map.of("reason", "abuse")), 409, "illegal-transition",
          "account.illegal-transition", language);
    }
  }

  @Test
  void aMissingStepIs428InTheAcceptLanguageOrTheMembersPreference() {
    for (String language : new String[] {"en", "fr"}) {
      Client operator = operator(language);
      String organisation = DeskTests.organisation(operator, "MEMBER_STATE");
      String stranger = signedUp(address("stranger"), "en");
      assertRefused(operator.put("/api/desk/organisations/" + organisation + "/focal-points/ties",
          Map.of("account", stranger)), 428, "precondition-failed", "affiliation.focal-point-not-affiliated",
          language);

      String email = address("nadia");
      signedUp(email, language);
      Client nadia = client();
      nadia.language = language.equals("fr") ? "en" : "fr";
      nadia.post("/api/session", Map.of("email", email, "password", PASSWORD));
      assertRefused(nadia.post("/api/me/ties-access", Map.of()), 428, "precondition-failed",
          "ties.no-approved-affiliation", language);
    }
  }

  @Test
  void aFailingDatabaseIs503AndChangesNothing() {
    for (String language : new String[] {"en", "fr"}) {
      Client operator = operator(language);
      Client.Answer answer = operator.post("/api/desk/organisations/" + TestDoubles.DOWN + "/approval", Map.of());
      assertRefused(answer, 503, "unavailable", "host.unavailable", language);
      assertThat(answer.text()).doesNotContain("IllegalStateException", "database is down");
    }
  }

  @Test
  void aBodyWithoutTheAttributesAStrictBuilderRequiresIs422WithOneViolationEach() {
    for (String language : new String[] {"en", "fr"}) {
      Client visitor = client();
      visitor.language = language;
      Client.Answer answer = visitor.post("/test/strict-builder",
          Map.of("entry", "00000000-0000-0000-0000-000000000001"));
      assertThat(answer.status()).as(answer.text()).isEqualTo(422);
      assertThat(answer.json().get("type").asString()).isEqualTo("urn:memberportal:problem:validation-failed");
      assertThat(answer.json().get("code").asString()).isEqualTo("validation-failed");
      assertThat(answer.json().get("violations").valueStream().map(v -> v.get("path").asString()))
          .containsExactlyInAnyOrder("candidate", "expectedVersion");
      assertThat(answer.json().get("violations").get(0).get("code").asString()).isEqualTo("portal.required");
      assertThat(answer.json().get("violations").get(0).get("message").asString())
          .isEqualTo(language.equals("fr") ? "est obligatoire" : "is required");
    }
  }

  /** The problem details of a refusal: status, type, code, reason, and the catalogue's sentence in a language. */
  static void assertRefused(Client.Answer answer, int status, String code, String reason, String language) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.json().get("type").asString()).isEqualTo("urn:memberportal:problem:" + reason);
    assertThat(answer.json().get("code").asString()).isEqualTo(code);
    assertThat(answer.json().get("reason").asString()).isEqualTo(reason);
    String sentence = Validation.message(reason, Locale.forLanguageTag(language), Map.of());
    assertThat(sentence).isNotEqualTo(reason)
        .isNotEqualTo(Validation.message(reason, language.equals("fr") ? Locale.ENGLISH : Locale.FRENCH, Map.of()));
    assertThat(answer.json().get("detail").asString()).isEqualTo(sentence);
  }

  Client operator(String language) {
    Client operator = client();
    operator.language = language;
    assertThat(operator.post("/api/staff/session", Map.of("username", "operator", "password", "Operator-Demo-1"))
        .status()).isEqualTo(200);
    return operator;
  }

  /** Signs a person up in a language and verifies the address; returns the account's id. */
  String signedUp(String email, String language) {
    Client client = client();
    long seen = mailsTo(email);
    Map<String, Object> form = new HashMap<>(signUpForm(email));
    form.put("preferredLanguage", language);
    assertThat(client.post("/api/accounts", form).status()).isEqualTo(202);
    return client.post("/api/accounts/verification", Map.of("email", email, "code", nextCode(email, seen))).json()
        .get("id").asString();
  }
}
