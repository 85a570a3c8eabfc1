/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.Paging;
import org.memberportal.kernel.Text;

/**
 * The service desk's look-up of accounts (A9), for people who forgot their username: by address (exact, on the
 * normalised address) or by name (every word given is a word of the first or last name, case and accents
 * folded). Exactly one of {@link #email()} and {@link #name()}.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Paging.Codes(page = "account.page.invalid", size = "account.page-size.invalid")
@Value.Immutable
public abstract class FindAccounts implements Paging {

  /**
   * The address to look up, as typed.
   *
   * @return the address, or null for a look-up by name
   */
  @Size(max = 254)
  @Text
  public abstract @Nullable String email();

  /**
   * The name, or words of it, to look up, as typed.
   *
   * @return the name, or null for a look-up by address
   */
  @Size(max = 200)
  @Text
  public abstract @Nullable String name();

  /**
   * Starts the command.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Never field values: they are personal data. */
  @Override
  public String toString() {
    return "FindAccounts{email, name, page " + page() + ", size " + size() + "}";
  }

  /** Builds a {@link FindAccounts}. */
  public static final class Builder extends ImmutableFindAccounts.Builder {}
}
