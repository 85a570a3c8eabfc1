/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.inmemory.InMemoryAffiliationRegister;
import org.memberportal.affiliation.inmemory.InMemoryFocalPointRegister;
import org.memberportal.affiliation.inmemory.InMemoryOrganisationRegister;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.affiliation.port.FocalPointRegister;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.affiliation.testkit.AccountsStub;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.kernel.testkit.MutableClock;

/**
 * T4/F11 on a database that reads each statement afresh (PostgreSQL's read committed): a hand-over must be judged
 * on the seats it replaces. Found by the examples' race suite on PostgreSQL, where the sitting TIES focal point
 * handing the seat to two successors at once saw both hand-overs succeed: the second read the actor's roles
 * before the first committed and the seats after it.
 */
class HandOverSeatsTests {

  private final MutableClock clock = MutableClock.atStart();
  private final InMemoryHost kernel = new InMemoryHost(clock);
  private final AccountsStub accounts = new AccountsStub(kernel.host());
  private final InMemoryFocalPointRegister store = new InMemoryFocalPointRegister(kernel.transactions());
  private final AtomicBoolean rivalArmed = new AtomicBoolean();
  private AccountId rival;

  /** The seats as a racing hand-over sees them: right after its first read, a rival hand-over commits. */
  private final FocalPointRegister racingSeats = new FocalPointRegister() {
    @Override
    public Optional<FocalPointSeats> find(OrganisationId organisation) {
      Optional<FocalPointSeats> seen = store.find(organisation);
      if (rivalArmed.compareAndSet(true, false)) {
        seen.ifPresent(s -> store.update(s.with(FocalPointRole.TIES, Optional.of(rival))));
      }
      return seen;
    }

    @Override
    public FocalPointSeats add(FocalPointSeats seats) {
      return store.add(seats);
    }

    @Override
    public FocalPointSeats update(FocalPointSeats seats) {
      return store.update(seats);
    }

    @Override
    public List<FocalPointSeats> heldBy(AccountId account) {
      return store.heldBy(account);
    }
  };

  private final AffiliationModule module = AffiliationModule.on(kernel.host(), accounts,
      new InMemoryOrganisationRegister(kernel.transactions()), new InMemoryAffiliationRegister(kernel.transactions()),
      racingSeats, ReminderPolicy.DEFAULT);
  private final Actor operator = Actor.operator(new StaffId(java.util.UUID.randomUUID()));

  private AccountSummary approvedMember(Organisation org, AccountSummary approver, String name) {
    AccountSummary user = accounts.active(name, "Member");
    Affiliation request = module.affiliations().request(RequestAffiliation.builder().account(user.id())
        .organisation(org.id()).build(), AffiliationWorld.as(user)).value();
    module.affiliations().approve(DecideAffiliation.builder().affiliation(request.id()).build(),
        AffiliationWorld.as(approver));
    return user;
  }

  private void appoint(Organisation org, FocalPointRole seat, AccountSummary account) {
    module.focalPoints().appoint(AppointFocalPoint.builder().organisation(org.id()).seat(seat)
        .account(account.id()).build(), operator);
  }

  @Test
  void aHandOverIsJudgedOnTheSeatsItReplaces() {
    Organisation org = module.organisations().register(RegisterOrganisation.builder().name("Swisscom")
        .membershipType(MembershipType.SECTOR_MEMBER).country("CH").build(), operator).value();
    AccountSummary itu = accounts.active("Ida", "Itu");
    appoint(org, FocalPointRole.ITU, itu);
    AccountSummary sitting = approvedMember(org, itu, "Tom");
    appoint(org, FocalPointRole.TIES, sitting);
    rival = approvedMember(org, itu, "Rita").id();
    AccountSummary successor = approvedMember(org, itu, "Sam");

    rivalArmed.set(true);
    PortalException refused = null;
    try {
      module.focalPoints().confirmedHandOver().handOver(HandOverTiesFocalPoint.builder().organisation(org.id())
          .successor(successor.id()).build(), AffiliationWorld.as(sitting));
    } catch (PortalException e) {
      refused = e;
    }

    assertThat(refused).as("the former focal point's hand-over, decided on seats that changed meanwhile")
        .isInstanceOf(Conflict.class);
    assertThat(module.focalPoints().seatsOf(org.id()).ties()).isNotEqualTo(Optional.of(successor.id()));
  }
}
