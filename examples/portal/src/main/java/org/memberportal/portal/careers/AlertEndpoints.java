/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.careers;

import java.util.List;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.alert.JobAlerts;
import org.memberportal.careers.alert.SubscribeToAlerts;
import org.memberportal.careers.alert.Unsubscribe;
import org.memberportal.portal.json.Commands;
import org.memberportal.portal.json.Reads;
import org.memberportal.portal.security.Me;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Job alerts (C11): the signed-in candidate subscribes with criteria, and is mailed once, in the careers account's
 * language, when a matching vacancy is published; an alert ends at any time.
 */
@RestController
public class AlertEndpoints {

  private final JobAlerts alerts;
  private final Commands commands;
  private final Me me;

  /**
   * Makes the endpoints.
   *
   * @param alerts the job alerts
   * @param commands reads commands from bodies
   * @param me the caller
   */
  public AlertEndpoints(JobAlerts alerts, Commands commands, Me me) {
    this.alerts = alerts;
    this.commands = commands;
    this.me = me;
  }

  /**
   * The candidate's alerts, oldest first.
   *
   * @return the alerts
   */
  @GetMapping("/api/careers/me/alerts")
  public List<JobAlert> alerts() {
    return alerts.alerts(me.actor());
  }

  /**
   * Subscribes ({@code criteria}: {@code types}, {@code grades}, {@code dutyStations}, {@code languages},
   * {@code keywords}; none of them: every vacancy).
   *
   * @param body the criteria
   * @return the alert
   */
  @PostMapping("/api/careers/me/alerts")
  @ResponseStatus(HttpStatus.CREATED)
  @Reads(SubscribeToAlerts.class)
  public JobAlert subscribe(@RequestBody JsonNode body) {
    return alerts.subscribe(commands.read(body, SubscribeToAlerts.class), me.actor()).value();
  }

  /**
   * Ends an alert.
   *
   * @param alert the alert's id
   * @return the alert ended
   */
  @DeleteMapping("/api/careers/me/alerts/{alert}")
  public JobAlert unsubscribe(@PathVariable String alert) {
    return alerts.unsubscribe(commands.read(null, Unsubscribe.class, "alert", alert), me.actor()).value();
  }
}
