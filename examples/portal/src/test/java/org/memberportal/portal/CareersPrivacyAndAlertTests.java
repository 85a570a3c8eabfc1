/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The candidate's account rules, privacy (export, consent, erasure) and job alerts, over real HTTP. */
class CareersPrivacyAndAlertTests extends CareersTest {

  @Test
  void aCurrentStaffMemberIsRefusedACareersAccountWithTheReasonWhereToGoInstead() {
    Client.Answer refused = client().post("/api/careers/accounts", accountForm(address("staff"), "CURRENT_STAFF"));
    assertThat(refused.status()).isEqualTo(428);
    assertThat(refused.json().get("reason").asString()).isEqualTo("candidate.current-staff");
    assertThat(refused.json().get("detail").asString()).isNotBlank();
    assertThat(client().post("/api/careers/accounts", accountForm(address("intern"), "INTERN")).status())
        .isEqualTo(202);
  }

  @Test
  void anErasedCandidatesDataIsGoneTheirSessionsEndAndSigningInIsRefusedAsForAnyUnknownAddress() {
    Client recruiter = recruiter();
    String vacancy = published(recruiter, "G-4", "Archivist " + word());
    String email = address("erin");
    Client erin = candidate(email);
    Client phone = client();
    assertThat(phone.post("/api/careers/session", Map.of("email", email, "password", PASSWORD)).json()
        .get("outcome").asString()).isEqualTo("signed-in");
    completeProfile(erin, email);
    String expertise = "Archives " + word();
    long version = erin.get("/api/careers/me/profile").json().get("version").asLong();
    section(erin, "POST", "/entries", version, Map.of("entry", Map.of("section", "EXPERTISE", "area", expertise,
        "years", 4)));
    String application = apply(erin, vacancy);
    String talent = "/api/recruiting/talent?interests=SHORT_TERM&languages=fr&expertise=" + expertise.split(" ")[1];
    Client.Answer found = recruiter.get(talent);
    assertThat(found.status()).as(found.text()).isEqualTo(200);
    assertThat(found.json().get("items").get(0).get("expertise").toString()).contains(expertise);
    assertThat(found.json().get("total").asInt()).isOne();
    assertThat(erin.put("/api/careers/me/consents/SHARE_OUTSIDE_ORGANISATION", null).status()).isEqualTo(200);
    assertThat(erin.get("/api/careers/me/consents").json().get("mayShareOutside").asBoolean()).isTrue();
    assertThat(erin.post("/api/careers/me/alerts", Map.of("criteria", Map.of("grades", List.of("G-4")))).status())
        .isEqualTo(201);

    Client.Answer export = erin.get("/api/careers/me/data");
    assertThat(export.status()).as(export.text()).isEqualTo(200);
    JsonNode document = export.json();
    assertThat(document.get("account").get("email").asString()).isEqualTo(email);
    assertThat(document.get("profile").toString()).contains("University of Geneva", "Place des Nations");
    assertThat(document.get("applications").get(0).get("id").asString()).isEqualTo(application);
    assertThat(document.get("consents").get(0).get("scope").asString()).isEqualTo("SHARE_OUTSIDE_ORGANISATION");
    assertThat(document.get("alerts")).hasSize(1);
    assertThat(export.text()).doesNotContain(PASSWORD, "argon2");

    assertThat(erin.delete("/api/careers/me").status()).isEqualTo(204);
    assertThat(erin.get("/api/careers/me/profile").status()).isEqualTo(401);
    assertThat(phone.get("/api/careers/me/profile").status()).isEqualTo(401);
    Client.Answer erased = client().post("/api/careers/session", Map.of("email", email, "password", PASSWORD));
    Client.Answer unknown = client().post("/api/careers/session",
        Map.of("email", address("nobody"), "password", PASSWORD));
    assertThat(erased.status()).isEqualTo(unknown.status()).isEqualTo(200);
    assertThat(erased.text()).isEqualTo(unknown.text()).contains("rejected");

    JsonNode record = recruiter.get("/api/recruiting/applications/" + application).json();
    assertThat(record.get("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(record.get("erased").asBoolean()).isTrue();
    assertThat(record.toString()).doesNotContain(email, "University of Geneva", "I would like to join");
    String candidate = record.get("candidate").asString();
    Client.Answer profile = recruiter.get("/api/recruiting/candidates/" + candidate + "/profile");
    assertThat(profile.text()).doesNotContain("Lovelace", "Place des Nations");
    assertThat(recruiter.get(talent).json().get("items")).isEmpty();
  }

  @Test
  void aJobAlertMailsItsOwnerOnceForAMatchingVacancyAndNothingAfterUnsubscribing() {
    String keyword = word();
    String email = address("alex");
    Client alex = candidate(email);
    Client.Answer subscribed = alex.post("/api/careers/me/alerts",
        Map.of("criteria", Map.of("grades", List.of("G-7"), "keywords", keyword)));
    assertThat(subscribed.status()).as(subscribed.text()).isEqualTo(201);
    String alert = subscribed.json().get("id").asString();
    assertThat(alex.get("/api/careers/me/alerts").json().valueStream().map(a -> a.get("id").asString()))
        .containsExactly(alert);

    Client recruiter = recruiter();
    String otherGrade = "Telecom Officer " + keyword + " other";
    published(recruiter, "G-6", otherGrade);
    String matching = "Telecom Officer " + keyword;
    published(recruiter, "G-7", matching);
    assertThat(awaitMail(email, "New vacancy matching your alert: " + matching)).isOne();
    assertThat(mailsAbout(email, otherGrade)).isZero();

    assertThat(alex.delete("/api/careers/me/alerts/" + alert).status()).isEqualTo(200);
    assertThat(alex.get("/api/careers/me/alerts").json()).isEmpty();
    String after = "Telecom Officer " + keyword + " later";
    published(recruiter, "G-7", after);
    // a mail sent after the publication: once it has arrived, an alert's mail would have too
    assertThat(client().post("/api/careers/accounts/password-reset", Map.of("email", email)).status())
        .isEqualTo(202);
    assertThat(awaitMail(email, "Your careers password reset code")).isOne();
    assertThat(mailsAbout(email, after)).isZero();
  }

  @Test
  void theJobOpeningsAreSearchedWithoutSigningInAndABadQueryIsRefusedFieldByField() {
    Client visitor = client();
    Client.Answer all = visitor.get("/api/careers/openings");
    assertThat(all.status()).as(all.text()).isEqualTo(200);
    assertThat(all.json().get("items").toString()).contains("Radio Network Engineer");
    visitor.language = "fr";
    assertThat(visitor.get("/api/careers/openings?types=REGULAR_POST&types=TEMPORARY&language=fr&grades=P-3")
        .json().get("items").toString()).contains("Ingénieur réseau radio");
    Client.Answer refused = visitor.get("/api/careers/openings?size=100000");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("violations").get(0).get("code").asString())
        .isEqualTo("careers.opening.size.out-of-range");
  }
}
