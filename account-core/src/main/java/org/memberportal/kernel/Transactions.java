/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * Port: runs a command's work in one transaction, so that its writes, its events and its outgoing
 * notifications commit together or not at all. A call made while a transaction is open joins it.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface Transactions {

  /**
   * Runs the work in a transaction, committing when it returns and rolling back when it throws.
   *
   * @param work the command's work
   * @param <T> its result
   * @return the work's result
   */
  <T> T inTransaction(Supplier<T> work);
}
