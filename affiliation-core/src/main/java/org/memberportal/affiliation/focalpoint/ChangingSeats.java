/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.memberportal.account.AccountStatus;
import org.memberportal.account.AccountSummary;
import org.memberportal.account.port.AccountDirectory;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A seat changes hands: the seats are written at the version they were read, a {@link FocalPointEvent.Changed} is
 * recorded, the new holder is told ({@code affiliation.focal-point-appointed}) and the former one, unless closed
 * ({@code affiliation.focal-point-released}). Also vacates the seats of an account that loses them with its
 * affiliation or its account.
 */
record ChangingSeats(Host host, AccountDirectory accounts, FocalPointRegister seats, SeatRules rules) {

  private static final Logger LOG = LoggerFactory.getLogger(ChangingSeats.class);

  Outcome<FocalPointSeats> change(FocalPointSeats current, FocalPointRole seat, Optional<AccountSummary> next,
      FocalPointChange how, Actor actor, Organisation organisation) {
    Optional<AccountId> previous = current.holder(seat);
    FocalPointSeats changed = current.with(seat, next.map(AccountSummary::id));
    // seats at version 0 were never stored (the store returns every write at version 1 or more)
    FocalPointSeats saved = current.version() == 0 ? seats.add(changed) : seats.update(changed);
    FocalPointEvent.Changed event = new FocalPointEvent.Changed(host.clock().instant(), actor, organisation.id(), seat,
        previous, next.map(AccountSummary::id), how);
    String cause = organisation.id() + ":" + seat + ":v" + saved.version();
    Map<String, String> parameters = Map.of("organisationName", organisation.name(), "seat", seat.name());
    next.ifPresent(a -> host.notify(a.letter("affiliation.focal-point-appointed", cause)
        .putAllParameters(parameters).build()));
    previous.flatMap(accounts::find).filter(a -> a.status() != AccountStatus.CLOSED)
        .ifPresent(a -> host.notify(a.letter("affiliation.focal-point-released", cause)
            .putAllParameters(parameters).build()));
    LOG.info("{} focal point of {} changed ({}) by {}", seat, organisation.id(), how, actor.getClass().getSimpleName());
    return Outcome.of(saved, event);
  }

  /** The TIES seat of an account whose affiliation the operator removed (T5), if it sat there. */
  Optional<FocalPointEvent.Changed> vacateTiesSeat(OrganisationId organisation, AccountId holder, Actor actor) {
    return seats.find(organisation).filter(s -> s.sitsInTiesSeat(holder))
        .map(s -> event(vacate(s, FocalPointRole.TIES, FocalPointChange.CLEARED_WITH_AFFILIATION, actor)));
  }

  /** Every seat, ITU and TIES, in every organisation, of an account the operator closed. */
  List<FocalPointEvent.Changed> vacateSeatsOf(AccountId holder, Actor actor) {
    List<FocalPointEvent.Changed> events = new ArrayList<>();
    for (FocalPointSeats held : seats.heldBy(holder)) {
      FocalPointSeats current = held;
      for (FocalPointRole seat : FocalPointRole.values()) {
        if (current.holder(seat).filter(holder::equals).isPresent()) {
          // the next seat of the same organisation is vacated on the seats just saved, at their new version
          Outcome<FocalPointSeats> vacated = vacate(current, seat, FocalPointChange.CLEARED_WITH_ACCOUNT, actor);
          events.add(event(vacated));
          current = vacated.value();
        }
      }
    }
    return events;
  }

  private Outcome<FocalPointSeats> vacate(FocalPointSeats current, FocalPointRole seat, FocalPointChange how,
      Actor actor) {
    return change(current, seat, Optional.empty(), how, actor, rules.organisation(current.organisation()));
  }

  /** The one event {@link #change} records. */
  private static FocalPointEvent.Changed event(Outcome<FocalPointSeats> changed) {
    return (FocalPointEvent.Changed) changed.events().get(0);
  }
}
