/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.testkit;

import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.ties.access.TiesAction;
import org.memberportal.ties.access.TiesState;

/** jqwik generators for the TIES module's values, for hosts' and the module's own properties. */
public final class TiesArbitraries {

  /** The longest reason a decision or removal accepts. */
  public static final int MAX_REASON = 500;

  private TiesArbitraries() {}

  /**
   * Reasons of any length around the limit, including blank and non-Latin text.
   *
   * @return reasons from empty to twice the limit
   */
  public static Arbitrary<String> reasons() {
    return Arbitraries.strings().withCharRange(' ', '~').withCharRange('à', 'ÿ').withCharRange('一', '龥')
        .ofMinLength(0).ofMaxLength(2 * MAX_REASON)
        .edgeCases(c -> c.add("x".repeat(MAX_REASON)).add("x".repeat(MAX_REASON + 1)));
  }

  /**
   * Any state of the TIES workflow.
   *
   * @return states
   */
  public static Arbitrary<TiesState> states() {
    return Arbitraries.of(TiesState.class);
  }

  /**
   * Any action of the TIES workflow.
   *
   * @return actions
   */
  public static Arbitrary<TiesAction> actions() {
    return Arbitraries.of(TiesAction.class);
  }

  /**
   * Any set of roles an actor may hold towards a TIES account.
   *
   * @return role sets, possibly empty
   */
  public static Arbitrary<Set<AffiliationRole>> roles() {
    return Arbitraries.of(AffiliationRole.class).set().ofMaxSize(3).map(s -> s.isEmpty() ? EnumSet.noneOf(
        AffiliationRole.class)
        : EnumSet.copyOf(s));
  }
}
