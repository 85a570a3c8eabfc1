/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The page a search of the directory or of an organisation's users asks for: page number from 0, page size from 1
 * to 100, 20 unless said otherwise.
 *
 * @since 0.2.0
 */
@API(status = API.Status.STABLE, since = "0.2.0")
public interface Paging {

  /**
   * Page number, from 0.
   *
   * @return the page
   */
  @Value.Default
  @Min(value = 0, message = "{affiliation.page.invalid}")
  default int page() {
    return 0;
  }

  /**
   * Page size, 1 to 100.
   *
   * @return the size
   */
  @Value.Default
  @Min(value = 1, message = "{affiliation.page-size.invalid}")
  @Max(value = 100, message = "{affiliation.page-size.invalid}")
  default int size() {
    return 20;
  }
}
