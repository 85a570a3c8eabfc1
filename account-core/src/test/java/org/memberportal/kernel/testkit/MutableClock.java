/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand; thread-safe. */
public final class MutableClock extends Clock {

  /** A fixed, readable starting instant for tests. */
  public static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock at {@link #START}, in UTC.
   *
   * @return the clock
   */
  public static MutableClock atStart() {
    return at(START);
  }

  /**
   * A clock at the given instant, in UTC.
   *
   * @param instant the starting time
   * @return the clock
   */
  public static MutableClock at(Instant instant) {
    return new MutableClock(new AtomicReference<>(instant), ZoneOffset.UTC);
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far
   * @return this clock
   */
  public MutableClock advance(Duration duration) {
    now.updateAndGet(i -> i.plus(duration));
    return this;
  }

  /**
   * Sets the clock.
   *
   * @param instant the new time
   */
  public void set(Instant instant) {
    now.set(instant);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(now, zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
