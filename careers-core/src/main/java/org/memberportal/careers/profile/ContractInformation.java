/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.profile;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The contract information section: which kinds of work besides regular posts interest the candidate (none
 * is an answer) and from when they are available.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
@Value.Immutable
public abstract class ContractInformation {

  /**
   * Kinds of work the candidate would accept; empty when only regular posts interest them.
   *
   * @return the interests
   */
  public abstract Set<ContractInterest> interests();

  /**
   * The first day the candidate could start, empty when immediately available.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> availableFrom();

  /**
   * Starts the section.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContractInformation}. */
  public static final class Builder extends ImmutableContractInformation.Builder {}
}
