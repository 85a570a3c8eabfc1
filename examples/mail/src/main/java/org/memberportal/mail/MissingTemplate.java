/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.mail;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A notification cannot be rendered: its kind has no template, its language lacks a sentence the templates
 * name, or a sentence names a parameter the notification does not carry. It is a deployment defect, so it fails loudly instead of
 * sending the mail in another language; the relay keeps the notification and retries it after the fix.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MissingTemplate extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Describes what is missing.
   *
   * @param kind the notification's kind
   * @param locale its language
   * @param what the missing resource or parameter
   */
  public MissingTemplate(String kind, Locale locale, String what) {
    super("cannot render " + kind + " in " + locale.getLanguage() + ": missing " + what);
  }

  /**
   * Describes what is missing, with the template engine's failure.
   *
   * @param kind the notification's kind
   * @param locale its language
   * @param what what is missing
   * @param cause the failure
   */
  public MissingTemplate(String kind, Locale locale, String what, Throwable cause) {
    super("cannot render " + kind + " in " + locale.getLanguage() + ": missing " + what, cause);
  }
}
