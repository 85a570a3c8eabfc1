/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation.organisation;

import org.apiguardian.api.API;
import org.memberportal.kernel.SearchKey;

/**
 * The folded form of a name used for search and sorting: accents removed, lower-cased, blanks collapsed, so
 * {@code "Université de Genève"} and {@code "universite de geneve"} have the same key: the kernel's
 * {@link SearchKey}, the one folding of every search by name.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class NameKey {

  private NameKey() {}

  /**
   * Folds a name or a search text, as {@link SearchKey#of} does.
   *
   * @param text the text
   * @return its key
   */
  public static String of(String text) {
    return SearchKey.of(text);
  }
}
