/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.inmemory;

import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.factor.Enrolment;
import org.memberportal.account.port.FactorRegister;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.kernel.inmemory.UndoableMap;

/**
 * The enrolments in a map, undone with the transaction.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class InMemoryFactorRegister implements FactorRegister {

  private final UndoableMap<CodeSubject, Enrolment> enrolments;

  /**
   * An empty register.
   *
   * @param transactions the transactions whose rollback undoes its writes
   */
  public InMemoryFactorRegister(InMemoryTransactions transactions) {
    this.enrolments = new UndoableMap<>(transactions);
  }

  @Override
  public synchronized Optional<Enrolment> find(CodeSubject holder) {
    return Optional.ofNullable(enrolments.get(holder));
  }

  @Override
  public synchronized Enrolment add(Enrolment enrolment) {
    if (enrolments.containsKey(enrolment.holder())) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "an enrolment was stored meanwhile");
    }
    return enrolments.put(enrolment.holder(), enrolment.withVersion(1));
  }

  @Override
  public synchronized Enrolment update(Enrolment enrolment) {
    Enrolment previous = enrolments.get(enrolment.holder());
    if (previous == null || previous.version() != enrolment.version()) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "the enrolment changed meanwhile");
    }
    return enrolments.put(enrolment.holder(), enrolment.withVersion(enrolment.version() + 1));
  }

  @Override
  public synchronized void remove(CodeSubject holder) {
    enrolments.remove(holder);
  }
}
