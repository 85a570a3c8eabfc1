/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.memberportal.kernel.Paging;
import org.memberportal.kernel.Text;

/**
 * A directory search, in the order of the sign-up form: membership type, then Member State / country, then a
 * part of the organisation's name (case and accents ignored). Results are sorted by name.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Paging.Codes(page = "affiliation.page.invalid", size = "affiliation.page-size.invalid")
@Value.Immutable
public abstract class DirectoryQuery implements Paging {

  /**
   * Only organisations of this type.
   *
   * @return the type filter
   */
  public abstract Optional<MembershipType> membershipType();

  /**
   * Only organisations of this country (ISO 3166-1 alpha-2).
   *
   * @return the country filter
   */
  public abstract Optional<@Text
      @Pattern(regexp = "[A-Z]{2}", message = "{affiliation.organisation.country.invalid}") String> country();

  /**
   * Text the name must contain, ignoring case and accents.
   *
   * @return the name filter
   */
  public abstract Optional<@Text @Size(max = 200, message = "{affiliation.organisation.name.too-long}") String> name();

  /**
   * Whether an organisation matches the filters (not the paging).
   *
   * @param o the organisation
   * @return true when it matches
   */
  public boolean matches(Organisation o) {
    return membershipType().map(t -> t == o.membershipType()).orElse(true)
        && country().map(c -> c.equals(o.country())).orElse(true)
        && name().map(n -> o.nameKey().contains(NameKey.of(n))).orElse(true);
  }

  /**
   * Starts a query.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DirectoryQuery}. */
  public static final class Builder extends ImmutableDirectoryQuery.Builder {}
}
