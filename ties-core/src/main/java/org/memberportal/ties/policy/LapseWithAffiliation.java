/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.policy;

import java.util.EnumSet;
import java.util.Set;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.ties.access.Ending;
import org.memberportal.ties.access.TiesState;
import org.memberportal.ties.access.TiesParts;

/**
 * T1: TIES access rests on the affiliation; when it ends (removed, left, replaced, organisation rejected, account
 * closed), the access, or the pending request, resting on it lapses.
 */
record LapseWithAffiliation(TiesParts parts, Ending ending) {

  private static final Set<TiesState> LIVE = EnumSet.of(TiesState.REQUESTED, TiesState.ACTIVE);

  void on(AffiliationEvent.Ended ended) {
    parts.register().find(ended.account())
        .filter(t -> t.current().affiliation().equals(ended.affiliation()) && LIVE.contains(t.state()))
        .ifPresent(t -> parts.host().command(() -> ending.lapse(t, ended)));
  }
}
