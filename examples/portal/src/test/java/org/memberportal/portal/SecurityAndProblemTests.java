/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memberportal.portal.embedded.Seed;

/** Refusals as problem details, sessions, CSRF, the rate limit and the security headers, over real HTTP. */
class SecurityAndProblemTests extends PortalTest {

  @Test
  void aValidationFailureIs422WithEachViolationsPathCodeAndMessageInTheCallersLanguage() {
    Client visitor = client();
    visitor.language = "fr";
    Map<String, Object> form = new java.util.HashMap<>(signUpForm("not-an-address"));
    form.put("termsAccepted", false);
    Client.Answer answer = visitor.post("/api/accounts", form);
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.json().get("type").asString()).isEqualTo("urn:memberportal:problem:validation-failed");
    assertThat(answer.json().get("title").asString()).isEqualTo("Certaines données ne sont pas valides");
    assertThat(answer.json().get("violations").toString()).contains("\"path\":\"email\"",
        "\"path\":\"termsAccepted\"", "\"code\":\"account.terms.required\"");
  }

  @Test
  void aMalformedIdIs404AndAnAnonymousFocalPointActionIs401AndAStrangersIs403() {
    Client tom = client();
    assertThat(tom.post("/api/session", Map.of("email", Seed.TIES_FOCAL_POINT, "password", PASSWORD)).status())
        .isEqualTo(200);
    Client.Answer notFound = tom.post("/api/me/users/affiliations/nope/approval", Map.of());
    assertThat(notFound.status()).isEqualTo(404);
    assertThat(notFound.json().get("code").asString()).isEqualTo("not-found");
    assertThat(client().post("/api/me/users/affiliations/nope/approval", Map.of()).status()).isEqualTo(401);

    Client stranger = client();
    String email = address("eve");
    long seen = mailsTo(email);
    stranger.post("/api/accounts", signUpForm(email));
    stranger.post("/api/accounts/verification", Map.of("email", email, "code", nextCode(email, seen)));
    stranger.post("/api/session", Map.of("email", email, "password", PASSWORD));
    String organisation = stranger.get("/api/organisations?name=" + "Alpine").json().get("items").get(0).get("id")
        .asString();
    Client.Answer refused = stranger.get("/api/me/users?organisation=" + organisation);
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.json().get("code").asString()).isEqualTo("not-allowed");
    assertThat(refused.json().get("type").asString()).startsWith("urn:memberportal:problem:affiliation.");
  }

  @Test
  void aStateChangingRequestWithoutTheCsrfTokenIsRefused() {
    Client client = client();
    client.csrf = false;
    Client.Answer answer = client.post("/api/accounts/verification-code", Map.of("email", "x@example.org"));
    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.json().get("reason").asString()).isEqualTo("portal.csrf-token");
  }

  @Test
  void theRateLimitAnswers429WithRetryAfterPerClient() {
    Client client = client();
    int status = 0;
    for (int i = 0; i < 11 && status != 429; i++) {
      status = client.post("/api/accounts/password-reset", Map.of("email", "nobody@example.org")).status();
    }
    assertThat(status).isEqualTo(429);
    Client.Answer refused = client.post("/api/accounts/password-reset", Map.of("email", "nobody@example.org"));
    assertThat(refused.json().get("reason").asString()).isEqualTo("portal.too-many-requests");
    assertThat(refused.header("Retry-After")).isNotBlank();
    assertThat(client().post("/api/accounts/password-reset", Map.of("email", "nobody@example.org")).status())
        .isEqualTo(202);
  }

  @Test
  void aPasswordResetEndsTheHoldersSessionsAndSignOutEndsOne() {
    String email = address("ivy");
    Client phone = client();
    long seen = mailsTo(email);
    phone.post("/api/accounts", signUpForm(email));
    phone.post("/api/accounts/verification", Map.of("email", email, "code", nextCode(email, seen)));
    Client.Answer signedIn = phone.post("/api/session", Map.of("email", email, "password", PASSWORD));
    assertThat(signedIn.header("Set-Cookie")).contains("HttpOnly", "Secure", "SameSite=Strict");
    assertThat(phone.get("/api/me").status()).isEqualTo(200);

    Client laptop = client();
    seen = mailsTo(email);
    laptop.post("/api/accounts/password-reset", Map.of("email", email));
    String other = "Green-Owl-Night-77";
    assertThat(laptop.put("/api/accounts/password", Map.of("email", email, "code", nextCode(email, seen),
        "password", other, "passwordConfirmation", other)).status()).isEqualTo(200);
    assertThat(phone.get("/api/me").status()).isEqualTo(401);

    assertThat(laptop.post("/api/session", Map.of("email", email, "password", other)).status()).isEqualTo(200);
    assertThat(laptop.delete("/api/session").status()).isEqualTo(204);
    assertThat(laptop.get("/api/me").status()).isEqualTo(401);
  }

  @Test
  void answersCarryTheSecurityHeaders() {
    Client.Answer answer = client().get("/api/organisations/membership-types");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(answer.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
  }

  @Test
  void theDevelopmentPageShowsTheMailsReceived() {
    Client.Answer page = client().get("/dev/mails");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("Mails the portal sent", Seed.TIES_FOCAL_POINT);
  }
}
