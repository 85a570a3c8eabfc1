package org.memberportal.account.credential;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What a password must not contain, as plain values: the local part of the holder's email address and their
 * names. Any kind of account (user, candidate) can build one.
 *
 * @param emailLocalPart the part of the address before the {@code @}, or empty
 * @param names first, last and other names, possibly empty
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record PasswordContext(String emailLocalPart, List<String> names) {

  /** Copies the names. */
  public PasswordContext {
    names = List.copyOf(names);
  }

  /**
   * No context: only the context-free rules apply.
   *
   * @return an empty context
   */
  public static PasswordContext none() {
    return new PasswordContext("", List.of());
  }

  /**
   * The context of an address and names.
   *
   * @param email the address as typed (only its local part is kept)
   * @param names the holder's names
   * @return the context
   */
  public static PasswordContext of(String email, String... names) {
    int at = email.lastIndexOf('@');
    return new PasswordContext((at > 0 ? email.substring(0, at) : email).toLowerCase(Locale.ROOT), List.of(names));
  }

  @Override
  public String toString() {
    return "PasswordContext{" + names.size() + " names}";
  }
}
