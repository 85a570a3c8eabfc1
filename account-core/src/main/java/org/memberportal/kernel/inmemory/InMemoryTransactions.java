/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.inmemory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.memberportal.kernel.Transactions;

/**
 * Transactions for the in-memory stores: one transaction at a time (a process-wide lock, so commands are
 * serialisable), and an undo log that the stores fill, replayed in reverse when the work throws. Reads outside
 * a transaction see committed or in-flight state of the one running transaction, never a torn object.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class InMemoryTransactions implements Transactions {

  private final ReentrantLock lock = new ReentrantLock();
  // one undo log per thread, emptied after each transaction and reused, rather than a thread-local set and
  // removed (a new map entry) on every command
  private final ThreadLocal<UndoLog> undo = ThreadLocal.withInitial(UndoLog::new);

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    UndoLog log = undo.get();
    if (log.open) {
      return work.get();
    }
    lock.lock();
    log.open = true;
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      for (int i = log.actions.size() - 1; i >= 0; i--) {
        log.actions.get(i).run();
      }
      throw e;
    } finally {
      log.open = false;
      log.actions.clear();
      lock.unlock();
    }
  }

  /**
   * Registers how to undo a write just made, if a transaction is open on this thread.
   *
   * @param action restores the state before the write
   */
  public void onRollback(Runnable action) {
    UndoLog log = undo.get();
    if (log.open) {
      log.actions.add(action);
    }
  }

  /** The writes of the transaction open on a thread, if any, with how to undo each. */
  private static final class UndoLog {
    final List<Runnable> actions = new ArrayList<>();
    boolean open;
  }
}
