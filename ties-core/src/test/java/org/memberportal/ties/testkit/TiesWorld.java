/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.testkit;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.DecideAffiliation;
import org.memberportal.affiliation.testkit.AffiliationWorld;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.DomainEvent;
import org.memberportal.kernel.Notification;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.ties.TiesModule;
import org.memberportal.ties.access.AssignTiesAccess;
import org.memberportal.ties.access.DecideTiesRequest;
import org.memberportal.ties.access.RequestTiesAccess;
import org.memberportal.ties.access.TiesAccess;
import org.memberportal.ties.handover.TiesFocalPoints;
import org.memberportal.ties.inmemory.InMemoryPendingHandOvers;
import org.memberportal.ties.inmemory.InMemoryTiesAccountRegister;
import org.memberportal.ties.port.PendingHandOvers;
import org.memberportal.ties.port.TiesAccountRegister;

/**
 * A TIES world on the in-memory adapters: the affiliation world (host, mutable clock, accounts stub, recording
 * notifier, operator) with the TIES module subscribed on the same host, and short-hands for the usual set-ups.
 * Organisations staffed through it have a TIES Focal Point holding TIES access (the appointment grants it).
 */
public final class TiesWorld {

  /** The affiliation world underneath: host, clock, accounts, notifier, affiliation module, operator. */
  public final AffiliationWorld affiliation;
  /** The TIES access register. */
  public final TiesAccountRegister register;
  /** The prepared hand-overs. */
  public final PendingHandOvers pending;
  /** The TIES module. */
  public final TiesModule ties;

  private TiesWorld(Function<InMemoryTransactions, TiesAccountRegister> register, Duration handOverLifetime) {
    this.affiliation = AffiliationWorld.create();
    this.register = register.apply(affiliation.kernel.transactions());
    this.pending = new InMemoryPendingHandOvers(affiliation.kernel.transactions());
    this.ties = TiesModule.on(affiliation.host, affiliation.accounts, affiliation.module, this.register, pending,
        handOverLifetime);
  }

  /**
   * A fresh world with the in-memory register and the default hand-over lifetime.
   *
   * @return the world
   */
  public static TiesWorld create() {
    return new TiesWorld(InMemoryTiesAccountRegister::new, TiesFocalPoints.DEFAULT_TOKEN_LIFETIME);
  }

  /**
   * A fresh world whose TIES register is made by the given function (e.g. to wrap the in-memory one).
   *
   * @param register makes the register from the in-memory transactions
   * @return the world
   */
  public static TiesWorld create(Function<InMemoryTransactions, TiesAccountRegister> register) {
    return new TiesWorld(register, TiesFocalPoints.DEFAULT_TOKEN_LIFETIME);
  }

  /**
   * The actor of an account holder, in their language.
   *
   * @param account the account
   * @return the actor
   */
  public static Actor as(AccountSummary account) {
    return AffiliationWorld.as(account);
  }

  /**
   * The TIES access service.
   *
   * @return the service
   */
  public TiesAccess access() {
    return ties.access();
  }

  /**
   * The operator.
   *
   * @return the operator actor
   */
  public Actor operator() {
    return affiliation.operator;
  }

  /**
   * A member organisation with an ITU Focal Point and a TIES Focal Point (who holds TIES access).
   *
   * @param name the organisation's name
   * @return the organisation and its focal points
   */
  public Staffed staffed(String name) {
    return affiliation.staffed(name);
  }

  /**
   * An active user with an approved affiliation to the organisation (approved by its TIES Focal Point).
   *
   * @param org the organisation
   * @param first first name
   * @param last last name
   * @return the user
   */
  public AccountSummary member(Staffed org, String first, String last) {
    return affiliation.member(org, first, last);
  }

  /**
   * An active user affiliated with the organisation who asked for TIES access (request pending).
   *
   * @param org the organisation
   * @param first first name
   * @param last last name
   * @return the user
   */
  public AccountSummary requester(Staffed org, String first, String last) {
    AccountSummary user = member(org, first, last);
    access().request(RequestTiesAccess.builder().account(user.id()).build(), as(user));
    return user;
  }

  /**
   * An active user affiliated with the organisation whose TIES request its TIES Focal Point approved.
   *
   * @param org the organisation
   * @param first first name
   * @param last last name
   * @return the user
   */
  public AccountSummary tiesUser(Staffed org, String first, String last) {
    AccountSummary user = requester(org, first, last);
    access().approve(DecideTiesRequest.builder().account(user.id()).build(), as(org.ties()));
    return user;
  }

  /**
   * An active user affiliated with the organisation to whom its ITU Focal Point assigned TIES access.
   *
   * @param org the organisation
   * @param first first name
   * @param last last name
   * @return the user
   */
  public AccountSummary assigned(Staffed org, String first, String last) {
    AccountSummary user = member(org, first, last);
    access().assign(AssignTiesAccess.builder().account(user.id()).build(), as(org.itu()));
    return user;
  }

  /**
   * A user's affiliation request, optionally ticking TIES access.
   *
   * @param user the user
   * @param org the organisation
   * @param wantsTies the tick
   * @return the request
   */
  public Affiliation requestAffiliation(AccountSummary user, Staffed org, boolean wantsTies) {
    return affiliation.request(user, org.organisation(), wantsTies);
  }

  /**
   * The organisation's TIES Focal Point approves an affiliation request.
   *
   * @param request the request
   * @param org its organisation
   * @return the approved affiliation
   */
  public Affiliation approveAffiliation(Affiliation request, Staffed org) {
    return affiliation.module.affiliations().approve(DecideAffiliation.builder().affiliation(request.id()).build(),
        as(org.ties())).value();
  }

  /**
   * Notifications delivered so far (runs the relay first).
   *
   * @return them
   */
  public List<Notification> delivered() {
    return affiliation.delivered();
  }

  /**
   * Notifications of one kind delivered to one account (runs the relay first).
   *
   * @param to the recipient
   * @param kind the kind
   * @return them
   */
  public List<Notification> delivered(AccountSummary to, String kind) {
    return affiliation.delivered(to, kind);
  }

  /**
   * Every event published so far.
   *
   * @return them
   */
  public List<DomainEvent> events() {
    return affiliation.events();
  }

  /**
   * Events of one type.
   *
   * @param type the type
   * @param <E> the type
   * @return them
   */
  public <E extends DomainEvent> List<E> events(Class<E> type) {
    return affiliation.events(type);
  }
}
