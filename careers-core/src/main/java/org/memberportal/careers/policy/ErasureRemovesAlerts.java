/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.policy;

import java.util.List;
import java.util.function.Consumer;
import org.memberportal.careers.alert.AlertEvent;
import org.memberportal.careers.alert.JobAlert;
import org.memberportal.careers.port.AlertSubscriptions;
import org.memberportal.careers.privacy.PrivacyEvent;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erasure removes a candidate's job alerts (C4), which hold their address: each is removed and recorded as
 * {@link AlertEvent.Unsubscribed} by {@code Actor.system("candidate-erasure")}.
 */
record ErasureRemovesAlerts(Host host, AlertSubscriptions subscriptions)
    implements Consumer<PrivacyEvent.CandidateErased> {

  private static final Logger LOG = LoggerFactory.getLogger(ErasureRemovesAlerts.class);

  @Override
  public void accept(PrivacyEvent.CandidateErased event) {
    List<JobAlert> held = subscriptions.ofCandidate(event.candidate());
    for (JobAlert alert : held) {
      subscriptions.remove(alert.id());
    }
    host.events().publish(held.stream().<DomainEvent>map(a -> new AlertEvent.Unsubscribed(event.occurredAt(),
        Actor.system("candidate-erasure"), a.id())).toList());
    LOG.info("candidate {} erased: {} job alerts removed", event.candidate(), held.size());
  }
}
