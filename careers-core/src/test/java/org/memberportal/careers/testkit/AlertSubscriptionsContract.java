/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.alert.AlertCriteria;
import org.memberportal.careers.alert.AlertId;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.vacancy.VacancyStatus;
import org.memberportal.careers.vacancy.VacancyType;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.EmailAddress;

/** What every {@link AlertSubscriptions} implementation must do; extend it with a factory for an empty store. */
public abstract class AlertSubscriptionsContract {

  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

  private AlertSubscriptions subscriptions;
  private int sequence;

  /**
   * A fresh, empty store.
   *
   * @return the store
   */
  protected abstract AlertSubscriptions createSubscriptions();

  @BeforeEach
  void setUp() {
    subscriptions = createSubscriptions();
  }

  private JobAlert alert(CandidateId candidate, AlertCriteria criteria) {
    JobAlert alert = JobAlert.builder().id(AlertId.random()).candidate(candidate)
        .email(EmailAddress.of("c" + (++sequence) + "@example.org")).language(Locale.ENGLISH)
        .criteria(criteria).subscribedAt(NOW.plusSeconds(sequence)).build();
    subscriptions.add(alert);
    return alert;
  }

  private static Vacancy published(VacancyType type, String grade) {
    return VacancyFixtures.vacancy(VacancyStatus.PUBLISHED, type, grade, VacancyFixtures.HEADQUARTERS, NOW,
        NOW.plus(Duration.ofDays(10)));
  }

  @Test
  void keepsAlertsPerCandidateOldestFirst() {
    CandidateId ana = CandidateId.random();
    JobAlert first = alert(ana, AlertCriteria.any());
    JobAlert second = alert(ana, AlertCriteria.any());
    alert(CandidateId.random(), AlertCriteria.any());

    assertThat(subscriptions.ofCandidate(ana)).containsExactly(first, second);
    assertThat(subscriptions.find(first.id())).contains(first);
  }

  @Test
  void removedAlertsAreGoneAndRemovingTwiceIsHarmless() {
    JobAlert alert = alert(CandidateId.random(), AlertCriteria.any());
    subscriptions.remove(alert.id());
    subscriptions.remove(alert.id());

    assertThat(subscriptions.find(alert.id())).isEmpty();
    assertThat(subscriptions.matching(published(VacancyType.REGULAR_POST, "P-3"))).isEmpty();
  }

  @Test
  void duplicateIdIsAConflict() {
    JobAlert alert = alert(CandidateId.random(), AlertCriteria.any());

    assertThatThrownBy(() -> subscriptions.add(alert)).isInstanceOf(Conflict.class);
  }

  @Test
  void matchingFollowsTheCriteria() {
    JobAlert any = alert(CandidateId.random(), AlertCriteria.any());
    JobAlert consultants = alert(CandidateId.random(), AlertCriteria.builder().addTypes(VacancyType.CONSULTANT).build());
    JobAlert p3Geneva = alert(CandidateId.random(), AlertCriteria.builder().addGrades("p-3").addDutyStations("gva")
        .build());
    JobAlert spanish = alert(CandidateId.random(), AlertCriteria.builder().addLanguages(Locale.forLanguageTag("es"))
        .build());
    JobAlert keyword = alert(CandidateId.random(), AlertCriteria.builder().keywords("Radiocommunication").build());
    alert(CandidateId.random(), AlertCriteria.builder().keywords("astronaut").build());

    assertThat(subscriptions.matching(published(VacancyType.REGULAR_POST, "P-3")))
        .containsExactlyInAnyOrder(any, p3Geneva, keyword);
    assertThat(subscriptions.matching(published(VacancyType.CONSULTANT, "P-4")))
        .containsExactlyInAnyOrder(any, consultants, keyword);
    assertThat(spanish.criteria().matches(published(VacancyType.CONSULTANT, "P-4"))).isFalse();
  }
}
