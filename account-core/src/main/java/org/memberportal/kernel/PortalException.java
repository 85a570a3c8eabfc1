/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The only family of exceptions the library's public API throws. Each subtype has a stable {@link #code()} a
 * front-end can map to a screen, a {@link #reason()} that names the precise rule, machine-readable
 * {@link #details()} where the rule has any (e.g. which profile sections are missing), and a sentence for users in
 * the caller's language ({@link #message(Locale)}).
 *
 * <p>The refusal catalogue: every reason the library can raise has an English and a French sentence under the
 * reason itself as key in the {@code ValidationMessages} bundles of the module that raises it; a test of each
 * module checks that no reason its code can raise lacks one.
 *
 * <p>Messages and details never contain secrets or personal data.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public abstract sealed class PortalException extends RuntimeException
    permits ValidationFailed, NotFound, NotAllowed, IllegalTransition, Conflict, PreconditionFailed,
        Unavailable {

  private final String reason;
  private final Map<String, List<String>> details;

  PortalException(String reason, String message) {
    this(reason, message, Map.of(), null);
  }

  PortalException(String reason, String message, Map<String, List<String>> details, @Nullable Throwable cause) {
    // no stack trace: these are expected outcomes of commands, thrown often and cheaply
    super(message, cause, false, cause != null);
    this.reason = reason;
    Map<String, List<String>> copy = new LinkedHashMap<>();
    details.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.details = Collections.unmodifiableMap(copy);
  }

  /**
   * The stable code of this failure's kind, e.g. {@code "not-allowed"}.
   *
   * @return the kind's code
   */
  public abstract String code();

  /**
   * The stable code of the precise rule that failed, e.g. {@code "affiliation.not-a-focal-point"}.
   *
   * @return the rule's code
   */
  public String reason() {
    return reason;
  }

  /**
   * What the rule found, machine-readable: each detail a name and its values (codes, never secrets or personal
   * data), e.g. {@code profile.section -> [education, references]}. Empty when the rule has nothing to add.
   *
   * @return the details, in a stable order
   */
  public Map<String, List<String>> details() {
    return details;
  }

  /**
   * The refusal's sentence for users, in a language: the catalogue's sentence under {@link #reason()}, each
   * {@code {name}} placeholder replaced by the values of that detail, each value named by the sentence under
   * {@code <name>.<value>} when the catalogue has one (so sections are named, not coded), joined by commas.
   *
   * @param locale the caller's language
   * @return the sentence (the reason itself when the catalogue has none)
   */
  public String message(Locale locale) {
    Map<String, String> parameters = new LinkedHashMap<>();
    details.forEach((name, values) -> parameters.put(name, values.stream().map(value -> {
      String key = name + "." + value;
      String named = Validation.message(key, locale, Map.of());
      return named.equals(key) ? value : named;
    }).collect(Collectors.joining(", "))));
    return Validation.message(reason, locale, parameters);
  }
}
