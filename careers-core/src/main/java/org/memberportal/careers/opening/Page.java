/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers.opening;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One page of a longer list.
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
   * Whether a further page exists.
   *
   * @return true when items follow this page
   */
  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
