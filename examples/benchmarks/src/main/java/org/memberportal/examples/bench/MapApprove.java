/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationRefusals;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationEvent;
import org.memberportal.affiliation.membership.AffiliationId;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.NotFound;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.Validation;

/**
 * B2's floor: "a focal point approves an affiliation" written by hand over plain maps, doing what the rules
 * oblige any implementation to do and nothing more. It validates the command with the same {@link Validation},
 * checks that the actor holds a seat and is not the requester, that the request is pending and that the account
 * has no other current affiliation, writes the approved request and moves it from the organisation's pending set
 * to its approved set (the focal point's pages read them), appends the {@link AffiliationEvent.Approved} audit event to
 * the request's trail, and queues the user's letter (F4) with the library's own {@link Notification}, keyed for
 * delivery. It has no transaction, undo log, workflow table, ports, event bus or locks: the measure of what the
 * obligations cost, against which the library's own overhead is read. Single-threaded, for the benchmark only.
 */
final class MapApprove {

  private final Clock clock = Clock.systemUTC();
  private final Map<AffiliationId, Affiliation> affiliations = new HashMap<>();
  private final Map<AccountId, AffiliationId> byAccount = new HashMap<>();
  private final Map<OrganisationId, AccountId> ituSeats = new HashMap<>();
  private final Set<AffiliationId> pending = new HashSet<>();
  private final Set<AffiliationId> approved = new HashSet<>();
  private final Map<AccountId, AccountSummary> accounts = new HashMap<>();
  private final Map<String, List<DomainEvent>> trails = new HashMap<>();
  private final Map<String, Notification> outbox = new LinkedHashMap<>();
  private final String organisationName;

  /**
   * Copies a world's organisation, its ITU Focal Point and the given pending requests (with their accounts, a
   * trail and a queued letter each, as the library holds them after the requests) into the maps.
   *
   * @param world the world the requests were made in
   * @param requests its pending requests
   */
  MapApprove(World world, List<Affiliation> requests) {
    organisationName = world.organisation.name();
    ituSeats.put(world.organisation.id(), world.focalPoint.id());
    accounts.put(world.focalPoint.id(), world.focalPoint);
    for (Affiliation a : requests) {
      affiliations.put(a.id(), a);
      byAccount.put(a.account(), a.id());
      pending.add(a.id());
      accounts.put(a.account(), world.accounts.find(a.account()).orElseThrow());
      trails.computeIfAbsent("affiliation:" + a.id(), s -> new ArrayList<>());
      String key = "affiliation.requested:" + a.id() + ":" + world.focalPoint.id();
      outbox.put(key, Notification.builder().idempotencyKey(key).recipient(world.focalPoint.email())
          .kind("affiliation.requested").locale(world.focalPoint.language()).build());
    }
  }

  /**
   * Approves a pending request.
   *
   * @param command the request
   * @param actor the focal point
   * @return the approved request
   */
  Affiliation approve(DecideAffiliation command, Actor actor) {
    Validation.check(command, actor);
    Affiliation a = affiliations.get(command.affiliation());
    if (a == null) {
      throw new NotFound(AffiliationRefusals.NOT_FOUND, "no such affiliation");
    }
    AccountId decider = actor instanceof Actor.AccountHolder holder ? holder.account() : null;
    if (decider == null || !decider.equals(ituSeats.get(a.organisation())) || decider.equals(a.account())) {
      throw new NotAllowed(AffiliationRefusals.NOT_A_FOCAL_POINT, "only the organisation's focal points decide");
    }
    if (a.state() != AffiliationState.PENDING) {
      throw new Conflict(AffiliationRefusals.ALREADY_DECIDED, "another focal point decided first");
    }
    AffiliationId other = byAccount.get(a.account());
    if (other != null && !other.equals(a.id()) && affiliations.get(other).state().current()) {
      throw new Conflict(AffiliationRefusals.ALREADY_AFFILIATED, "the account has a current affiliation");
    }
    Instant now = clock.instant();
    Affiliation decided = a.withState(AffiliationState.APPROVED).withDecidedAt(now).withDecidedBy(decider)
        .withDecidedAs(FocalPointRole.ITU).withReason(command.reason()).withVersion(a.version() + 1);
    affiliations.put(decided.id(), decided);
    pending.remove(a.id());
    approved.add(a.id());
    AffiliationEvent.Approved event = new AffiliationEvent.Approved(now, actor, a.id(), a.account(), a.organisation(),
        a.membershipType(), true, a.wantsTiesAccess(), decider, FocalPointRole.ITU);
    trails.computeIfAbsent(event.subject(), s -> new ArrayList<>()).add(event);
    AccountSummary user = accounts.get(a.account());
    String id = a.id().toString();
    Notification letter = Notification.builder().idempotencyKey("affiliation.approved:" + id + ":" + user.id())
        .recipient(user.email()).kind("affiliation.approved").locale(user.language())
        .putParameters("organisationName", organisationName).putParameters("requesterName", user.fullName())
        .putParameters("affiliationId", id).build();
    outbox.putIfAbsent(letter.idempotencyKey(), letter);
    return decided;
  }

  /** The letter queued under a key, if any (for the tests that hold the floor to the library's output). */
  Notification letter(String idempotencyKey) {
    return outbox.get(idempotencyKey);
  }

  /** A subject's audit trail. */
  List<DomainEvent> trail(String subject) {
    return trails.getOrDefault(subject, List.of());
  }
}
