/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The recruiter's desk over real HTTP: its list of vacancies, a candidate's draft that stays the candidate's own,
 * and a vacancy's dates that keep the zone they were given.
 */
class RecruiterDeskTests extends CareersTest {

  @Test
  void aCandidatesDraftIsNotFoundForTheRecruiterAsIfItDidNotExist() {
    Client recruiter = recruiter();
    String vacancy = published(recruiter, "P-2", "Draft keeper " + word());
    String email = address("drafter");
    Client candidate = candidate(email);
    completeProfile(candidate, email);
    Client.Answer draft = candidate.post("/api/careers/me/applications/drafts", Map.of("vacancy", vacancy));
    assertThat(draft.status()).as(draft.text()).isEqualTo(201);
    String application = draft.json().get("id").asString();

    Client.Answer read = recruiter.get("/api/recruiting/applications/" + application);
    Client.Answer moved = recruiter.post("/api/recruiting/applications/" + application + "/moves/START_SCREENING",
        null);

    for (Client.Answer answer : List.of(read, moved)) {
      assertThat(answer.status()).as(answer.text()).isEqualTo(404);
      assertThat(answer.json().get("type").asString()).isEqualTo("urn:memberportal:problem:application.not-found");
    }
    assertThat(recruiter.get("/api/recruiting/vacancies/" + vacancy + "/applications").json()).isEmpty();
    assertThat(candidate.get("/api/careers/me/applications/" + application).json().get("status").asString())
        .isEqualTo("DRAFT");
  }

  @Test
  void theRecruitersDeskListsTheirVacanciesNewestFirstFilteredByStatusAndPaged() {
    Client recruiter = recruiter();
    String published = published(recruiter, "P-3", "Listed " + word());
    Map<String, Object> later = new HashMap<>(vacancyForm("P-3", "Listed later " + word()));
    later.put("opensAt", ZonedDateTime.now(ZoneId.of("UTC")).plusDays(1).toString());
    Client.Answer drafted = recruiter.post("/api/recruiting/vacancies", later);
    assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
    String draft = drafted.json().get("id").asString();

    JsonNode first = recruiter.get("/api/recruiting/vacancies?size=2").json();
    JsonNode drafts = recruiter.get("/api/recruiting/vacancies?status=DRAFT&size=100").json();
    JsonNode publishedOnes = recruiter.get("/api/recruiting/vacancies?status=PUBLISHED&status=CLOSED&size=100")
        .json();

    assertThat(ids(first)).as(first.toString()).startsWith(draft);
    assertThat(first.get("size").asInt()).isEqualTo(2);
    assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(ids(drafts)).contains(draft).doesNotContain(published);
    assertThat(drafts.get("items").valueStream()).allSatisfy(v -> assertThat(v.get("status").asString())
        .isEqualTo("DRAFT"));
    assertThat(ids(publishedOnes)).contains(published).doesNotContain(draft);
    Client.Answer outOfRange = recruiter.get("/api/recruiting/vacancies?page=-1");
    assertThat(outOfRange.status()).as(outOfRange.text()).isEqualTo(422);
    assertThat(outOfRange.text()).contains("careers.vacancy.page.negative");
    assertThat(client().get("/api/recruiting/vacancies").status()).isIn(401, 403);
  }

  @Test
  void aVacancysDatesKeepTheZoneTheyWereGiven() {
    Client recruiter = recruiter();
    ZonedDateTime opens = ZonedDateTime.now(ZoneId.of("Europe/Zurich")).withNano(0).minusHours(1);
    ZonedDateTime closes = opens.plusDays(30).withZoneSameInstant(ZoneId.of("America/New_York"));
    Map<String, Object> form = new HashMap<>(vacancyForm("P-4", "Zoned " + word()));
    form.put("opensAt", opens.toString());
    form.put("closesAt", closes.toString());

    Client.Answer drafted = recruiter.post("/api/recruiting/vacancies", form);
    assertThat(drafted.status()).as(drafted.text()).isEqualTo(201);
    JsonNode read = recruiter.get("/api/recruiting/vacancies/" + drafted.json().get("id").asString()).json();

    for (JsonNode vacancy : List.of(drafted.json(), read)) {
      assertThat(ZonedDateTime.parse(vacancy.get("opensAt").asString())).isEqualTo(opens);
      assertThat(ZonedDateTime.parse(vacancy.get("closesAt").asString())).isEqualTo(closes);
    }
  }

  private static List<String> ids(JsonNode page) {
    return page.get("items").valueStream().map(v -> v.get("id").asString()).toList();
  }
}
