/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.json;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Outcome;

/**
 * A decision on what waits for one (a request, a user-entered organisation), named by the last segment of its
 * path: {@code approval} or {@code rejection} (read by {@link #of}, which the portal's web configuration
 * registers). One endpoint takes either and the service's approve or reject does the rest.
 */
public enum Decision {
  /** The path's {@code approval}. */
  APPROVAL,
  /** The path's {@code rejection}. */
  REJECTION;

  /** The path's last segment: {@code approval} or {@code rejection}, any other is not found. */
  public static final String PATH = "{decision:approval|rejection}";

  /**
   * The decision a path names.
   *
   * @param segment {@code approval} or {@code rejection}
   * @return the decision
   */
  public static Decision of(String segment) {
    return valueOf(segment.toUpperCase(Locale.ROOT));
  }

  /**
   * {@return the path's segment, as the API's document lists it}
   */
  @JsonValue
  public String segment() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Takes this decision with the service's approve or reject.
   *
   * @param approve the service's approval
   * @param reject the service's rejection
   * @param command the decision's command
   * @param actor who decides
   * @param <C> the command's type
   * @param <R> what the service answers
   * @return the service's answer
   */
  public <C, R> R take(Decider<C, R> approve, Decider<C, R> reject, C command, Actor actor) {
    return (this == APPROVAL ? approve : reject).decide(command, actor).value();
  }

  /**
   * A service's approve or reject.
   *
   * @param <C> the command's type
   * @param <R> what the service answers
   */
  @FunctionalInterface
  public interface Decider<C, R> {

    /**
     * Decides.
     *
     * @param command the command
     * @param actor who decides
     * @return the outcome
     */
    Outcome<R> decide(C command, Actor actor);
  }
}
