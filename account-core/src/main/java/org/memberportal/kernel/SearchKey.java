/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The folded form of a name or a search text, for search and sorting: compatibility-decomposed, accents
 * removed, lower-cased, blanks collapsed, so {@code "Université de Genève"} and {@code "universite de geneve"}
 * have the same key. The one folding of every search by name.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class SearchKey {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private SearchKey() {}

  /**
   * Folds a name or a search text.
   *
   * @param text the text
   * @return its key
   */
  public static String of(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    // letters such as ø and ß have no combining form; fold the common ones by hand
    bare = bare.replace("ø", "o").replace("Ø", "o").replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae")
        .replace("œ", "oe").replace("Œ", "oe").replace("ł", "l").replace("Ł", "l");
    return BLANKS.matcher(bare.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
  }

  /**
   * The words of a folded text, for matching word by word.
   *
   * @param text the text
   * @return the words of its key, in order (none for a blank text)
   */
  public static List<String> words(String text) {
    String key = of(text);
    return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
  }
}
