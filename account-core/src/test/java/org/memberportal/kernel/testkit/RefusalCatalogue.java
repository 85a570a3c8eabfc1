/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.memberportal.kernel.Languages;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.objectweb.asm.Type;

/**
 * The refusal catalogue's check (X11): finds every {@link PortalException#reason()} that a module's compiled code
 * can raise, and whether the catalogue (the {@code ValidationMessages} bundles) has a sentence of its own for each
 * in every language of {@link Languages#OFFICIAL} (no fall-back to English).
 *
 * <p>It reads the bytecode rather than the sources, so constants from other classes and modules are already
 * inlined. A reason reaches an exception's constructor as a string literal, through parameters of helper methods
 * and constructors, fields, local variables and {@code prefix + ".suffix"} concatenations: the check follows each
 * back to the literals the module passes, across the kernel and the module's dependencies (so {@code
 * Workflow.builder("application", ...)} yields {@code application.illegal-transition} and {@code
 * application.not-allowed}). A reason it cannot follow back to literals (computed by a call, say) is reported as
 * unresolved: give the rule a constant reason. {@link ValidationFailed} is left out: its reason is its first
 * violation's code, and every violation carries its own message.
 */
public final class RefusalCatalogue {

  private static final String EXCEPTION = Type.getInternalName(PortalException.class);
  private static final String EXCLUDED = Type.getInternalName(ValidationFailed.class);

  private final StringFlow flow;

  private RefusalCatalogue(Path module, Set<Path> others) {
    flow = new StringFlow(Set.of(module), others, Set.of(EXCLUDED)).follow(call -> call.owner.equals(EXCEPTION)
        && call.name.equals("<init>") && Type.getArgumentTypes(call.desc).length > 0
        && Type.getArgumentTypes(call.desc)[0].equals(Type.getType(String.class)), 0, insn -> false);
  }

  /**
   * Scans the code location (class folder or jar) of a module's class, following reasons through the kernel and
   * the modules it depends on.
   *
   * @param module a class of the module whose reasons are wanted
   * @param dependencies a class of each module it calls into (the kernel is always read)
   * @return the scan
   */
  public static RefusalCatalogue of(Class<?> module, Class<?>... dependencies) {
    Set<Path> others = new LinkedHashSet<>();
    others.add(StringFlow.location(PortalException.class));
    for (Class<?> d : dependencies) {
      others.add(StringFlow.location(d));
    }
    return new RefusalCatalogue(StringFlow.location(module), others);
  }

  /**
   * Every reason the module's code can raise, with the methods that pass it.
   *
   * @return reason -> {@code Class.method} places, sorted by reason
   */
  public SortedMap<String, Set<String>> reasons() {
    return flow.literals();
  }

  /**
   * Where the sources spell one of the reasons found as a string literal outside the module's catalogue of
   * refusals: the rule is that a reason is written once, as a constant of that catalogue (with the Javadoc that
   * states the rule), and throw sites name the constant. A reason built by concatenation (a workflow's
   * {@code <name>.illegal-transition}, a credential kind's {@code <kind>.code-rejected}) is not a literal.
   *
   * @param sources the module's main source folder, e.g. {@code src/main/java}
   * @param catalogues file names of the classes allowed to spell reasons, e.g. {@code AccountRefusals.java}
   * @return {@code path:line: text} of every literal reason outside them
   */
  public List<String> literalsOutside(Path sources, String... catalogues) {
    Set<String> allowed = Set.of(catalogues);
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (allowed.contains(file.getFileName().toString())) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          for (String reason : reasons().keySet()) {
            if (lines.get(i).contains('"' + reason + '"')) {
              found.add(sources.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /**
   * Places where a reason reaches an exception in a way the check cannot follow back to a literal.
   *
   * @return {@code Class.method: what} lines
   */
  public Set<String> unresolved() {
    return flow.unresolved();
  }

  /**
   * The reasons without an own sentence in a language of {@link Languages#OFFICIAL}.
   *
   * @return {@code reason (language)} lines, sorted
   */
  public Set<String> missingSentences() {
    Set<String> missing = new TreeSet<>();
    for (String reason : reasons().keySet()) {
      for (Locale language : Languages.OFFICIAL.all()) {
        if (!Validation.hasOwnMessage(reason, language)) {
          missing.add(reason + " (" + language.getLanguage() + ") raised in " + reasons().get(reason));
        }
      }
    }
    return missing;
  }
}
