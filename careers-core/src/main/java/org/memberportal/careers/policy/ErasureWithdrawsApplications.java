/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.memberportal.careers.application.Application;
import org.memberportal.careers.application.ApplicationAction;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.careers.application.ApplicationEvent;
import org.memberportal.careers.application.ApplicationWorkflow;
import org.memberportal.careers.privacy.PrivacyEvent;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erasure withdraws a candidate's applications (C4): their drafts are deleted; every application that may still
 * be withdrawn ({@link ApplicationWorkflow#TABLE}) is withdrawn by {@code Actor.system("candidate-erasure")}
 * with reason {@value ApplicationDesk#ERASED_REASON} and no notice (the address is being erased at the
 * candidate's request); every application is anonymised ({@link Application#anonymised()}).
 */
record ErasureWithdrawsApplications(SystemMoves moves) implements Consumer<PrivacyEvent.CandidateErased> {

  private static final Logger LOG = LoggerFactory.getLogger(ErasureWithdrawsApplications.class);

  @Override
  public void accept(PrivacyEvent.CandidateErased event) {
    Actor system = Actor.system("candidate-erasure");
    List<DomainEvent> events = new ArrayList<>();
    for (Application a : moves.applications().ofCandidate(event.candidate())) {
      if (a.isDraft()) {
        moves.applications().remove(a.id());
        events.add(new ApplicationEvent.DraftDeleted(event.occurredAt(), system, a.id()));
        continue;
      }
      Application current = ApplicationWorkflow.TABLE.allows(a.status(), ApplicationAction.WITHDRAW)
          ? moves.move(a, ApplicationAction.WITHDRAW, system, event.occurredAt(),
              Optional.of(ApplicationDesk.ERASED_REASON), events)
          : a;
      moves.applications().update(current.anonymised());
    }
    moves.host().events().publish(events);
    LOG.info("candidate {} erased: {} applications withdrawn or anonymised", event.candidate(), events.size());
  }
}
