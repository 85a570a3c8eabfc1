/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.privacy;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.memberportal.careers.CandidateId;
import org.memberportal.careers.port.CandidateAccounts;
import org.memberportal.careers.port.Consents;
import org.memberportal.careers.port.Profiles;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The erasure of a candidate (C4), at their request or by the retention rule: their profile, consents and careers
 * account are removed and every notification about them is forgotten, in the command's transaction; the
 * {@link PrivacyEvent.CandidateErased} event lets applications and job alerts erase what they hold. The retention
 * rule erases whoever neither edited their profile nor signed in since the cut-off.
 */
record Erasing(Host host, Profiles profiles, Consents consents, CandidateAccounts accounts, RetentionPolicy retention) {

  private static final Logger LOG = LoggerFactory.getLogger(Erasing.class);

  Outcome<CandidateId> deleteProfile(CandidateId candidate, Actor actor) {
    return host.command(() -> Outcome.of(candidate, erase(candidate, actor, ErasureReason.CANDIDATE_REQUEST)));
  }

  Outcome<RetentionReport> applyRetention(Actor actor) {
    return host.command(() -> {
      Instant now = host.clock().instant();
      Instant cutoff = ZonedDateTime.ofInstant(now, host.clock().getZone()).minus(retention.inactivity()).toInstant();
      // inactive means: neither the profile nor the account (sign-ins) saw activity since the cut-off
      Set<CandidateId> candidates = new LinkedHashSet<>(profiles.inactiveSince(cutoff));
      candidates.addAll(accounts.inactiveSince(cutoff));
      List<CandidateId> inactive = candidates.stream()
          .filter(c -> profiles.find(c).map(p -> p.lastActivity().isBefore(cutoff)).orElse(true))
          .filter(c -> accounts.find(c).map(a -> a.lastActivity().isBefore(cutoff)).orElse(true))
          .toList();
      List<DomainEvent> events = new ArrayList<>();
      for (CandidateId c : inactive) {
        events.add(erase(c, actor, ErasureReason.RETENTION));
      }
      LOG.info("retention erased {} candidates inactive since before {}", inactive.size(), cutoff);
      return new Outcome<>(new RetentionReport(cutoff, inactive), events);
    });
  }

  private PrivacyEvent.CandidateErased erase(CandidateId candidate, Actor actor, ErasureReason reason) {
    profiles.remove(candidate);
    consents.remove(candidate);
    accounts.remove(candidate);
    int forgotten = host.outbox().forget(PrivacyEvent.subjectOf(candidate));
    LOG.info("candidate {} erased ({}), {} notifications forgotten", candidate, reason, forgotten);
    return new PrivacyEvent.CandidateErased(host.clock().instant(), actor, candidate, reason);
  }
}
