/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.account;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.testkit.StableApi;

/** The STABLE API of account-core is the one promised in {@code api/stable-api.txt} (see {@link StableApi}). */
class StableApiTests {

  @Test
  void theStableApiIsThePromisedOne() {
    StableApi.check(Path.of("api", "stable-api.txt"), "org.memberportal.kernel", "org.memberportal.account");
  }
}
