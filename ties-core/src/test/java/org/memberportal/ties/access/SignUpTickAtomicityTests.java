/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.membership.Affiliation;
import org.memberportal.affiliation.membership.AffiliationState;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Unavailable;
import org.memberportal.ties.inmemory.InMemoryTiesAccountRegister;
import org.memberportal.ties.port.TiesAccountRegister;
import org.memberportal.ties.testkit.TiesWorld;

/**
 * The sign-up tick is filed in the approval's transaction: if filing fails, the approval fails with it, so an
 * approved affiliation never lacks its TIES request (never lost) and a retry files it once (never doubled).
 */
class SignUpTickAtomicityTests {

  /** A register whose saves fail while {@link #down} is set, as a database might. */
  static final class FlakyRegister implements TiesAccountRegister {
    final TiesAccountRegister inner;
    volatile boolean down;

    FlakyRegister(TiesAccountRegister inner) {
      this.inner = inner;
    }

    @Override
    public Optional<TiesAccount> find(AccountId account) {
      return inner.find(account);
    }

    @Override
    public TiesAccount add(TiesAccount tiesAccount) {
      refuseWhenDown();
      return inner.add(tiesAccount);
    }

    @Override
    public TiesAccount update(TiesAccount tiesAccount) {
      refuseWhenDown();
      return inner.update(tiesAccount);
    }

    private void refuseWhenDown() {
      if (down) {
        throw new IllegalStateException("database unavailable");
      }
    }

    @Override
    public boolean isActive(AccountId account) {
      return inner.isActive(account);
    }

    @Override
    public List<TiesAccount> inOrganisation(OrganisationId organisation, Set<TiesState> states) {
      return inner.inOrganisation(organisation, states);
    }
  }

  private FlakyRegister flaky;
  private final TiesWorld world =
      TiesWorld.create(t -> flaky = new FlakyRegister(new InMemoryTiesAccountRegister(t)));
  private final Staffed org = world.staffed("Swisscom");

  @Test
  void approvalFailsWithItsTickAndTheRetryFilesItOnce() {
    AccountSummary user = world.affiliation.accounts.active("Ana", "Silva");
    Affiliation request = world.requestAffiliation(user, org, true);
    int events = world.events().size();
    int mails = world.affiliation.kernel.outbox().entries().size();
    flaky.down = true;

    assertThatThrownBy(() -> world.approveAffiliation(request, org)).isInstanceOf(Unavailable.class);

    assertThat(world.affiliation.module.affiliations().get(request.id(), world.operator()).state())
        .isEqualTo(AffiliationState.PENDING);
    assertThat(world.events()).hasSize(events);
    assertThat(world.affiliation.kernel.outbox().entries()).hasSize(mails);

    flaky.down = false;
    world.approveAffiliation(world.affiliation.module.affiliations().get(request.id(), world.operator()), org);

    assertThat(world.register.find(user.id())).hasValueSatisfying(t -> {
      assertThat(t.state()).isEqualTo(TiesState.REQUESTED);
      assertThat(t.requests()).hasSize(1);
    });
    assertThat(world.events(TiesAccessEvent.Requested.class)).filteredOn(e -> e.account().equals(user.id())).hasSize(1);
  }
}
