/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the story moves forward by hand, so that a printed run reads the same every time. */
final class DemoClock extends Clock {

  private Instant now;

  DemoClock(Instant start) {
    this.now = start;
  }

  /** Lets time pass, e.g. between a sign-up and the moment the person reads the email. */
  synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  @Override
  public synchronized Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    // the library reads instants only; the zone is never consulted
    return this;
  }
}
