/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.affiliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
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

class MessagesTests {

  private static Set<String> keys(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(Path.of("src", "main", "resources", resource))) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  @Test
  void everyMessageExistsInEnglishAndInFrench() throws IOException {
    Set<String> english = keys("ValidationMessages.properties");
    Set<String> french = keys("ValidationMessages_fr.properties");

    // organisation.illegal-transition is the reason of the organisations' review workflow, raised here too
    assertThat(english).isNotEmpty().allMatch(k -> k.startsWith("affiliation.")
        || k.equals("organisation.illegal-transition"));
    assertThat(french).isEqualTo(english);
    assertThat(english).allSatisfy(k -> assertThat(Validation.hasOwnMessage(k, Locale.FRENCH)).as(k).isTrue());
  }

  @Test
  void everyMessageKeyTheCodeUsesIsDefined() throws IOException {
    Set<String> english = keys("ValidationMessages.properties");
    Pattern used = Pattern.compile("\"\\{?(affiliation\\.[a-z.-]+?)}?\"");
    Set<String> usedKeys = new TreeSet<>();
    try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        String text = Files.readString(file);
        Matcher m = Pattern.compile("(message = |violation\\([^,]+, )(\"[^\"]+\")").matcher(text);
        while (m.find()) {
          Matcher key = used.matcher(m.group(2));
          if (key.matches()) {
            usedKeys.add(key.group(1));
          }
        }
      }
    }

    assertThat(usedKeys).contains("affiliation.reason.too-long", "affiliation.seed.column-missing");
    assertThat(english).containsAll(usedKeys);
  }
}
