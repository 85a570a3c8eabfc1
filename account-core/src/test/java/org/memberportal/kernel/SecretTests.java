/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTests {

  @Test
  void secretNeverPrintsItself() {
    Secret password = Secret.of("Tr0ub4dor&3");

    assertThat(password.toString()).isEqualTo("******");
    assertThat(String.valueOf(password)).doesNotContain("Tr0ub4dor");
    assertThat(password.reveal()).isEqualTo("Tr0ub4dor&3");
  }

  @Test
  void lengthCountsCodePoints() {
    assertThat(Secret.of("pass😀word").length()).isEqualTo(9);
  }
}
