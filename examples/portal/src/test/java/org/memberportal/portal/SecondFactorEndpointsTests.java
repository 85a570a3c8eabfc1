/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.memberportal.account.factor.Passkey;
import org.memberportal.account.factor.PasskeyId;
import org.memberportal.account.port.PasskeyRegister;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outcome;
import org.memberportal.portal.embedded.Seed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The second factor over HTTP with the portal's own policy (a focal point's decisions need one), in the context the
 * second factor's tests share: a focal point without a factor is refused with "enrol first", one signed in with the
 * password alone with "sign in with your second factor"; the app's key comes with its QR code, confirmed by a first
 * code, with ten recovery codes; the sign-in then asks for the second step, a code is accepted once, a recovery code
 * once, and the decision goes through. A member renames their own passkey (the registration's name rules, no
 * re-authentication), never another's.
 */
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"server.forward-headers-strategy=native", "member-portal.jobs.relay=200ms",
        "portal.test.doubles=true"})
class SecondFactorEndpointsTests extends PortalTest {

  @Autowired
  Host host;

  @Autowired
  PasskeyRegister passkeys;

  @Test
  void aFocalPointIsRefusedUntilEnrolledAndSignedInWithTheSecondFactorThenDecides() {
    String affiliation = pendingRequest();
    Client ida = client();
    Client.Answer first = ida.post("/api/session", Map.of("email", Seed.ITU_FOCAL_POINT, "password", PASSWORD));
    assertThat(first.json().get("outcome").asString()).as("no factor yet: one step").isEqualTo("signed-in");
    String approval = "/api/me/users/affiliations/" + affiliation + "/approval";
    assertProblem(ida.post(approval, Map.of()), "account.second-factor-enrolment-required");

    assertProblem(ida.post("/api/me/factors/totp", Map.of()), "account.reauthentication-required");
    assertThat(ida.post("/api/me/reauthentication", Map.of("password", PASSWORD)).status()).isEqualTo(200);
    Client.Answer app = ida.post("/api/me/factors/totp", Map.of());
    assertThat(app.status()).as(app.text()).isEqualTo(200);
    String key = app.json().get("key").asString();
    assertThat(app.json().get("uri").asString()).startsWith("otpauth://totp/").contains("secret=" + key);
    assertThat(app.json().get("qrCode").asString()).startsWith("<svg").contains("<path");
    Client.Answer confirmed = ida.post("/api/me/factors/totp/confirmation",
        Map.of("code", OneTimeCodes.at(key, Instant.now())));
    assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
    List<String> codes = confirmed.json().get("recoveryCodes").valueStream().map(JsonNode::asString).toList();
    assertThat(codes).hasSize(10).doesNotHaveDuplicates();
    assertThat(ida.get("/api/me/factors").json().get("totp").asBoolean()).isTrue();
    assertProblem(ida.post(approval, Map.of()), "account.second-factor-required");

    Client again = client();
    Client.Answer password = again.post("/api/session", Map.of("email", Seed.ITU_FOCAL_POINT, "password",
        PASSWORD));
    assertThat(password.json().get("outcome").asString()).isEqualTo("second-factor-required");
    assertThat(password.json().get("factors").toString()).contains("TOTP", "RECOVERY_CODE");
    assertThat(again.get("/api/me").status()).as("nobody is signed in before the second step").isEqualTo(401);
    String code = OneTimeCodes.next(key);
    Client.Answer passed = again.post("/api/session/second-factor", Map.of("code", code));
    assertThat(passed.json().get("outcome").asString()).as(passed.text()).isEqualTo("signed-in");
    Client.Answer approved = again.post(approval, Map.of());
    assertThat(approved.status()).as(approved.text()).isEqualTo(200);

    Client replay = client();
    replay.post("/api/session", Map.of("email", Seed.ITU_FOCAL_POINT, "password", PASSWORD));
    assertProblem(replay.post("/api/session/second-factor", Map.of("code", code)), "account.factor-code-rejected");
    Client.Answer recovered = replay.post("/api/session/recovery-code", Map.of("code", codes.get(0)));
    assertThat(recovered.json().get("outcome").asString()).as(recovered.text()).isEqualTo("signed-in");
    Client twice = client();
    twice.post("/api/session", Map.of("email", Seed.ITU_FOCAL_POINT, "password", PASSWORD));
    assertProblem(twice.post("/api/session/recovery-code", Map.of("code", codes.get(0))),
        "account.factor-code-rejected");
    assertThat(client().post("/api/session/second-factor", Map.of("code", code)).status())
        .as("no second step awaited in a session that gave no password").isEqualTo(403);
  }

  @Test
  void aMemberRenamesTheirOwnPasskeyUnderTheRegistrationsRulesWithoutReauthenticating() {
    Client lin = member("lin");
    Client tom = member("tom");
    String laptop = passkey(lin, "laptop");
    String phone = passkey(lin, "phone");
    String toms = passkey(tom, "tablet");
    String path = "/api/me/factors/passkeys/";

    Client.Answer renamed = lin.put(path + laptop + "/name", Map.of("name", " work laptop "));
    assertThat(renamed.status()).as(renamed.text()).isEqualTo(200);
    assertThat(names(renamed.json())).containsExactly("work laptop", "phone");
    Client.Answer taken = lin.put(path + phone + "/name", Map.of("name", "Work Laptop"));
    assertThat(taken.status()).as(taken.text()).isEqualTo(409);
    assertThat(taken.json().get("reason").asString()).isEqualTo("account.passkey-taken");
    Client.Answer blank = lin.put(path + phone + "/name", Map.of("name", " "));
    assertThat(blank.status()).as(blank.text()).isEqualTo(422);
    assertThat(blank.json().get("violations").get(0).get("path").asString()).isEqualTo("name");
    assertThat(lin.put(path + toms + "/name", Map.of("name", "mine")).status()).as("another member's")
        .isEqualTo(404);
    assertThat(lin.put(path + "not-an-id/name", Map.of("name", "mine")).status()).isEqualTo(404);
    assertThat(client().put(path + laptop + "/name", Map.of("name", "mine")).status()).isEqualTo(401);
    assertThat(names(lin.get("/api/me/factors").json())).containsExactly("work laptop", "phone");
    assertThat(names(tom.get("/api/me/factors").json())).containsExactly("tablet");
  }

  /** A verified member of no organisation, signed in with the password (no factor yet). */
  private Client member(String name) {
    String email = address(name);
    long seen = mailsTo(email);
    Client client = client();
    assertThat(client.post("/api/accounts", signUpForm(email)).status()).isEqualTo(202);
    assertThat(client.post("/api/accounts/verification", Map.of("email", email, "code", nextCode(email, seen)))
        .status()).isEqualTo(200);
    client.post("/api/session", Map.of("email", email, "password", PASSWORD));
    return client;
  }

  /**
   * A passkey registered to a member: stored as the ceremony stores one (the browser's ceremony itself is
   * SecondFactorPagesTests', through Chromium's virtual authenticator).
   */
  private String passkey(Client member, String name) {
    AccountId account = AccountId.of(member.get("/api/me").json().get("id").asString());
    Passkey stored = new Passkey(PasskeyId.random(), CodeSubject.of("account", account), name,
        UUID.randomUUID().toString(), "cose-key", 0, Instant.now(), null, 0);
    return host.command(() -> new Outcome<>(passkeys.add(stored), List.of())).value().id().toString();
  }

  private static List<String> names(JsonNode status) {
    return status.get("passkeys").valueStream().map(p -> p.get("name").asString()).toList();
  }

  /** A newcomer's affiliation request to the seeded organisation, for its focal points to decide. */
  private String pendingRequest() {
    Client visitor = client();
    String organisation = visitor.get("/api/organisations?name=Alpine").json().get("items").get(0).get("id")
        .asString();
    String email = address("ada");
    long seen = mailsTo(email);
    Map<String, Object> form = new HashMap<>(signUpForm(email));
    form.put("organisation", organisation);
    assertThat(visitor.post("/api/accounts", form).status()).isEqualTo(202);
    assertThat(visitor.post("/api/accounts/verification", Map.of("email", email, "code", nextCode(email, seen)))
        .status()).isEqualTo(200);
    Client ada = client();
    ada.post("/api/session", Map.of("email", email, "password", PASSWORD));
    return ada.get("/api/me/affiliations").json().findValue("id").asString();
  }

  private static void assertProblem(Client.Answer answer, String reason) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(428);
    assertThat(answer.json().get("reason").asString()).isEqualTo(reason);
  }
}
