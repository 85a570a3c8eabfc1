/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A careers account over real HTTP: "Didn't get the code?" and the profile's completeness. */
class CandidateAccountTests extends CareersTest {

  @Test
  void didntGetTheCodeMailsAFreshCodeThatVerifiesAndAnswersTheSameForAnyAddress() {
    String email = address("resender");
    Client visitor = client();
    long seen = mailsTo(email);
    assertThat(visitor.post("/api/careers/accounts", accountForm(email, "NONE")).status()).isEqualTo(202);
    String first = nextCode(email, seen);
    seen = mailsTo(email);

    Client.Answer known = visitor.post("/api/careers/accounts/verification-code", Map.of("email", email));
    Client.Answer unknown = visitor.post("/api/careers/accounts/verification-code",
        Map.of("email", address("nobody")));
    Client.Answer malformed = visitor.post("/api/careers/accounts/verification-code", Map.of("email", "nobody"));

    assertThat(known.status()).as(known.text()).isEqualTo(202);
    assertThat(unknown.status()).isEqualTo(202);
    assertThat(unknown.json().propertyNames()).isEqualTo(known.json().propertyNames());
    assertThat(malformed.status()).isEqualTo(422);
    // within the cool-down of the sign-up's code, no second code: the library's per-account limits
    assertThat(mailsTo(email)).isEqualTo(seen);
    Client.Answer verified = visitor.post("/api/careers/accounts/verification",
        Map.of("email", email, "code", first));
    assertThat(verified.status()).as(verified.text()).isEqualTo(200);
  }

  @Test
  void theCompletenessSaysWhetherTheProfileIsComplete() {
    String email = address("complete");
    Client candidate = candidate(email);
    JsonNode before = candidate.get("/api/careers/me/profile/completeness").json();

    completeProfile(candidate, email);
    JsonNode after = candidate.get("/api/careers/me/profile/completeness").json();

    assertThat(before.get("complete").asBoolean()).as(before.toString()).isFalse();
    assertThat(after.get("complete").asBoolean()).as(after.toString()).isTrue();
  }
}
