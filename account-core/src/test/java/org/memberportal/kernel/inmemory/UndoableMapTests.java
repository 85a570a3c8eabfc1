/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class UndoableMapTests {

  private final InMemoryTransactions transactions = new InMemoryTransactions();
  private final UndoableMap<String, Integer> map = new UndoableMap<>(transactions);

  @Test
  void aRollbackPutsEveryEntryBackAsItWasBeforeTheTransaction() {
    transactions.inTransaction(() -> {
      map.put("kept", 1);
      map.put("replaced", 2);
      return map.put("removed", 3);
    });

    assertThatThrownBy(() -> transactions.inTransaction(() -> {
      map.put("replaced", 20);
      map.put("replaced", 21);
      map.remove("removed");
      map.put("added", 4);
      map.remove("added");
      map.put("added", 5);
      throw new IllegalStateException("rolled back");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(map.get("kept")).isEqualTo(1);
    assertThat(map.get("replaced")).isEqualTo(2);
    assertThat(map.get("removed")).isEqualTo(3);
    assertThat(map.containsKey("added")).isFalse();
    assertThat(map.values()).containsExactlyInAnyOrder(1, 2, 3);
  }

  @Test
  void aCommittedTransactionsWritesStand() {
    transactions.inTransaction(() -> map.put("a", 1));
    transactions.inTransaction(() -> map.remove("a"));
    transactions.inTransaction(() -> map.put("b", 2));

    assertThat(map.containsKey("a")).isFalse();
    assertThat(map.get("b")).isEqualTo(2);
  }

  @Test
  void withNoTransactionOpenAWriteSimplyStands() {
    map.put("a", 1);
    map.put("b", 2);
    assertThat(map.remove("a")).isEqualTo(1);
    assertThat(map.remove("missing")).isNull();

    assertThat(map.values()).containsExactly(2);
  }

  @Test
  void theValuesComeInTheOrderTheirKeysWereFirstPutAndAreACopy() {
    map.put("c", 3);
    map.put("a", 1);
    map.put("b", 2);
    map.put("c", 30);

    List<Integer> values = map.values();
    map.remove("a");

    assertThat(values).containsExactly(30, 1, 2);
  }
}
