/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import java.util.List;
import org.apiguardian.api.API;
import org.memberportal.kernel.Violation;

/**
 * Where a named {@link AccountImport} stands: the records done (imported or refused, in committed batches), and each
 * refused record with its line and reasons. It is read from the database, so it is whole across restarts.
 *
 * @param name the import's name
 * @param lines the records done, from line 1
 * @param imported the accounts stored
 * @param refused the refused records, by line
 * @param finished whether a run reached the end of its records
 * @since 0.2.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
public record ImportReport(String name, long lines, long imported, List<Refused> refused, boolean finished) {

  /** Copies the list. */
  public ImportReport {
    refused = List.copyOf(refused);
  }

  /**
   * A record the import refused: nothing of it was stored.
   *
   * @param line its line, the first record being line 1
   * @param reasons each broken rule, with its code, property path and message in the importing actor's language:
   *     the command's own ({@code ImportAccount}'s), {@code account.email-taken} for an address an account
   *     already had, or {@link AccountImport#REPEATED_EMAIL} for one an earlier line of the input gave
   * @since 0.2.0
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2.0")
  public record Refused(long line, List<Violation> reasons) {

    /** Copies the list. */
    public Refused {
      reasons = List.copyOf(reasons);
    }
  }
}
