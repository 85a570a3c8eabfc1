/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.policy;

import java.util.EnumSet;
import java.util.Set;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.kernel.Host;
import org.memberportal.ties.access.Ending;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * T1: TIES access rests on the affiliation; when it ends (removed, left, replaced, organisation rejected, account
 * closed), the access, or the pending request, resting on it lapses.
 */
final class LapseWithAffiliation {

  private static final Set<TiesState> LIVE = EnumSet.of(TiesState.REQUESTED, TiesState.ACTIVE);

  private final Host host;
  private final TiesAccountRegister register;
  private final Ending ending;

  LapseWithAffiliation(Host host, TiesAccountRegister register, Ending ending) {
    this.host = host;
    this.register = register;
    this.ending = ending;
  }

  void on(AffiliationEvent.Ended ended) {
    register.find(ended.account())
        .filter(t -> t.current().affiliation().equals(ended.affiliation()) && LIVE.contains(t.state()))
        .ifPresent(t -> host.command(() -> ending.lapse(t, ended)));
  }
}
