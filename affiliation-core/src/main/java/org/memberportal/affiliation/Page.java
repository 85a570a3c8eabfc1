/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One page of a longer list, for screens that page.
 *
 * @param items the items on this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param total how many items the whole list has
 * @param <T> the items' type
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Page<T>(List<T> items, int page, int size, long total) {

  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
  }

  /**
   * Cuts one page out of a full, already sorted list.
   *
   * @param all the whole list
   * @param page the page number, from 0
   * @param size the page size
   * @param <T> the items' type
   * @return the page
   */
  public static <T> Page<T> of(List<T> all, int page, int size) {
    org.memberportal.kernel.Page<T> cut = org.memberportal.kernel.Page.of(all, page, size);
    return new Page<>(cut.items(), page, size, cut.total());
  }

  /**
   * Whether a further page exists.
   *
   * @return true when items remain after this page
   */
  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
