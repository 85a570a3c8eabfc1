/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.AccountId;

/**
 * An organisation of the directory: its name, membership type, country or Member State, sectors, and whether
 * the operator has reviewed it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Organisation {

  /**
   * The organisation's identifier.
   *
   * @return the id
   */
  public abstract OrganisationId id();

  /**
   * Its name as displayed.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Its membership type; user-entered records are {@link MembershipType#NOT_A_MEMBER}.
   *
   * @return the type
   */
  public abstract MembershipType membershipType();

  /**
   * Country or Member State, as an ISO 3166-1 alpha-2 code.
   *
   * @return the code
   */
  public abstract String country();

  /**
   * Sectors the organisation is a member of, where relevant (e.g. {@code "ITU-R"}).
   *
   * @return the sectors
   */
  public abstract Set<String> sectors();

  /**
   * Postal address, if known.
   *
   * @return the address
   */
  public abstract Optional<String> address();

  /**
   * Web site, if known.
   *
   * @return the URL text
   */
  public abstract Optional<String> website();

  /**
   * Review status.
   *
   * @return the status
   */
  public abstract OrganisationStatus status();

  /**
   * The membership type the user declared when entering the record, for the operator's review.
   *
   * @return the declared type
   */
  public abstract Optional<MembershipType> declaredMembershipType();

  /**
   * Who entered the record, for user-entered organisations.
   *
   * @return the account
   */
  public abstract Optional<AccountId> enteredBy();

  /**
   * The record this one was merged into, once merged.
   *
   * @return the surviving record
   */
  public abstract Optional<OrganisationId> mergedInto();

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
   * The folded name used for search and sorting, computed on first use (a read of the organisation that neither
   * searches nor sorts does not pay the Unicode folding).
   *
   * @return the name key
   */
  @Value.Lazy
  public String nameKey() {
    return NameKey.of(name());
  }

  /**
   * A copy with another status.
   *
   * @param status the status
   * @return the copy
   */
  public abstract Organisation withStatus(OrganisationStatus status);

  /**
   * A copy with another version.
   *
   * @param version the version
   * @return the copy
   */
  public abstract Organisation withVersion(long version);

  /**
   * A copy merged into another record.
   *
   * @param into the surviving record
   * @return the copy
   */
  public abstract Organisation withMergedInto(OrganisationId into);

  /**
   * Starts an organisation.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Id and status only; the name is public but long. */
  @Override
  public String toString() {
    return "Organisation{" + id() + ", " + membershipType() + ", " + country() + ", " + status() + ", v" + version() + "}";
  }

  /** Builds an {@link Organisation}. */
  public static final class Builder extends ImmutableOrganisation.Builder {}
}
