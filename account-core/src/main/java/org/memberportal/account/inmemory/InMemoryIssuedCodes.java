/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.inmemory;

import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.port.IssuedCodes;
import org.memberportal.account.verification.CodePurpose;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.account.verification.IssuedCode;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.kernel.inmemory.UndoableMap;

/**
 * One-time codes in memory: thread-safe, with version checks; writes are undone on rollback.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryIssuedCodes implements IssuedCodes {

  private record Key(CodeSubject subject, CodePurpose purpose) {}

  private final UndoableMap<Key, IssuedCode> codes;

  /**
   * Creates an empty store.
   *
   * @param transactions the transactions whose rollbacks undo this store's writes
   */
  public InMemoryIssuedCodes(InMemoryTransactions transactions) {
    this.codes = new UndoableMap<>(transactions);
  }

  @Override
  public synchronized Optional<IssuedCode> find(CodeSubject subject, CodePurpose purpose) {
    return Optional.ofNullable(codes.get(new Key(subject, purpose)));
  }

  @Override
  public synchronized IssuedCode add(IssuedCode code) {
    Key key = new Key(code.subject(), code.purpose());
    if (codes.containsKey(key)) {
      throw new Conflict(AccountRefusals.CODE_TAKEN, "a code was issued meanwhile");
    }
    return codes.put(key, code.withVersion(1));
  }

  @Override
  public synchronized IssuedCode update(IssuedCode code) {
    Key key = new Key(code.subject(), code.purpose());
    IssuedCode previous = codes.get(key);
    if (previous == null || previous.version() != code.version()) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "the code changed meanwhile");
    }
    return codes.put(key, code.withVersion(code.version() + 1));
  }

  @Override
  public synchronized void remove(CodeSubject subject, CodePurpose purpose) {
    codes.remove(new Key(subject, purpose));
  }
}
