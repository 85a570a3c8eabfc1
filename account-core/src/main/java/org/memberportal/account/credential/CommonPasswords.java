/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.apiguardian.api.API;

/**
 * The list of common passwords refused by the policy (OWASP ASVS 5.0 6.2.4): the 100,000 most common passwords
 * of Mark Burnett's ten-million-password corpus, as nbvcxz ships them and hands them out through its public API
 * ({@code DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords)}). A password is common when one of its
 * base forms is the base form of an entry: case folded, the common substitutions ({@code @} for a, {@code 0} for
 * o, {@code 1} for i or l, {@code 3} for e, {@code $} for s, ...) undone, leading and trailing digits, years and
 * symbols taken away. So {@code Password1!}, {@code Welcome@2024} and {@code P@ssw0rd123} are common, as people
 * who meet "upper, lower, digit, symbol" this way expect an attacker's rules to find them. Loaded once, on first
 * use.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class CommonPasswords {

  private CommonPasswords() {}

  /**
   * Whether a password is common: one of its base forms is the base form of a listed password.
   *
   * @param password the password in clear
   * @return true when it is common
   */
  public static boolean contains(String password) {
    for (String candidate : BaseForm.candidates(password)) {
      if (Holder.BASE_FORMS.contains(candidate)) {
        return true;
      }
    }
    return false;
  }

  /**
   * How many passwords the list holds.
   *
   * @return the size
   */
  public static int size() {
    return Holder.SIZE;
  }

  private static final class Holder {
    static final int SIZE;
    static final Set<String> BASE_FORMS;

    static {
      Map<String, Integer> ranked = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);
      if (ranked.isEmpty()) {
        throw new IllegalStateException("nbvcxz gave no common passwords");
      }
      Set<String> forms = new HashSet<>(2 * ranked.size());
      for (String entry : ranked.keySet()) {
        String word = entry.strip();
        if (!word.isEmpty()) {
          forms.add(BaseForm.fold(word));
        }
      }
      SIZE = ranked.size();
      BASE_FORMS = Set.copyOf(forms);
    }
  }
}
