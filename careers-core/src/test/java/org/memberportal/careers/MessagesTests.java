/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.careers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.memberportal.careers.application.ApplicationDesk;
import org.memberportal.kernel.Validation;

/** The vacancy, opening, alert and application messages exist in English and in French. */
class MessagesTests {

  private static final Pattern KEY = Pattern.compile("\"\\{?(careers\\.(?:vacancy|opening|alert|application)\\.[a-z.-]+)\\}?\"");

  @Test
  void everyMessageKeyOfVacanciesAndApplicationsHasEnglishAndFrenchText() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (String pkg : new String[] {"vacancy", "opening", "alert", "application"}) {
      try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/memberportal/careers", pkg))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
          Matcher m = KEY.matcher(Files.readString(f));
          while (m.find()) {
            keys.add(m.group(1));
          }
        }
      }
    }

    assertThat(keys).hasSizeGreaterThan(30);
    for (String found : keys) {
      // a notification kind is not a message; its subject line is
      String key = ApplicationDesk.KINDS.contains(found) ? found + ".subject" : found;
      assertThat(Validation.message(key, Locale.ENGLISH, Map.of())).as(key).isNotEqualTo(key);
      assertThat(Validation.hasOwnMessage(key, Locale.FRENCH)).as("%s in French", key).isTrue();
    }
  }
}
