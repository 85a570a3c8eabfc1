/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An email to send, as a typed model: recipient, kind, language and parameters. The host renders and sends
 * it; the library never formats mail. Parameters named in {@link #secretParameters()} (a verification code,
 * a reset token) are masked by {@link #toString()} and scrubbed from the outbox once delivered.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@Value.Immutable
public abstract class Notification {

  /**
   * Unique per intended email; delivering twice with one key must send one email.
   *
   * @return the idempotency key
   */
  public abstract String idempotencyKey();

  /**
   * Who receives it.
   *
   * @return the address
   */
  public abstract EmailAddress recipient();

  /**
   * What kind of email it is, a stable code such as {@code "account.verification-code"}; the host picks its
   * template by kind and locale.
   *
   * @return the kind
   */
  public abstract String kind();

  /**
   * The recipient's language.
   *
   * @return the locale
   */
  public abstract Locale locale();

  /**
   * Values the template needs, by name.
   *
   * @return the parameters
   */
  public abstract Map<String, String> parameters();

  /**
   * Whose personal data the mail is about, named like the subject of that person's events (the careers module
   * writes {@code candidate:<id>}), so that erasing the person forgets the mail with {@link Outbox#forget(String)},
   * whichever address it went to. Empty when no erasure needs to find it.
   *
   * @return the data subject
   */
  public abstract Optional<String> dataSubject();

  /**
   * Names of parameters that hold secrets.
   *
   * @return the secret parameters' names
   */
  public abstract Set<String> secretParameters();

  /** The parameters' names must include the secret ones. */
  @Value.Check
  protected void check() {
    if (!parameters().keySet().containsAll(secretParameters())) {
      throw new IllegalArgumentException("secret parameters must be parameters");
    }
  }

  /**
   * The same notification without its secret parameters, as kept once delivered.
   *
   * @return a scrubbed copy
   */
  public Notification scrubbed() {
    Builder b = builder();
    b.idempotencyKey(idempotencyKey()).recipient(recipient()).kind(kind()).locale(locale()).dataSubject(dataSubject());
    parameters().forEach((k, v) -> {
      if (!secretParameters().contains(k)) {
        b.putParameters(k, v);
      }
    });
    return b.build();
  }

  /**
   * Starts a notification.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Kind, masked recipient and parameter names only: never values, which may be secrets. */
  @Override
  public String toString() {
    return "Notification{" + kind() + " to " + recipient().masked() + " in " + locale()
        + ", parameters " + parameters().keySet() + ", key " + idempotencyKey() + "}";
  }

  /** Builds a {@link Notification}. */
  public static final class Builder extends ImmutableNotification.Builder {}
}
