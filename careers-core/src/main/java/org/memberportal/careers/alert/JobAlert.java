/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.alert;

import java.time.Instant;
import java.util.Locale;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.CandidateId;
import org.memberportal.kernel.EmailAddress;

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
