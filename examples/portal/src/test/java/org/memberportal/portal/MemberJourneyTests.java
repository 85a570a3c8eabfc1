/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.memberportal.portal.embedded.Seed;

/** The seed journeys of the member portal over real HTTP, on the seeded cast. */
class MemberJourneyTests extends PortalTest {

  @Test
  void aSignUpWithTheOrganisationAndTheTiesTickEndsWithTiesActiveAndTheHandOverNeedsItsConfirmation() {
    Client visitor = client();
    Client.Answer alpine = visitor.get("/api/organisations?membershipType=SECTOR_MEMBER&country=CH");
    assertThat(alpine.status()).as(alpine.text()).isEqualTo(200);
    String organisation = alpine.json().get("items").valueStream()
        .filter(o -> o.get("name").asString().equals(Seed.ORGANISATION)).findFirst().orElseThrow()
        .get("id").asString();

    String email = address("ada");
    long seen = mailsTo(email);
    Map<String, Object> form = new java.util.HashMap<>(signUpForm(email));
    form.put("organisation", organisation);
    form.put("wantsTiesAccess", true);
    assertThat(visitor.post("/api/accounts", form).status()).isEqualTo(202);
    Client.Answer verified = visitor.post("/api/accounts/verification",
        Map.of("email", email, "code", nextCode(email, seen)));
    assertThat(verified.status()).isEqualTo(200);
    assertThat(verified.json().get("status").asString()).isEqualTo("ACTIVE");
    String ada = verified.json().get("id").asString();

    Client tom = signedIn(Seed.TIES_FOCAL_POINT);
    Client.Answer pending = tom.get("/api/me/users?organisation=" + organisation + "&pendingOnly=true");
    assertThat(pending.status()).isEqualTo(200);
    String affiliation = pending.json().get("items").valueStream()
        .filter(e -> e.toString().contains(ada)).findFirst().orElseThrow().get("affiliation").asString();
    assertThat(tom.post("/api/me/users/affiliations/" + affiliation + "/approval", Map.of()).status())
        .isEqualTo(200);
    assertThat(tom.post("/api/me/users/" + ada + "/ties-access/approval", Map.of()).status()).isEqualTo(200);

    Client adaClient = signedIn(email);
    assertThat(adaClient.get("/api/me/ties-access").json().get("active").asBoolean()).isTrue();
    assertThat(adaClient.get("/api/me/requests").json().toString()).contains(Seed.ORGANISATION);

    Client.Answer preview = tom.post("/api/me/ties-focal-point/hand-over",
        Map.of("organisation", organisation, "successor", ada));
    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.json().get("token").asString()).isNotBlank();
    Client.Answer seats = tom.post("/api/me/ties-focal-point/hand-over/confirmation",
        Map.of("token", preview.json().get("token").asString()));
    assertThat(seats.status()).isEqualTo(200);
    assertThat(seats.json().get("ties").asString()).isEqualTo(ada);
    // the hand-over back, so that the seeded cast is as it was for the other tests
    Client.Answer back = adaClient.post("/api/me/ties-focal-point/hand-over",
        Map.of("organisation", organisation, "successor", tom.get("/api/me").json().get("id").asString()));
    assertThat(adaClient.post("/api/me/ties-focal-point/hand-over/confirmation",
        Map.of("token", back.json().get("token").asString())).status()).isEqualTo(200);
  }

  @Test
  void aMigratedAccountIsSentToResetItsPasswordAndThenSignsIn() {
    Client grace = client();
    Client.Answer first = grace.post("/api/session", Map.of("email", Seed.MIGRATED, "password", "Old-Portal-1"));
    assertThat(first.json().get("outcome")).as(first.text()).isNotNull();
    assertThat(first.json().get("outcome").asString()).isEqualTo("password-reset-required");
    long seen = mailsTo(Seed.MIGRATED);
    assertThat(grace.post("/api/accounts/password-reset", Map.of("email", Seed.MIGRATED)).status()).isEqualTo(202);
    Client.Answer reset = grace.put("/api/accounts/password", Map.of("email", Seed.MIGRATED,
        "code", nextCode(Seed.MIGRATED, seen), "password", PASSWORD, "passwordConfirmation", PASSWORD));
    assertThat(reset.status()).isEqualTo(200);
    Client.Answer second = grace.post("/api/session", Map.of("email", Seed.MIGRATED, "password", PASSWORD));
    assertThat(second.json().get("outcome").asString()).isEqualTo("signed-in");
    assertThat(grace.get("/api/me").json().get("email").asString()).isEqualTo(Seed.MIGRATED);
  }

  Client signedIn(String email) {
    Client client = client();
    Client.Answer answer = client.post("/api/session", Map.of("email", email, "password", PASSWORD));
    assertThat(answer.json().get("outcome").asString()).as(answer.text()).isEqualTo("signed-in");
    return client;
  }
}
