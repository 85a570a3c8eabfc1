/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.testkit;

import java.util.List;
import java.util.Locale;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.AffiliationModule;
import org.memberportal.affiliation.focalpoint.AppointFocalPoint;
import org.memberportal.affiliation.focalpoint.ConfirmedHandOver;
import org.memberportal.affiliation.focalpoint.FocalPointRole;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.membership.RequestAffiliation;
import org.memberportal.affiliation.organisation.MembershipType;
import org.memberportal.affiliation.organisation.Organisation;
import org.memberportal.affiliation.organisation.RegisterOrganisation;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Host;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.NotificationRelay;
import org.memberportal.kernel.StaffId;
import org.memberportal.kernel.inmemory.InMemoryHost;
import org.memberportal.kernel.testkit.MutableClock;
import org.memberportal.kernel.testkit.RecordingNotifier;
import org.memberportal.affiliation.reminder.ReminderPolicy;

/**
 * The affiliation module wired on in-memory ports with a fake account directory, a mutable clock and a recording
 * notifier, plus fixtures for the usual cast: organisations, their focal points, affiliated users.
 */
public final class AffiliationWorld {

  /** The clock every service reads. */
  public final MutableClock clock;
  /** The kernel's in-memory ports. */
  public final InMemoryHost kernel;
  /** The shared host. */
  public final Host host;
  /** The fake account directory. */
  public final AccountsStub accounts;
  /** What the relay delivered. */
  public final RecordingNotifier notifier = new RecordingNotifier();
  /** Delivers the outbox to {@link #notifier}. */
  public final NotificationRelay relay;
  /** The module under test. */
  public final AffiliationModule module;
  /** A member of the operator's staff. */
  public final Actor operator = Actor.operator(new StaffId(java.util.UUID.randomUUID()));
  private ConfirmedHandOver confirmedHandOver;

  /**
   * An organisation with its two focal points (both active accounts; the TIES FP is affiliated).
   *
   * @param organisation the organisation
   * @param itu its ITU Focal Point
   * @param ties its TIES Focal Point
   */
  public record Staffed(Organisation organisation, AccountSummary itu, AccountSummary ties) {}

  private AffiliationWorld(MutableClock clock, InMemoryHost kernel, ReminderPolicy policy) {
    this.clock = clock;
    this.kernel = kernel;
    this.host = kernel.host();
    this.accounts = new AccountsStub(host);
    this.relay = new NotificationRelay(kernel.outbox(), notifier, clock);
    this.module = AffiliationModule.inMemory(host, kernel.transactions(), accounts, policy);
  }

  /**
   * A world with the default reminder delays.
   *
   * @return the world
   */
  public static AffiliationWorld create() {
    return create(ReminderPolicy.DEFAULT);
  }

  /**
   * A world with the given reminder delays.
   *
   * @param policy the delays
   * @return the world
   */
  public static AffiliationWorld create(ReminderPolicy policy) {
    MutableClock clock = MutableClock.atStart();
    return new AffiliationWorld(clock, new InMemoryHost(clock), policy);
  }

  /**
   * A world on a host another module's test world already built (e.g. ties-core's), so that both modules'
   * policies run in the same transactions.
   *
   * @param clock the clock the host reads
   * @param kernel the shared in-memory host
   * @param policy the reminder delays
   * @return the world
   */
  public static AffiliationWorld sharing(MutableClock clock, InMemoryHost kernel, ReminderPolicy policy) {
    return new AffiliationWorld(clock, kernel, policy);
  }

  /**
   * The actor of an account holder, in the holder's language.
   *
   * @param account the account
   * @return the actor
   */
  public static Actor as(AccountSummary account) {
    return Actor.account(account.id()).in(account.language());
  }

  /**
   * Registers a verified organisation.
   *
   * @param name its name
   * @param type its membership type
   * @param country its ISO code
   * @return it
   */
  public Organisation organisation(String name, MembershipType type, String country) {
    return module.organisations().register(RegisterOrganisation.builder().name(name).membershipType(type)
        .country(country).build(), operator).value();
  }

  /**
   * A Sector Member with an ITU Focal Point only.
   *
   * @param name its name
   * @return the organisation and its ITU Focal Point ({@code ties} is an unaffiliated bystander)
   */
  public Staffed withItuFocalPointOnly(String name) {
    Organisation org = organisation(name, MembershipType.SECTOR_MEMBER, "CH");
    AccountSummary itu = accounts.active("Ida", "Itu-" + name);
    appoint(org, FocalPointRole.ITU, itu);
    return new Staffed(org, itu, accounts.active("Nobody", "Seated"));
  }

  /**
   * A Sector Member with both focal points: the ITU FP is appointed, the TIES FP is affiliated (approved by the
   * ITU FP) and then appointed.
   *
   * @param name its name
   * @return the organisation and its focal points
   */
  public Staffed staffed(String name) {
    Organisation org = organisation(name, MembershipType.SECTOR_MEMBER, "CH");
    AccountSummary itu = accounts.active("Ida", "Itu-" + name);
    appoint(org, FocalPointRole.ITU, itu);
    AccountSummary ties = accounts.active("Tom", "Ties-" + name);
    Affiliation request = request(ties, org, false);
    module.affiliations().approve(DecideAffiliation.builder().affiliation(request.id()).build(), as(itu));
    appoint(org, FocalPointRole.TIES, ties);
    return new Staffed(org, itu, ties);
  }

  /**
   * The hook a confirmed TIES hand-over calls (what ties-core's two steps call once the focal point confirmed),
   * taken from the module on first use; not for a world whose host also runs ties-core's module, which takes it.
   *
   * @return the hook
   */
  public synchronized ConfirmedHandOver confirmedHandOver() {
    if (confirmedHandOver == null) {
      confirmedHandOver = module.focalPoints().confirmedHandOver();
    }
    return confirmedHandOver;
  }

  /**
   * The operator seats an account.
   *
   * @param org the organisation
   * @param seat the seat
   * @param account the account
   */
  public void appoint(Organisation org, FocalPointRole seat, AccountSummary account) {
    module.focalPoints().appoint(AppointFocalPoint.builder().organisation(org.id()).seat(seat).account(account.id())
        .build(), operator);
  }

  /**
   * The account holder asks for an affiliation.
   *
   * @param user the account
   * @param org the organisation
   * @param wantsTies the TIES tick
   * @return the request
   */
  public Affiliation request(AccountSummary user, Organisation org, boolean wantsTies) {
    return module.affiliations().request(RequestAffiliation.builder().account(user.id()).organisation(org.id())
        .wantsTiesAccess(wantsTies).build(), as(user)).value();
  }

  /**
   * A new active user with an approved affiliation to a staffed organisation.
   *
   * @param staffed the organisation and its focal points
   * @param first first name
   * @param last last name
   * @return the user
   */
  public AccountSummary member(Staffed staffed, String first, String last) {
    AccountSummary user = accounts.active(first, last);
    Affiliation request = request(user, staffed.organisation(), false);
    module.affiliations().approve(DecideAffiliation.builder().affiliation(request.id()).build(), as(staffed.ties()));
    return user;
  }

  /**
   * Delivers the outbox and returns everything sent so far.
   *
   * @return the notifications
   */
  public List<Notification> delivered() {
    relay.deliverDue();
    return notifier.sent();
  }

  /**
   * Notifications of a kind delivered to an account.
   *
   * @param to the account
   * @param kind the kind
   * @return them
   */
  public List<Notification> delivered(AccountSummary to, String kind) {
    relay.deliverDue();
    return notifier.sentTo(to.email()).stream().filter(n -> n.kind().equals(kind)).toList();
  }

  /**
   * Every event recorded so far.
   *
   * @return the events
   */
  public List<DomainEvent> events() {
    return kernel.eventLog().all();
  }

  /**
   * Events of a type recorded so far.
   *
   * @param type the type
   * @param <E> the type
   * @return them
   */
  public <E extends DomainEvent> List<E> events(Class<E> type) {
    return events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * A French-speaking active account.
   *
   * @param first first name
   * @param last last name
   * @return the account
   */
  public AccountSummary frenchUser(String first, String last) {
    return accounts.add(first, last, org.memberportal.account.AccountStatus.ACTIVE, Locale.FRENCH);
  }
}
