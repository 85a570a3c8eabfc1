/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.ties;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Validation;

/** Every validation message of the module exists in English and in French, and every key the code uses exists. */
class MessagesTests {

  private static Set<String> keys(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(Path.of("src", "main", "resources", resource))) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @Test
  void everyMessageExistsInEnglishAndInFrench() throws IOException {
    Set<String> english = keys("ValidationMessages.properties");
    Set<String> french = keys("ValidationMessages_fr.properties");

    assertThat(english).isNotEmpty().allMatch(k -> k.startsWith("ties."));
    assertThat(french).isEqualTo(english);
    assertThat(english).allSatisfy(k -> assertThat(Validation.hasOwnMessage(k, Locale.FRENCH)).as(k).isTrue());
  }

  @Test
  void everyMessageKeyTheCodeUsesIsDefined() throws IOException {
    Set<String> english = keys("ValidationMessages.properties");
    Pattern key = Pattern.compile("message = \"\\{(ties\\.[a-z.-]+)}\"");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = key.matcher(Files.readString(file));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }

    assertThat(used).contains("ties.account.required", "ties.reason.too-long", "ties.token.required");
    assertThat(english).containsAll(used);
  }
}
