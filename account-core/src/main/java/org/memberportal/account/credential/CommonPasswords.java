package org.memberportal.account.credential;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The list of common passwords refused by the policy (OWASP ASVS 5.0 6.2.4): the 100,000 most common passwords
 * that nbvcxz ships ({@code dictionaries/passwords.txt}), compared case-insensitively. Loaded once, on first use.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class CommonPasswords {

  private static final String RESOURCE = "dictionaries/passwords.txt";

  private CommonPasswords() {}

  /**
   * Whether a password is on the list (ignoring case).
   *
   * @param password the password in clear
   * @return true when it is common
   */
  public static boolean contains(String password) {
    return Holder.LIST.contains(password.toLowerCase(Locale.ROOT));
  }

  /**
   * How many passwords the list holds.
   *
   * @return the size
   */
  public static int size() {
    return Holder.LIST.size();
  }

  private static final class Holder {
    static final Set<String> LIST = load();

    private static Set<String> load() {
      Set<String> out = new HashSet<>(150_000);
      InputStream in = CommonPasswords.class.getClassLoader().getResourceAsStream(RESOURCE);
      if (in == null) {
        throw new IllegalStateException("common password list missing from the class path: " + RESOURCE);
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String word = line.strip();
          if (!word.isEmpty()) {
            out.add(word.toLowerCase(Locale.ROOT));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Set.copyOf(out);
    }
  }
}
