package org.memberportal.examples.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JourneyTests {

  @Test
  void journeyTellsWhatItWired() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    new Journey(new PrintStream(buffer, true, StandardCharsets.UTF_8)).run();

    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .contains("journey on the in-memory adapters", "Kernel wired on", "account-core");
  }
}
