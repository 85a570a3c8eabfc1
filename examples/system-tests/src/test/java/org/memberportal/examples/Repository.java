/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository's files are, for the tests that read or write its docs. */
public final class Repository {

  private Repository() {}

  /**
   * The repository's root: Surefire runs in the module's folder (examples/system-tests); the root is the first
   * folder above it with the README and the examples.
   *
   * @return the root
   */
  public static Path root() {
    Path here = Path.of("").toAbsolutePath();
    while (!(Files.exists(here.resolve("README.md")) && Files.isDirectory(here.resolve("examples")))) {
      here = here.getParent();
    }
    return here;
  }
}
