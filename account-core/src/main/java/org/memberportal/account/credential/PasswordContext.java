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

  /**
   * Shortest word of a context value that a password may not contain: longer than a whole value, so that the
   * "of" and "the" of an organisation's name refuse nothing.
   */
  private static final int MIN_WORD_LENGTH = 4;

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

  /**
   * Whether a password, folded ({@link BaseForm#fold}), contains the address: its local part or a word of it, or
   * a word of the domain but its last label (org, com, int).
   *
   * @param folded the folded password
   * @return true when the password contains the address
   */
  boolean addressIn(String folded) {
    return valueIn(folded, emailLocalPart) || wordIn(folded, emailDomain.replaceFirst("\\.[^.]*$", ""));
  }

  /**
   * Whether a folded password contains one of the names.
   *
   * @param folded the folded password
   * @return true when it contains a name
   */
  boolean nameIn(String folded) {
    return names.stream().anyMatch(n -> valueIn(folded, n));
  }

  /**
   * Whether a folded password contains the organisation's name.
   *
   * @param folded the folded password
   * @return true when it contains the organisation's name
   */
  boolean organisationIn(String folded) {
    return valueIn(folded, organisation);
  }

  /**
   * A value of at least {@link PasswordPolicy#MIN_CONTEXT_LENGTH} characters, or one of its words, in the folded
   * password.
   */
  private static boolean valueIn(String folded, String value) {
    String whole = BaseForm.fold(value.strip());
    return whole.length() >= PasswordPolicy.MIN_CONTEXT_LENGTH && folded.contains(whole) || wordIn(folded, value);
  }

  /**
   * A word of a value (letters between other characters) of at least {@value #MIN_WORD_LENGTH} letters in the
   * folded password.
   */
  private static boolean wordIn(String folded, String value) {
    for (String word : BaseForm.caseFolded(value).split("[^\\p{L}]+")) {
      if (word.length() >= MIN_WORD_LENGTH && folded.contains(BaseForm.fold(word))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "PasswordContext{" + names.size() + " names}";
  }
}
