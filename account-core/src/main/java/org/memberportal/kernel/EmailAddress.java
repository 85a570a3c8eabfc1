package org.memberportal.kernel;

import java.text.Normalizer;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * An email address as the person typed it, with the normalised key used for uniqueness: trimmed, Unicode NFC,
 * lower-cased local part and domain. Two addresses are equal when their keys are equal.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class EmailAddress {

  /** Longest address accepted (RFC 5321 path limit). */
  public static final int MAX_LENGTH = 254;

  private final String display;
  private final String key;

  private EmailAddress(String display, String key) {
    this.display = display;
    this.key = key;
  }

  /**
   * Makes an address from user input. Commands validate the text first (see {@code @Email}); this method
   * only refuses text that cannot be an address at all.
   *
   * @param text the address as typed
   * @return the address
   * @throws ValidationFailed when the text has no local part and domain around one {@code @}
   */
  public static EmailAddress of(String text) {
    String display = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    int at = display.lastIndexOf('@');
    if (at <= 0 || at == display.length() - 1 || display.length() > MAX_LENGTH) {
      throw ValidationFailed.of(
          Validation.violation("email", "jakarta.validation.constraints.Email.message", Locale.ENGLISH));
    }
    return new EmailAddress(display, normalise(display));
  }

  /**
   * The normalised form of an address, the key for uniqueness.
   *
   * @param text an address
   * @return its key
   */
  public static String normalise(String text) {
    return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  /**
   * The address as the person typed it (trimmed).
   *
   * @return the display form
   */
  public String display() {
    return display;
  }

  /**
   * The normalised key used for uniqueness and look-ups.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * A form safe for logs: the first character of the local part and the domain, e.g. {@code j***@itu.int}.
   *
   * @return the masked address
   */
  public String masked() {
    int at = key.lastIndexOf('@');
    return key.charAt(0) + "***" + key.substring(at);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EmailAddress that && key.equals(that.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /** Masked, so that an address logged by accident is not personal data in clear. */
  @Override
  public String toString() {
    return masked();
  }
}
