/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.memberportal.account.AccountSummary;
import org.memberportal.affiliation.organisation.OrganisationId;
import org.memberportal.affiliation.testkit.AffiliationWorld.Staffed;
import org.memberportal.kernel.AccountId;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.NotAllowed;
import org.memberportal.ties.inmemory.InMemoryTiesAccountRegister;
import org.memberportal.ties.port.TiesAccountRegister;
import org.memberportal.ties.testkit.TiesWorld;

/** "Is TIES active for this account?" (T7): one index look-up, never a load or a scan. */
class IsTiesActiveTests {

  /** Counts the register's reads, to show which one the question uses. */
  static final class CountingRegister implements TiesAccountRegister {
    final TiesAccountRegister inner;
    final AtomicInteger loads = new AtomicInteger();
    final AtomicInteger indexReads = new AtomicInteger();

    CountingRegister(TiesAccountRegister inner) {
      this.inner = inner;
    }

    @Override
    public Optional<TiesAccount> find(AccountId account) {
      loads.incrementAndGet();
      return inner.find(account);
    }

    @Override
    public TiesAccount add(TiesAccount tiesAccount) {
      return inner.add(tiesAccount);
    }

    @Override
    public TiesAccount update(TiesAccount tiesAccount) {
      return inner.update(tiesAccount);
    }

    @Override
    public boolean isActive(AccountId account) {
      indexReads.incrementAndGet();
      return inner.isActive(account);
    }

    @Override
    public List<TiesAccount> inOrganisation(OrganisationId organisation, Set<TiesState> states) {
      loads.incrementAndGet();
      return inner.inOrganisation(organisation, states);
    }
  }

  private CountingRegister counting;
  private final TiesWorld world =
      TiesWorld.create(t -> counting = new CountingRegister(new InMemoryTiesAccountRegister(t)));
  private final Staffed org = world.staffed("Swisscom");

  @Test
  void tiesActiveIsAnsweredFromTheIndex() {
    AccountSummary active = world.tiesUser(org, "Ana", "Active");
    AccountSummary waiting = world.requester(org, "Wes", "Waiting");
    counting.loads.set(0);

    assertThat(world.access().isActive(active.id(), TiesWorld.as(active))).isTrue();
    assertThat(world.access().isActive(waiting.id(), TiesWorld.as(waiting))).isFalse();
    assertThat(world.access().isActive(AccountId.random(), world.operator())).isFalse();

    assertThat(counting.indexReads).hasValue(3);
    assertThat(counting.loads).hasValue(0);
  }

  @Test
  void onlyTheHolderAndStaffAsk() {
    AccountSummary active = world.tiesUser(org, "Ana", "Active");

    assertThat(world.access().isActive(active.id(), Actor.system("menu"))).isTrue();
    assertThatThrownBy(() -> world.access().isActive(active.id(), TiesWorld.as(org.itu())))
        .isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> world.access().isActive(active.id(), Actor.anonymous()))
        .isInstanceOf(NotAllowed.class);
  }
}
