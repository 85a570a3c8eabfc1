/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.inmemory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.memberportal.account.AccountRefusals;
import org.memberportal.account.factor.Passkey;
import org.memberportal.account.factor.PasskeyId;
import org.memberportal.account.port.PasskeyRegister;
import org.memberportal.account.verification.CodeSubject;
import org.memberportal.kernel.Conflict;
import org.memberportal.kernel.KernelRefusals;
import org.memberportal.kernel.inmemory.InMemoryTransactions;
import org.memberportal.kernel.inmemory.UndoableMap;

/**
 * The passkeys in a map, undone with the transaction.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public final class InMemoryPasskeyRegister implements PasskeyRegister {

  private final UndoableMap<PasskeyId, Passkey> passkeys;

  /**
   * An empty register.
   *
   * @param transactions the transactions whose rollback undoes its writes
   */
  public InMemoryPasskeyRegister(InMemoryTransactions transactions) {
    this.passkeys = new UndoableMap<>(transactions);
  }

  @Override
  public synchronized Optional<Passkey> find(PasskeyId id) {
    return Optional.ofNullable(passkeys.get(id));
  }

  @Override
  public synchronized Optional<Passkey> findByCredential(String credentialId) {
    return passkeys.values().stream().filter(p -> p.credentialId().equals(credentialId)).findFirst();
  }

  @Override
  public synchronized List<Passkey> of(CodeSubject holder) {
    return passkeys.values().stream().filter(p -> p.holder().equals(holder))
        .sorted(Comparator.comparing(Passkey::addedAt)).toList();
  }

  @Override
  public synchronized Passkey add(Passkey passkey) {
    boolean taken = passkeys.values().stream().anyMatch(p -> p.id().equals(passkey.id())
        || p.credentialId().equals(passkey.credentialId()) || sameName(p, passkey));
    if (taken) {
      throw new Conflict(AccountRefusals.PASSKEY_TAKEN, "the passkey or its name is registered already");
    }
    return passkeys.put(passkey.id(), passkey.withVersion(1));
  }

  @Override
  public synchronized Passkey update(Passkey passkey) {
    Passkey previous = passkeys.get(passkey.id());
    if (previous == null || previous.version() != passkey.version()) {
      throw new Conflict(KernelRefusals.STALE_VERSION, "the passkey changed meanwhile");
    }
    if (passkeys.values().stream().anyMatch(p -> !p.id().equals(passkey.id()) && sameName(p, passkey))) {
      throw new Conflict(AccountRefusals.PASSKEY_TAKEN, "the holder has a passkey of this name");
    }
    return passkeys.put(passkey.id(), passkey.withVersion(passkey.version() + 1));
  }

  /** A name once a holder, whatever the case (the database's unique index on the lower-cased name). */
  private static boolean sameName(Passkey stored, Passkey written) {
    return stored.holder().equals(written.holder()) && stored.name().equalsIgnoreCase(written.name());
  }

  @Override
  public synchronized void remove(PasskeyId id) {
    passkeys.remove(id);
  }
}
