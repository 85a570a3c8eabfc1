/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SqlProperties {

  /** Over every instant, refusals included: the first and last year of Instant's range are beyond a date's. */
  @Property
  void anInstantIsBoundAsTheTimestampOffsetDateTimeOfInstantGives(
      @ForAll @LongRange(min = -31557014167219200L, max = 31556889864403199L) long seconds,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nanos) {
    Instant instant = Instant.ofEpochSecond(seconds, nanos);
    OffsetDateTime expected;
    try {
      expected = OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    } catch (DateTimeException e) {
      assertThatThrownBy(() -> Sql.timestamp(instant)).isInstanceOf(DateTimeException.class);
      return;
    }
    assertThat(Sql.timestamp(instant)).isEqualTo(expected);
  }
}
