/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.policy;

import java.util.List;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outcome;
import org.memberportal.ties.port.TiesAccountRegister;

/** A merge moves the affiliation to the surviving organisation; the TIES access resting on it follows it there. */
record FollowMovedAffiliation(Host host, TiesAccountRegister register) {

  void on(AffiliationEvent.Moved moved) {
    register.find(moved.account()).filter(t -> t.current().affiliation().equals(moved.affiliation()))
        .ifPresent(t -> host.command(() ->
            new Outcome<>(register.update(t.movedTo(moved.organisation())), List.of())));
  }
}
