/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.memberportal.account.testkit.AccountsContract;
import org.memberportal.examples.Repository;
import org.w3c.dom.Element;

/**
 * The README's "Embed it in five minutes" is a host project as written: this test builds one from that section
 * alone (its dependency block as the POM's dependencies, each Java block at the path its first line names) plus
 * {@code src/test/host-project} (a test that runs the README's classes), and runs {@code mvn test} on it against the
 * packaged artifacts, which the build installed into {@code target/host-repo} (the POM's invoker:install; never
 * ~/.m2). Offline: the third-party artifacts (libraries and the three plugins) come from this build's own local
 * repository, read as a remote one, where this build put them. Run at integration-test (tag {@code host-project}),
 * once the artifacts are packaged.
 */
@Tag("host-project")
class EmbeddingGuideTests {

  private static final Pattern FENCE = Pattern.compile("(?m)^```(xml|java)\\n(.*?)^```$", Pattern.DOTALL);
  private static final Pattern PATH = Pattern.compile("\\A// (src/(?:main|test)/java/\\S+\\.java)\\n");

  private static Path project;
  private static String dependencies;
  private static int exit;
  private static String log;

  /** The README's section, from its title to the next. */
  static String guide() throws IOException {
    String readme = Files.readString(Repository.root().resolve("README.md"));
    int start = readme.indexOf("## Embed it in five minutes");
    assertThat(start).as("README's section \"Embed it in five minutes\"").isNotNegative();
    return readme.substring(start, readme.indexOf("\n## ", start + 1));
  }

  @BeforeAll
  static void buildTheGuideAsAHostProject() throws Exception {
    project = Path.of("target", "host-project").toAbsolutePath();
    deleteTree(project);
    Files.createDirectories(project);

    List<String> javaFiles = new ArrayList<>();
    Matcher block = FENCE.matcher(guide());
    while (block.find()) {
      String text = block.group(2);
      if (block.group(1).equals("xml")) {
        assertThat(dependencies).as("one dependency block in the guide").isNull();
        dependencies = text;
        continue;
      }
      Matcher path = PATH.matcher(text);
      assertThat(path.find()).as("a Java block of the guide starts with its file's path:%n%s", text).isTrue();
      javaFiles.add(path.group(1));
      write(project.resolve(path.group(1)), text);
    }
    assertThat(dependencies).as("the guide's dependency block").isNotNull();
    assertThat(javaFiles).contains("src/main/java/com/example/portal/Main.java",
        "src/test/java/com/example/portal/MyAccountsTests.java");

    write(project.resolve("pom.xml"), pom(dependencies));
    write(project.resolve("settings.xml"), settings());
    Path harness = Repository.root().resolve("examples/system-tests/src/test/host-project");
    try (Stream<Path> files = Files.walk(harness)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        write(project.resolve(harness.relativize(file).toString()), Files.readString(file));
      }
    }

    exit = mvn("-B", "-ntp", "-o", "-s", "settings.xml", "-Dmaven.repo.local=" + System.getProperty("host.repository"),
        "test");
    log = Files.readString(project.resolve("build.log"));
  }

  @Test
  void theGuidesCodeCompilesAndRunsAsWritten() throws Exception {
    assertThat(exit).as("mvn test on the README's project; its log ends:%n%s", tail(log)).isZero();
    assertThat(report("com.example.portal.GuideRunsTests"))
        .containsEntry("tests", 2).containsEntry("failures", 0).containsEntry("errors", 0)
        .containsEntry("skipped", 0);
  }

  @Test
  void aHostThatExtendsAContractWithOnlyTheTestKitRunsEveryTestOfTheContract() throws Exception {
    long contractTests = Arrays.stream(AccountsContract.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Test.class)).count();
    assertThat(contractTests).isPositive();
    assertThat(exit).as("mvn test on the README's project; its log ends:%n%s", tail(log)).isZero();

    assertThat(report("com.example.portal.MyAccountsTests"))
        .containsEntry("tests", (int) contractTests).containsEntry("failures", 0).containsEntry("errors", 0)
        .containsEntry("skipped", 0);
    assertThat(log).contains("Tests run: " + contractTests + ", Failures: 0, Errors: 0, Skipped: 0");
  }

  @Test
  void theTestKitIsTheHostsOnlyTestDependency() {
    List<String> testScoped = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL)
        .matcher(dependencies).results().map(m -> m.group(1)).filter(d -> d.contains("<scope>test</scope>"))
        .toList();

    assertThat(testScoped).singleElement().asString().contains("<artifactId>member-portal-test-kit</artifactId>");
    assertThat(dependencies).doesNotContain("junit", "assertj", "jqwik", "test-jar");
  }

  /** {@return a surefire report's counts for a test class of the host project} */
  private static Map<String, Integer> report(String testClass) throws Exception {
    Path file = project.resolve("target/surefire-reports/TEST-" + testClass + ".xml");
    assertThat(file).as("surefire's report of %s; the build's log ends:%n%s", testClass, tail(log)).exists();
    Element suite = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
        .getDocumentElement();
    return Map.of("tests", Integer.valueOf(suite.getAttribute("tests")),
        "failures", Integer.valueOf(suite.getAttribute("failures")),
        "errors", Integer.valueOf(suite.getAttribute("errors")),
        "skipped", Integer.valueOf(suite.getAttribute("skipped")));
  }

  /** The host's POM: the guide's dependencies, Java 17 and the house's versions of the three plugins `test` runs. */
  private static String pom(String dependencies) throws Exception {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>com.example</groupId>
          <artifactId>portal</artifactId>
          <version>1</version>
          <properties>
            <maven.compiler.release>17</maven.compiler.release>
            <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
          </properties>
        %s
          <build>
            <plugins>
              <plugin>
                <artifactId>maven-resources-plugin</artifactId>
                <version>%s</version>
              </plugin>
              <plugin>
                <artifactId>maven-compiler-plugin</artifactId>
                <version>%s</version>
              </plugin>
              <plugin>
                <artifactId>maven-surefire-plugin</artifactId>
                <version>%s</version>
              </plugin>
            </plugins>
          </build>
        </project>
        """.formatted(dependencies.indent(2).stripTrailing(), pluginVersion("maven-resources-plugin"),
        pluginVersion("maven-compiler-plugin"), pluginVersion("maven-surefire-plugin"));
  }

  /** {@return the version of a plugin in the root POM's pluginManagement: what the build has in its repository} */
  private static String pluginVersion(String artifactId) throws Exception {
    String version = XPathFactory.newInstance().newXPath().evaluate(
        "/project/build/pluginManagement/plugins/plugin[artifactId='" + artifactId + "']/version",
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
            .parse(Repository.root().resolve("pom.xml").toFile()));
    assertThat(version).as("the root POM's version of %s", artifactId).isNotBlank();
    return version;
  }

  /**
   * The host build's settings: this build's local repository as a remote one for released artifacts (plugins and
   * third-party libraries, never a snapshot: those are the ones installed in the host repository).
   */
  private static String settings() {
    String outer = Path.of(System.getProperty("outer.repository")).toUri().toString();
    String repository = """
          <id>outer</id>
          <url>%s</url>
          <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>
        """.formatted(outer).indent(10);
    return """
        <settings>
          <profiles>
            <profile>
              <id>outer</id>
              <repositories>
                <repository>
        %s        </repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository>
        %s        </pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles>
            <activeProfile>outer</activeProfile>
          </activeProfiles>
        </settings>
        """.formatted(repository, repository);
  }

  /** Runs this build's Maven on the host project with this JVM's JDK; {@return its exit code} */
  private static int mvn(String... arguments) throws Exception {
    boolean windows = System.getProperty("os.name").startsWith("Windows");
    Path maven = Path.of(System.getProperty("maven.home"), "bin", windows ? "mvn.cmd" : "mvn");
    List<String> command = new ArrayList<>(List.of(maven.toString()));
    command.addAll(List.of(arguments));
    command.add("-Daether.offline.protocols=file"); // offline, a file: repository is still read
    ProcessBuilder builder = new ProcessBuilder(command).directory(project.toFile())
        .redirectErrorStream(true).redirectOutput(project.resolve("build.log").toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process process = builder.start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("mvn test on the host project took more than 10 minutes");
    }
    return process.exitValue();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static String tail(String text) {
    List<String> lines = text.lines().toList();
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path p : paths.sorted((a, b) -> b.compareTo(a)).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
