/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.memberportal.affiliation.AffiliationRole;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.IllegalTransition;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.memberportal.ties.testkit.TiesArbitraries;

/** Properties of the TIES table and of command validation, over generated values. */
class TiesWorkflowProperties {

  @Provide
  Arbitrary<TiesState> states() {
    return TiesArbitraries.states();
  }

  @Provide
  Arbitrary<TiesAction> actions() {
    return TiesArbitraries.actions();
  }

  @Provide
  Arbitrary<Set<AffiliationRole>> roles() {
    return TiesArbitraries.roles();
  }

  @Provide
  Arbitrary<String> reasons() {
    return TiesArbitraries.reasons();
  }

  @Property(tries = 300)
  void everyStepIsAllowedByTheTableOrRefusedPrecisely(@ForAll("states") TiesState from,
      @ForAll("actions") TiesAction action, @ForAll("roles") Set<AffiliationRole> roles) {
    boolean row = TiesWorkflow.TABLE.allows(from, action);
    boolean permitted = TiesWorkflow.TABLE.transitions().stream().anyMatch(t -> t.from() == from
        && t.action() == action && t.roles().stream().anyMatch(roles::contains));
    try {
      TiesState next = TiesWorkflow.TABLE.next(from, action, roles);
      assertThat(permitted).isTrue();
      assertThat(next.active()).isEqualTo(action == TiesAction.APPROVE || action == TiesAction.ASSIGN);
    } catch (PortalException e) {
      assertThat(permitted).isFalse();
      assertThat(e).isInstanceOfAny(NotAllowed.class, IllegalTransition.class);
      if (e instanceof IllegalTransition) {
        assertThat(row).isFalse();
      }
    }
  }

  @Property(tries = 200)
  void reasonsAreAcceptedUpToTheLimit(@ForAll("reasons") String reason) {
    RemoveTiesAccess command = RemoveTiesAccess.builder().account(AccountId.random())
        .reason(reason).build();

    if (reason.length() <= TiesArbitraries.MAX_REASON) {
      assertThatCode(() -> Validation.check(command, Actor.anonymous())).doesNotThrowAnyException();
    } else {
      assertThatThrownBy(() -> Validation.check(command, Actor.anonymous()))
          .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.violations())
              .singleElement().satisfies(v -> assertThat(v.code()).isEqualTo("ties.reason.too-long")));
    }
  }
}
