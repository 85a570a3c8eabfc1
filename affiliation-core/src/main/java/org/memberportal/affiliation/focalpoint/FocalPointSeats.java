/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.focalpoint;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;

/**
 * The focal points of one organisation: who sits in the ITU seat and who in the TIES seat.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class FocalPointSeats {

  /**
   * The organisation.
   *
   * @return its id
   */
  public abstract OrganisationId organisation();

  /**
   * The ITU Focal Point.
   *
   * @return the account, if the seat is filled
   */
  public abstract Optional<AccountId> itu();

  /**
   * The TIES Focal Point.
   *
   * @return the account, if the seat is filled
   */
  public abstract Optional<AccountId> ties();

  /**
   * Optimistic-lock version, incremented by every save.
   *
   * @return the version
   */
  @Value.Default
  public long version() {
    return 0;
  }

  /**
   * Who sits in a seat.
   *
   * @param seat the seat
   * @return the account, if any
   */
  public Optional<AccountId> holder(FocalPointRole seat) {
    return seat == FocalPointRole.ITU ? itu() : ties();
  }

  /**
   * The roles an account holds in this organisation.
   *
   * @param account the account
   * @return its focal point roles, possibly none
   */
  public Set<AffiliationRole> rolesOf(AccountId account) {
    Set<AffiliationRole> roles = EnumSet.noneOf(AffiliationRole.class);
    if (itu().isPresent() && itu().get().equals(account)) {
      roles.add(AffiliationRole.ITU_FOCAL_POINT);
    }
    if (ties().isPresent() && ties().get().equals(account)) {
      roles.add(AffiliationRole.TIES_FOCAL_POINT);
    }
    return roles;
  }

  /**
   * The focal points who may decide a request of an account, TIES Focal Point first: the holder of each seat,
   * unless it is the requester (nobody decides their own request, F4). Empty when no focal point can decide it:
   * then the operator does.
   *
   * @param requester the account whose request it is
   * @return the deciders, TIES Focal Point first, each once
   * @since 0.2.0
   */
  public List<AccountId> decidersFor(AccountId requester) {
    return Stream.of(ties(), itu()).flatMap(Optional::stream).filter(a -> !a.equals(requester)).distinct().toList();
  }

  /**
   * The roles an actor holds in this organisation: the seats of an account holder, {@link AffiliationRole#OPERATOR} for
   * staff, {@link AffiliationRole#SYSTEM} for the library, otherwise none.
   *
   * @param actor who acts
   * @return its roles, possibly none
   * @since 0.2.0
   */
  public Set<AffiliationRole> rolesOf(Actor actor) {
    if (actor instanceof Actor.Operator) {
      return EnumSet.of(AffiliationRole.OPERATOR);
    }
    if (actor instanceof Actor.System) {
      return EnumSet.of(AffiliationRole.SYSTEM);
    }
    if (actor instanceof Actor.AccountHolder holder) {
      return rolesOf(holder.account());
    }
    return EnumSet.noneOf(AffiliationRole.class);
  }

  /**
   * Whether an account sits in the TIES seat: the sitting TIES Focal Point keeps its affiliation and its TIES
   * access until it hands the seat over (T5).
   *
   * @param account the account
   * @return true when it holds the TIES seat
   * @since 0.2.0
   */
  public boolean sitsInTiesSeat(AccountId account) {
    return ties().filter(account::equals).isPresent();
  }

  /**
   * Who is told of an account's new request, and reminded of it (F6, F10, T2): the TIES Focal Point, else the
   * ITU Focal Point, and never the requester (nobody decides their own request).
   *
   * @param requester the account whose request it is
   * @return the focal point told, or empty when no focal point may decide the request: then the operator does
   * @since 0.2.0
   */
  public Optional<AccountId> toldOfNewRequestBy(AccountId requester) {
    return decidersFor(requester).stream().findFirst();
  }

  /**
   * Whether the operator decides an account's request: only when no focal point may (both seats vacant, or held
   * by the requester only), so that someone decides every request (F4, T2).
   *
   * @param requester the account whose request it is
   * @return true when no focal point may decide it
   * @since 0.2.0
   */
  public boolean operatorDecides(AccountId requester) {
    return decidersFor(requester).isEmpty();
  }

  /**
   * Who is told when an account's request waited too long (F10): the ITU Focal Point, unless it is the requester.
   *
   * @param requester the account whose request it is
   * @return the ITU Focal Point, if one may decide the request
   * @since 0.2.0
   */
  public Optional<AccountId> escalatedTo(AccountId requester) {
    return itu().filter(account -> !account.equals(requester));
  }

  /**
   * A copy with a seat filled or emptied.
   *
   * @param seat the seat
   * @param holder the new holder, or empty to vacate it
   * @return the copy
   */
  public FocalPointSeats with(FocalPointRole seat, Optional<AccountId> holder) {
    return seat == FocalPointRole.ITU ? withItu(holder) : withTies(holder);
  }

  /**
   * A copy with another ITU Focal Point.
   *
   * @param holder the account, or empty
   * @return the copy
   */
  public abstract FocalPointSeats withItu(Optional<? extends AccountId> holder);

  /**
   * A copy with another TIES Focal Point.
   *
   * @param holder the account, or empty
   * @return the copy
   */
  public abstract FocalPointSeats withTies(Optional<? extends AccountId> holder);

  /**
   * A copy with another version.
   *
   * @param version the version
   * @return the copy
   */
  public abstract FocalPointSeats withVersion(long version);

  /**
   * Empty seats of an organisation.
   *
   * @param organisation the organisation
   * @return seats with nobody in them
   */
  public static FocalPointSeats vacant(OrganisationId organisation) {
    return builder().organisation(organisation).build();
  }

  /**
   * Starts the seats.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link FocalPointSeats}. */
  public static final class Builder extends ImmutableFocalPointSeats.Builder {}
}
