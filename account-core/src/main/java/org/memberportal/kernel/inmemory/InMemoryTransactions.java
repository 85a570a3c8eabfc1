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
  private final ThreadLocal<List<Runnable>> undo = new ThreadLocal<>();

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (undo.get() != null) {
      return work.get();
    }
    lock.lock();
    List<Runnable> log = new ArrayList<>();
    undo.set(log);
    try {
      return work.get();
    } catch (RuntimeException | Error e) {
      for (int i = log.size() - 1; i >= 0; i--) {
        log.get(i).run();
      }
      throw e;
    } finally {
      undo.remove();
      lock.unlock();
    }
  }

  /**
   * Registers how to undo a write just made, if a transaction is open on this thread.
   *
   * @param action restores the state before the write
   */
  public void onRollback(Runnable action) {
    List<Runnable> log = undo.get();
    if (log != null) {
      log.add(action);
    }
  }
}
