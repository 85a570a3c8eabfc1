/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.inmemory.InMemoryAffiliationRegister;
import org.memberportal.affiliation.inmemory.InMemoryFocalPointRegister;
import org.memberportal.affiliation.inmemory.InMemoryOrganisationRegister;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.affiliation.reminder.ReminderPolicy;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.inmemory.InMemoryHost;

/**
 * The affiliation module on the in-memory adapters, with one Sector Member and its ITU Focal Point: the fixture
 * the affiliation benchmarks share.
 */
public final class World {

  /** The kernel's in-memory ports. */
  public final InMemoryHost kernel = new InMemoryHost(Clock.systemUTC());
  /** The account directory. */
  public final Directory accounts = new Directory();
  /** The affiliations register, exposed so that growth benchmarks can load it in bulk. */
  public final InMemoryAffiliationRegister register = new InMemoryAffiliationRegister(kernel.transactions());
  /** The module. */
  public final AffiliationModule module = AffiliationModule.on(kernel.host(), accounts,
      new InMemoryOrganisationRegister(kernel.transactions()), register,
      new InMemoryFocalPointRegister(kernel.transactions()), ReminderPolicy.DEFAULT);
  /** The operator. */
  public final Actor operator = Actor.operator(new StaffId(UUID.randomUUID()));
  /** The organisation. */
  public final Organisation organisation;
  /** Its ITU Focal Point. */
  public final AccountSummary focalPoint;
  /** The focal point acting. */
  public final Actor asFocalPoint;

  private long serial;

  /** Builds the world with its organisation and focal point. */
  public World() {
    organisation = module.organisations().register(RegisterOrganisation.builder().name("Benchmark Telecom")
        .membershipType(MembershipType.SECTOR_MEMBER).country("CH").build(), operator).value();
    focalPoint = accounts.active("Ida", "Focal", serial++);
    module.focalPoints().appoint(AppointFocalPoint.builder().organisation(organisation.id())
        .seat(FocalPointRole.ITU).account(focalPoint.id()).build(), operator);
    asFocalPoint = Actor.account(focalPoint.id());
  }

  /**
   * A new active user asks to join the organisation through the library.
   *
   * @param first first name
   * @param last last name
   * @return the pending request
   */
  public Affiliation pendingRequest(String first, String last) {
    AccountSummary user = accounts.active(first, last, serial++);
    return module.affiliations().request(RequestAffiliation.builder().account(user.id())
        .organisation(organisation.id()).wantsTiesAccess(false).build(), Actor.account(user.id())).value();
  }

  /**
   * New active users ask to join the organisation through the library, one command each.
   *
   * @param count how many
   * @return the pending requests
   */
  public List<Affiliation> pendingRequests(int count) {
    List<Affiliation> pending = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      pending.add(pendingRequest("User", "Number" + i));
    }
    return pending;
  }
}
