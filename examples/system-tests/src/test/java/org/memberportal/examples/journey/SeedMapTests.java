/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.memberportal.examples.Repository;

/**
 * docs/ARCHITECTURE.md's "Map from the seed to the code" names, for every feature the library builds, the class and
 * method that hold its rule. This test fails when a name there no longer exists (a class renamed or moved, a method
 * gone), when a built feature has no row, or when the list of built features here, the README's feature table and
 * (when it is readable) the seed's FEATURES.md disagree.
 */
class SeedMapTests {

  static final String SECTION = "## Map from the seed to the code";
  static final String PREFIX = "org.memberportal.";

  /** The features the library builds today: each has a row in the map. */
  static final List<String> BUILT = List.of(
      "A1", "A2", "A3", "A4", "A4b", "A5", "A6", "A7", "A8", "A9", "A10", "A11", "A12",
      "F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10", "F11",
      "T1", "T2", "T3", "T4", "T5", "T6", "T7",
      "C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9", "C10", "C11", "C12", "C13",
      "X1", "X2", "X3", "X4", "X5", "X6", "X7", "X8", "X9", "X10", "X11", "X12",
      "H1", "H2", "H3", "H4", "H5", "H6", "H7");

  /** The features of later issues, named on the map's "Not built yet" line. */
  static final List<String> NOT_BUILT = List.of();

  static final Pattern ID = Pattern.compile("[AFTCXH]\\d+b?");
  static final Pattern NAME = Pattern.compile("`([A-Za-z0-9_.$]+)#([A-Za-z0-9_]+)`");

  static Path root() {
    return Repository.root();
  }

  /** The map's rows: id -> the {@code Class#method} names of its last cell. */
  static Map<String, List<String>> rows() throws IOException {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String line : section()) {
      List<String> cells = cells(line);
      if (cells.size() == 3 && ID.matcher(cells.get(0)).matches()) {
        List<String> names = new ArrayList<>();
        Matcher m = NAME.matcher(cells.get(2));
        while (m.find()) {
          names.add(m.group(1) + "#" + m.group(2));
        }
        assertThat(rows.put(cells.get(0), names)).as("one row for %s", cells.get(0)).isNull();
      }
    }
    return rows;
  }

  static List<String> section() throws IOException {
    List<String> lines = Files.readAllLines(root().resolve("docs/ARCHITECTURE.md"), StandardCharsets.UTF_8);
    int begin = lines.indexOf(SECTION);
    assertThat(begin).as("docs/ARCHITECTURE.md has the section \"%s\"", SECTION).isNotNegative();
    int end = begin + 1;
    while (end < lines.size() && !lines.get(end).startsWith("## ")) {
      end++;
    }
    return lines.subList(begin + 1, end);
  }

  static List<String> cells(String line) {
    if (!line.startsWith("|")) {
      return List.of();
    }
    String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
    return Arrays.stream(inner.split("\\|", -1)).map(String::strip).toList();
  }

  /** Where the name fails to resolve, or empty: the class exists and declares (or inherits) the method. */
  static Optional<String> problem(String name) {
    String className = name.substring(0, name.indexOf('#'));
    String method = name.substring(name.indexOf('#') + 1);
    String binaryName = className.startsWith(PREFIX) ? className : PREFIX + className;
    try {
      Optional<Class<?>> type = load(binaryName);
      if (type.isEmpty()) {
        return Optional.of(name + ": no class " + className);
      }
      return declares(type.get(), method) ? Optional.empty()
          : Optional.of(name + ": " + type.get().getName() + " has no method " + method);
    } catch (LinkageError e) {
      return fromBytecode(binaryName, method, name);
    }
  }

  /**
   * A class of the portal application, which this class path holds without its framework (Spring), so it cannot be
   * loaded: its bytecode says whether it declares the method.
   */
  private static Optional<String> fromBytecode(String binaryName, String method, String name) {
    URL bytecode = SeedMapTests.class.getClassLoader().getResource(binaryName.replace('.', '/') + ".class");
    if (bytecode == null) {
      return Optional.of(name + ": no class " + binaryName);
    }
    return new ClassFileImporter().importUrl(bytecode).get(binaryName).getAllMethods().stream()
        .anyMatch(m -> m.getName().equals(method)) ? Optional.empty()
        : Optional.of(name + ": " + binaryName + " has no method " + method);
  }

  /** Loads a class by its binary name, a nested class written after a dot ({@code kernel.Text.Check}). */
  static Optional<Class<?>> load(String name) {
    String candidate = name;
    while (true) {
      try {
        return Optional.of(Class.forName(candidate, false, SeedMapTests.class.getClassLoader()));
      } catch (ClassNotFoundException e) {
        int dot = candidate.lastIndexOf('.');
        if (dot < 0 || !Character.isUpperCase(candidate.charAt(dot + 1))
            || candidate.substring(0, dot).chars().noneMatch(Character::isUpperCase)) {
          return Optional.empty();
        }
        candidate = candidate.substring(0, dot) + "$" + candidate.substring(dot + 1);
      }
    }
  }

  /** Whether the type or one of its supertypes declares a method of that name, any visibility or parameters. */
  static boolean declares(Class<?> type, String method) {
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
    Set<Class<?>> seen = new LinkedHashSet<>();
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (!seen.add(c)) {
        continue;
      }
      if (Arrays.stream(c.getDeclaredMethods()).map(Method::getName).anyMatch(method::equals)) {
        return true;
      }
      Optional.ofNullable(c.getSuperclass()).ifPresent(todo::push);
      Arrays.stream(c.getInterfaces()).forEach(todo::push);
    }
    return false;
  }

  @Test
  void everyNameInTheMapIsAClassAndAMethodOfTheCode() throws IOException {
    Map<String, List<String>> rows = rows();
    List<String> problems = new ArrayList<>();
    rows.forEach((id, names) -> {
      if (names.isEmpty()) {
        problems.add(id + ": no `Class#method` in its row");
      }
      names.forEach(n -> problem(n).ifPresent(p -> problems.add(id + ": " + p)));
    });
    assertThat(rows).as("the map's rows").isNotEmpty();
    assertThat(problems).as("names in docs/ARCHITECTURE.md \"%s\" that do not resolve", SECTION).isEmpty();
  }

  @Test
  void everyBuiltFeatureHasARowAndTheOthersAreListedAsNotBuilt() throws IOException {
    assertThat(rows().keySet()).as("the map's ids").containsExactlyElementsOf(BUILT);
    List<String> notBuilt = section().stream().filter(l -> l.startsWith("Not built yet:")).toList();
    assertThat(notBuilt).as("the map's \"Not built yet:\" line").hasSize(1);
    List<String> listed = ID.matcher(notBuilt.get(0)).results().map(MatchResult::group).toList();
    assertThat(listed).as("features named not built yet").containsExactlyElementsOf(NOT_BUILT);
  }

  @Test
  void theBuiltFeaturesAreTheReadmesDoneOnesAndTheSeedsList() throws IOException {
    List<String> readme = Files.readAllLines(ReadmeTests.readme(), StandardCharsets.UTF_8);
    int header = readme.indexOf("| id | feature | status |");
    assertThat(header).as("README has the feature table").isNotNegative();
    List<String> done = new ArrayList<>();
    List<String> other = new ArrayList<>();
    for (String line : readme.subList(header + 2, readme.size())) {
      List<String> cells = cells(line);
      if (cells.size() != 3) {
        break;
      }
      (cells.get(2).startsWith("done") ? done : other).add(cells.get(0));
    }
    assertThat(done).as("README's features marked done").containsExactlyInAnyOrderElementsOf(BUILT);
    assertThat(other).as("README's features not done").containsExactlyInAnyOrderElementsOf(NOT_BUILT);

    // the seed's list lives outside the repository (../shared/FEATURES.md, CI keeps a copy beside the clone);
    // when it is readable its ids must be exactly the built ones and the later ones
    Optional<Path> seed = Stream.of(System.getProperty("seedmap.features"), "../shared/FEATURES.md")
        .filter(p -> p != null && !p.isBlank())
        .map(p -> root().resolve(p).normalize())
        .filter(Files::isReadable)
        .findFirst();
    if (seed.isPresent()) {
      List<String> ids = Files.readAllLines(seed.get(), StandardCharsets.UTF_8).stream()
          .map(l -> Pattern.compile("^- (" + ID.pattern() + ") ").matcher(l))
          .filter(Matcher::find)
          .map(m -> m.group(1))
          .toList();
      List<String> all = new ArrayList<>(BUILT);
      all.addAll(NOT_BUILT);
      assertThat(ids).as("feature ids of %s", seed.get()).containsExactlyInAnyOrderElementsOf(all);
    }
  }
}
