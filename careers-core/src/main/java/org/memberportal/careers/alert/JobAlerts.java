/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.CareersRefusals;
import org.memberportal.careers.candidate.CandidateAccount;
import org.memberportal.careers.policy.CareersPolicies;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.Vacancies;
import org.memberportal.careers.vacancy.Languages;
import org.memberportal.kernel.Actor;
import org.memberportal.careers.Candidate;
import org.memberportal.careers.CandidateId;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Outcome;
import org.memberportal.kernel.PreconditionFailed;
import org.memberportal.kernel.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Job alerts: a signed-in candidate subscribes with criteria, lists and ends their alerts. When a vacancy is
 * published, each matching alert's owner is notified once ({@link JobAlert#notice}, kind {@value #KIND}), in the
 * same transaction as the publication, by a policy wired in {@link CareersPolicies}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class JobAlerts {

  /** Notification kind of a job alert. Parameters: vacancy, reference, title, closesAt, alert. */
  public static final String KIND = "careers.job-alert";

  /** Most alerts one candidate may keep. */
  public static final int MAX_PER_CANDIDATE = 20;

  private static final Logger LOG = LoggerFactory.getLogger(JobAlerts.class);

  private final Host host;
  private final AlertSubscriptions subscriptions;
  private final CandidateAccounts accounts;

  private JobAlerts(Host host, AlertSubscriptions subscriptions, CandidateAccounts accounts) {
    this.host = host;
    this.subscriptions = subscriptions;
    this.accounts = accounts;
  }

  /**
   * Creates the service. Its policies (matching alerts' owners told when a vacancy is published; alerts removed
   * when their candidate is erased) are wired apart, by {@link CareersPolicies}.
   *
   * @param host the host
   * @param subscriptions where alerts are kept
   * @param accounts the careers accounts, whose address and language alerts are written to
   * @return the service
   * @since 0.2.0
   */
  @API(status = API.Status.STABLE, since = "0.2.0")
  public static JobAlerts on(Host host, AlertSubscriptions subscriptions, CandidateAccounts accounts) {
    return new JobAlerts(host, subscriptions, accounts);
  }

  /**
   * Creates the service and subscribes the job alerts' policies ({@link CareersPolicies#alerts}).
   *
   * @param host the host
   * @param subscriptions where alerts are kept
   * @param vacancies where vacancies are kept
   * @param accounts the careers accounts, whose address and language alerts are written to
   * @return the service, listening
   * @deprecated wire the module with {@code CareersModule}, which creates the service with {@link #on} and
   *     subscribes every careers policy once; this subscribes the alerts' policies a second time if the module
   *     does too
   */
  @Deprecated(since = "0.2.0")
  public static JobAlerts listening(Host host, AlertSubscriptions subscriptions, Vacancies vacancies,
      CandidateAccounts accounts) {
    CareersPolicies.alerts(host, subscriptions, vacancies);
    return on(host, subscriptions, accounts);
  }

  /**
   * Subscribes the signed-in candidate to alerts, written to their careers account's address in its language.
   *
   * @param command the criteria
   * @param actor the candidate
   * @return the alert and {@link AlertEvent.Subscribed}
   * @throws NotAllowed {@code alert.not-allowed} when the actor is not a candidate
   * @throws NotFound {@code alert.no-account} when the candidate has no careers account
   * @throws PreconditionFailed {@code alert.too-many} past {@link #MAX_PER_CANDIDATE} alerts
   */
  public Outcome<JobAlert> subscribe(SubscribeToAlerts command, Actor actor) {
    Validation.check(command, actor);
    CandidateId candidate = candidate(actor);
    return host.command(() -> {
      if (subscriptions.ofCandidate(candidate).size() >= MAX_PER_CANDIDATE) {
        throw new PreconditionFailed(CareersRefusals.ALERT_TOO_MANY,
            "a candidate keeps at most " + MAX_PER_CANDIDATE + " alerts");
      }
      CandidateAccount account = accounts.find(candidate)
          .orElseThrow(() -> new NotFound(CareersRefusals.ALERT_NO_ACCOUNT,
              "candidate " + candidate + " has no careers account"));
      Instant now = host.clock().instant();
      JobAlert alert = JobAlert.builder()
          .id(AlertId.random())
          .candidate(candidate)
          .email(account.email())
          .language(Languages.of(account.language()))
          .criteria(Objects.requireNonNull(command.criteria()))
          .subscribedAt(now)
          .build();
      subscriptions.add(alert);
      LOG.info("job alert {} subscribed by candidate {}", alert.id(), candidate);
      return Outcome.of(alert, new AlertEvent.Subscribed(now, actor, alert.id()));
    });
  }

  /**
   * Ends one of the candidate's alerts.
   *
   * @param command the alert
   * @param actor its owner
   * @return the ended alert and {@link AlertEvent.Unsubscribed}
   * @throws NotFound {@code alert.not-found}
   * @throws NotAllowed {@code alert.not-allowed} when the actor does not own it
   */
  public Outcome<JobAlert> unsubscribe(Unsubscribe command, Actor actor) {
    Validation.check(command, actor);
    CandidateId candidate = candidate(actor);
    return host.command(() -> {
      JobAlert alert = subscriptions.find(Objects.requireNonNull(command.alert()))
          .orElseThrow(() -> new NotFound(CareersRefusals.ALERT_NOT_FOUND, "no alert " + command.alert()));
      if (!alert.candidate().equals(candidate)) {
        throw new NotAllowed(CareersRefusals.ALERT_NOT_ALLOWED, "the alert belongs to another candidate");
      }
      subscriptions.remove(alert.id());
      return Outcome.of(alert, new AlertEvent.Unsubscribed(host.clock().instant(), actor, alert.id()));
    });
  }

  /**
   * The signed-in candidate's alerts, oldest first.
   *
   * @param actor the candidate
   * @return the alerts
   */
  public List<JobAlert> alerts(Actor actor) {
    CandidateId candidate = candidate(actor);
    return host.query(() -> subscriptions.ofCandidate(candidate));
  }

  private static CandidateId candidate(@Nullable Actor actor) {
    if (actor instanceof Candidate c) {
      return c.candidate();
    }
    throw new NotAllowed(CareersRefusals.ALERT_NOT_ALLOWED, "only a signed-in candidate has job alerts");
  }
}
