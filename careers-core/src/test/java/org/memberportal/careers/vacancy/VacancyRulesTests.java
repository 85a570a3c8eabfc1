/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.vacancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.opening.Words;
import org.memberportal.careers.testkit.VacancyFixtures;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;

/** The vacancy's named rules and what others read of it, on values alone: no world, no store. */
class VacancyRulesTests {

  private static final Instant T0 = Instant.parse("2026-02-01T10:00:00Z");

  private final Vacancy vacancy = VacancyFixtures.vacancy(VacancyStatus.PUBLISHED, VacancyType.CONSULTANT, "P-3",
      VacancyFixtures.HEADQUARTERS, T0, T0.plus(Duration.ofDays(30)));

  @Test
  void aVacancyOpeningBeforeTheCutOverBelongsToThePreviousSystem() {
    assertThat(vacancy.fromPreviousSystem(T0.plusSeconds(1))).isTrue();
    assertThat(vacancy.fromPreviousSystem(T0)).isFalse();
    assertThat(vacancy.fromPreviousSystem(T0.minusSeconds(1))).isFalse();
  }

  @Test
  void aVacancyIsFoundByTheWordsOfItsReferenceAndOfItsTitlesAndTextsInEveryLanguage() {
    assertThat(Words.of(vacancy)).contains("senior", "radiocommunication", "ingenieur", "principal")
        .containsAll(Words.of(vacancy.referenceNumber()));
  }

  @Test
  void anAlertTellsItsOwnerOfAVacancyInTheAlertsLanguageOnceAnAlertAndVacancy() {
    JobAlert alert = JobAlert.builder().id(AlertId.random()).candidate(CandidateId.random())
        .email(EmailAddress.of("ana@example.org")).language(Locale.FRENCH).criteria(AlertCriteria.any())
        .subscribedAt(T0).build();

    Notification notice = alert.notice(vacancy);

    assertThat(notice.kind()).isEqualTo(JobAlerts.KIND);
    assertThat(notice.idempotencyKey()).isEqualTo(JobAlerts.KIND + ":" + alert.id() + ":" + vacancy.id());
    assertThat(notice.locale()).isEqualTo(Locale.FRENCH);
    assertThat(notice.parameters()).containsEntry("title", VacancyFixtures.FRENCH_TEXT.title())
        .containsEntry("reference", vacancy.referenceNumber()).containsEntry("alert", alert.id().toString())
        .containsEntry("closesAt", vacancy.closesAt().toString());
  }
}
