/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.alert;

import java.time.Instant;
import java.util.Locale;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.careers.privacy.PrivacyEvent;
import org.memberportal.careers.vacancy.Vacancy;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Notification;

/**
 * A candidate's job alert: criteria, and where and in which language to write when a matching vacancy is
 * published. The address and language are kept on the subscription so alerts work without reading the
 * candidate's account.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class JobAlert {

  /**
   * The alert's identifier.
   *
   * @return the id
   */
  public abstract AlertId id();

  /**
   * Whose alert it is.
   *
   * @return the candidate
   */
  public abstract CandidateId candidate();

  /**
   * Where alerts are sent.
   *
   * @return the address
   */
  public abstract EmailAddress email();

  /**
   * The language alerts are written in (language only).
   *
   * @return the language
   */
  public abstract Locale language();

  /**
   * What vacancies it is about.
   *
   * @return the criteria
   */
  public abstract AlertCriteria criteria();

  /**
   * When it was subscribed.
   *
   * @return the instant
   */
  public abstract Instant subscribedAt();

  /**
   * What the alert tells its owner about a vacancy: kind {@value JobAlerts#KIND}, in the alert's language, the
   * vacancy's title as its owner reads it ({@link Vacancy#titleFor}), once per alert and vacancy (the idempotency
   * key names both).
   *
   * @param vacancy the vacancy
   * @return the notification, with parameters vacancy, reference, title, closesAt and alert
   */
  public Notification notice(Vacancy vacancy) {
    return Notification.builder()
        .idempotencyKey(JobAlerts.KIND + ":" + id() + ":" + vacancy.id())
        .recipient(email())
        .dataSubject(PrivacyEvent.subjectOf(candidate()))
        .kind(JobAlerts.KIND)
        .locale(language())
        .putParameters("vacancy", vacancy.id().toString())
        .putParameters("reference", vacancy.referenceNumber())
        .putParameters("title", vacancy.titleFor(language()))
        .putParameters("closesAt", vacancy.closesAt().toString())
        .putParameters("alert", id().toString())
        .build();
  }

  /**
   * Starts an alert.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Ids only: the address is personal data. */
  @Override
  public String toString() {
    return "JobAlert{" + id() + ", candidate " + candidate() + ", " + email().masked() + "}";
  }

  /** Builds a {@link JobAlert}. */
  public static final class Builder extends ImmutableJobAlert.Builder {}
}
