/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The careers seed journeys over real HTTP: job openings, apply, the recruiter's pipeline, drafts and withdrawal. */
class CareersJourneyTests extends CareersTest {

  @Test
  void aCareersApplicationRunsToTheCompetitionsEndAndJobsAppliedShowsEachCandidateTheOutcome() {
    Client recruiter = recruiter();
    String title = "Spectrum Analyst " + word();
    String vacancy = published(recruiter, "G-6", title);

    Client visitor = client();
    Client.Answer openings = visitor.get("/api/careers/openings?types=TEMPORARY&grades=G-6&keywords="
        + title.substring(title.lastIndexOf(' ') + 1));
    assertThat(openings.status()).as(openings.text()).isEqualTo(200);
    assertThat(openings.json().get("items").valueStream().map(o -> o.get("vacancy").asString()))
        .containsExactly(vacancy);
    assertThat(visitor.get("/api/careers/openings/" + vacancy).json().get("title").asString()).isEqualTo(title);

    String adaEmail = address("ada");
    Client ada = candidate(adaEmail);
    Client.Answer incomplete = ada.post("/api/careers/me/applications", Map.of("vacancy", vacancy));
    assertThat(incomplete.status()).isEqualTo(428);
    assertThat(incomplete.header("Content-Type")).startsWith("application/problem+json");
    assertThat(incomplete.json().get("type").asString())
        .isEqualTo("urn:memberportal:problem:application.profile-incomplete");
    assertThat(incomplete.json().get("code").asString()).isEqualTo("precondition-failed");
    assertThat(ada.get("/api/careers/me/profile/completeness").json().get("missing").toString())
        .contains("PERSONAL_INFORMATION", "REFERENCES");
    completeProfile(ada, adaEmail);
    String adaApplication = apply(ada, vacancy);
    Client.Answer twice = ada.post("/api/careers/me/applications", Map.of("vacancy", vacancy));
    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.json().get("reason").asString()).isEqualTo("application.already-applied");

    String bobEmail = address("bob");
    Client bob = candidate(bobEmail);
    completeProfile(bob, bobEmail);
    String bobApplication = apply(bob, vacancy);

    assertThat(recruiter.get("/api/recruiting/vacancies/" + vacancy + "/applications").json().valueStream()
        .map(a -> a.get("id").asString())).containsExactly(adaApplication, bobApplication);
    move(recruiter, adaApplication, "START_SCREENING", Map.of());
    Client.Answer tooEarly = recruiter.post("/api/recruiting/applications/" + adaApplication
        + "/moves/RECORD_ASSESSMENT", Map.of("step", "written test"));
    assertThat(tooEarly.status()).isEqualTo(409);
    assertThat(tooEarly.json().get("code").asString()).isEqualTo("illegal-transition");
    assertThat(tooEarly.json().get("type").asString()).startsWith("urn:memberportal:problem:");
    move(recruiter, adaApplication, "SHORTLIST", Map.of());
    assertThat(jobsAppliedStatus(ada, adaApplication)).isEqualTo("UNDER_REVIEW");
    move(recruiter, adaApplication, "RECORD_ASSESSMENT", Map.of("step", "written test"));
    assertThat(ada.get("/api/careers/me/applications/" + adaApplication).json().get("status").asString())
        .isEqualTo("UNDER_ASSESSMENT");
    move(recruiter, adaApplication, "INVITE_TO_INTERVIEW", Map.of());
    move(recruiter, adaApplication, "OFFER", Map.of());
    JsonNode selected = move(recruiter, adaApplication, "SELECT", Map.of());
    assertThat(selected.get("moves").valueStream().map(m -> m.get("action").asString()))
        .containsExactly("SUBMIT", "START_SCREENING", "SHORTLIST", "RECORD_ASSESSMENT", "INVITE_TO_INTERVIEW",
            "OFFER", "SELECT");
    move(recruiter, bobApplication, "START_SCREENING", Map.of());
    assertThat(ada.get("/api/recruiting/applications/" + adaApplication).status()).isEqualTo(403);

    assertThat(recruiter.post("/api/recruiting/vacancies/" + vacancy + "/closure", null).json().get("status")
        .asString()).isEqualTo("CLOSED");
    Client.Answer finished = recruiter.post("/api/recruiting/vacancies/" + vacancy + "/competition-end", null);
    assertThat(finished.json().get("status").asString()).as(finished.text()).isEqualTo("COMPETITION_FINISHED");

    assertThat(jobsAppliedStatus(ada, adaApplication)).isEqualTo("SELECTED");
    assertThat(jobsAppliedStatus(bob, bobApplication)).isEqualTo("NOT_SELECTED");
    assertThat(recruiter.get("/api/recruiting/applications/" + bobApplication).json().get("status").asString())
        .isEqualTo("NOT_SELECTED");
    assertThat(awaitMail(bobEmail, "Outcome of your application: " + title)).isOne();
    assertThat(visitor.get("/api/careers/openings/" + vacancy).status()).isEqualTo(404);
  }

  @Test
  void aDraftIsSavedSubmittedOrDeletedAndASubmittedApplicationIsWithdrawnOnce() {
    Client recruiter = recruiter();
    String vacancy = published(recruiter, "G-5", "Records Clerk " + word());
    String email = address("dora");
    Client dora = candidate(email);
    completeProfile(dora, email);

    Client.Answer draft = dora.post("/api/careers/me/applications/drafts", Map.of("vacancy", vacancy));
    assertThat(draft.status()).as(draft.text()).isEqualTo(201);
    assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
    String first = draft.json().get("id").asString();
    assertThat(dora.put("/api/careers/me/applications/" + first + "/cover-letter",
        Map.of("coverLetter", "First thoughts.")).json().get("coverLetter").asString()).isEqualTo("First thoughts.");
    assertThat(jobsAppliedStatus(dora, first)).isEqualTo("DRAFT");
    assertThat(dora.delete("/api/careers/me/applications/" + first).status()).isEqualTo(200);
    assertThat(dora.get("/api/careers/me/applications").json().valueStream()
        .map(job -> job.get("application").asString())).doesNotContain(first);

    String second = dora.post("/api/careers/me/applications/drafts", Map.of("vacancy", vacancy)).json().get("id")
        .asString();
    Client.Answer submitted = dora.post("/api/careers/me/applications/" + second + "/submission", null);
    assertThat(submitted.json().get("status").asString()).as(submitted.text()).isEqualTo("RECEIVED");
    Client.Answer notADraft = dora.delete("/api/careers/me/applications/" + second);
    assertThat(notADraft.status()).isEqualTo(428);
    assertThat(notADraft.json().get("reason").asString()).isEqualTo("application.not-a-draft");

    Client.Answer withdrawn = dora.post("/api/careers/me/applications/" + second + "/withdrawal",
        Map.of("reason", "accepted-other-offer"));
    assertThat(withdrawn.json().get("status").asString()).as(withdrawn.text()).isEqualTo("WITHDRAWN");
    assertThat(jobsAppliedStatus(dora, second)).isEqualTo("WITHDRAWN");
    Client.Answer again = dora.post("/api/careers/me/applications/" + second + "/withdrawal",
        Map.of("reason", "accepted-other-offer"));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().get("code").asString()).isEqualTo("illegal-transition");
    assertThat(recruiter.get("/api/recruiting/applications/" + second).json().get("moves").toString())
        .contains("accepted-other-offer");
  }

  @Test
  void theRecruitersDeskIsForRecruitersAndABadVacancyIsRefusedFieldByField() {
    assertThat(client().post("/api/recruiting/vacancies", vacancyForm("G-5", "Nobody")).status()).isEqualTo(401);
    Client operator = client();
    operator.post("/api/staff/session", Map.of("username", "operator", "password", "Operator-Demo-1"));
    assertThat(operator.post("/api/recruiting/vacancies", vacancyForm("G-5", "Nobody")).status()).isEqualTo(403);

    Map<String, Object> form = new java.util.HashMap<>(vacancyForm("G 5!", "Bad grade"));
    form.remove("type");
    Client.Answer refused = recruiter().post("/api/recruiting/vacancies", form);
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.json().get("violations").valueStream().map(v -> v.get("path").asString()))
        .contains("grade", "type");
  }

  private static JsonNode move(Client recruiter, String application, String action, Map<String, Object> body) {
    Client.Answer moved = recruiter.post("/api/recruiting/applications/" + application + "/moves/" + action, body);
    assertThat(moved.status()).as(action + ": " + moved.text()).isEqualTo(200);
    return moved.json();
  }
}
