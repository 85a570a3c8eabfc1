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
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Role;

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
  public Set<Role> rolesOf(AccountId account) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (itu().isPresent() && itu().get().equals(account)) {
      roles.add(Role.ITU_FOCAL_POINT);
    }
    if (ties().isPresent() && ties().get().equals(account)) {
      roles.add(Role.TIES_FOCAL_POINT);
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
