/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account.credential;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What a password must not contain, as plain values: the holder's email address (its local part and its domain),
 * their names and the name of their organisation. Any kind of account (user, candidate) can build one.
 *
 * @param emailLocalPart the part of the address before the {@code @}, or empty
 * @param names first, last and other names, possibly empty
 * @param emailDomain the part of the address after the {@code @}, or empty
 * @param organisation the name of the holder's organisation, or empty
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record PasswordContext(String emailLocalPart, List<String> names, String emailDomain, String organisation) {

  /** Copies the names. */
  public PasswordContext {
    names = List.copyOf(names);
  }

  /**
   * The context of a local part and names, without domain or organisation.
   *
   * @param emailLocalPart the part of the address before the {@code @}, or empty
   * @param names first, last and other names, possibly empty
   */
  public PasswordContext(String emailLocalPart, List<String> names) {
    this(emailLocalPart, names, "", "");
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
   * @param email the address as typed
   * @param names the holder's names
   * @return the context
   */
  public static PasswordContext of(String email, String... names) {
    int at = email.lastIndexOf('@');
    String local = at > 0 ? email.substring(0, at) : email;
    String domain = at > 0 ? email.substring(at + 1) : "";
    return new PasswordContext(local.toLowerCase(Locale.ROOT), List.of(names), domain.toLowerCase(Locale.ROOT), "");
  }

  /**
   * This context with the name of the holder's organisation.
   *
   * @param name the organisation's name, or empty
   * @return the context
   */
  public PasswordContext withOrganisation(String name) {
    return new PasswordContext(emailLocalPart, names, emailDomain, name);
  }

  @Override
  public String toString() {
    return "PasswordContext{" + names.size() + " names}";
  }
}
