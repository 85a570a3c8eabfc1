/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.memberportal.kernel.PortalException;
import org.memberportal.kernel.Validation;
import org.memberportal.kernel.ValidationFailed;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * The refusal catalogue's check (X11): finds every {@link PortalException#reason()} that a module's compiled code
 * can raise, and whether the catalogue (the {@code ValidationMessages} bundles) has an English and a French
 * sentence for each.
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
  private static final Set<Locale> LANGUAGES = Set.of(Locale.ENGLISH, Locale.FRENCH);

  /** Where a reason string flows into: an argument of a method, or a field, with what is appended to it. */
  private record Sink(String owner, String name, String desc, int argument, String suffix) {
    boolean isField() {
      return argument < 0;
    }
  }

  /** A method of a scanned class, analysed once. */
  private record Code(ClassNode owner, MethodNode method, Frame<SourceValue>[] frames, boolean inModule) {}

  private final List<Code> codes = new ArrayList<>();
  private final SortedMap<String, Set<String>> reasons = new TreeMap<>();
  private final Set<String> unresolved = new TreeSet<>();

  private RefusalCatalogue(Path module, Set<Path> others) {
    read(module, true);
    for (Path other : others) {
      if (!other.equals(module)) {
        read(other, false);
      }
    }
    follow();
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
    others.add(location(PortalException.class));
    for (Class<?> d : dependencies) {
      others.add(location(d));
    }
    return new RefusalCatalogue(location(module), others);
  }

  /**
   * Every reason the module's code can raise, with the methods that pass it.
   *
   * @return reason -> {@code Class.method} places, sorted by reason
   */
  public SortedMap<String, Set<String>> reasons() {
    return reasons;
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
          for (String reason : reasons.keySet()) {
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
    return unresolved;
  }

  /**
   * The reasons without an own sentence in a language of the catalogue (English, French).
   *
   * @return {@code reason (language)} lines, sorted
   */
  public Set<String> missingSentences() {
    Set<String> missing = new TreeSet<>();
    for (String reason : reasons.keySet()) {
      for (Locale language : LANGUAGES) {
        if (!Validation.hasOwnMessage(reason, language)) {
          missing.add(reason + " (" + language.getLanguage() + ") raised in " + reasons.get(reason));
        }
      }
    }
    return missing;
  }

  private static Path location(Class<?> anchor) {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void read(Path location, boolean inModule) {
    try {
      if (Files.isDirectory(location)) {
        readTree(location, inModule);
      } else {
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
          readTree(jar.getPath("/"), inModule);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readTree(Path root, boolean inModule) throws IOException {
    List<Path> classes;
    try (Stream<Path> files = Files.walk(root)) {
      classes = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : classes) {
      ClassNode node = new ClassNode();
      try (InputStream in = Files.newInputStream(file)) {
        new ClassReader(in).accept(node, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      }
      if (node.name.equals(EXCLUDED)) {
        continue;
      }
      for (MethodNode m : node.methods) {
        if (m.instructions.size() == 0) {
          continue;
        }
        try {
          codes.add(new Code(node, m, new Analyzer<>(new SourceInterpreter()).analyze(node.name, m), inModule));
        } catch (AnalyzerException e) {
          throw new IllegalStateException(node.name + "." + m.name, e);
        }
      }
    }
  }

  /** From the exceptions' constructors back to the literals, until no new place where a reason flows appears. */
  private void follow() {
    Set<Sink> sinks = new HashSet<>();
    List<Sink> work = new ArrayList<>();
    for (Code c : codes) {
      if (c.owner().name.equals(EXCEPTION) && c.method().name.equals("<init>")
          && Type.getArgumentTypes(c.method().desc)[0].equals(Type.getType(String.class))) {
        work.add(new Sink(EXCEPTION, "<init>", c.method().desc, 0, ""));
      }
    }
    while (!work.isEmpty()) {
      Sink sink = work.remove(work.size() - 1);
      if (!sinks.add(sink)) {
        continue;
      }
      for (Code c : codes) {
        AbstractInsnNode[] insns = c.method().instructions.toArray();
        for (int i = 0; i < insns.length; i++) {
          if (flowsInto(insns[i], sink)) {
            Frame<SourceValue> frame = c.frames()[i];
            if (frame == null) {
              continue; // unreachable code
            }
            SourceValue value = sink.isField() ? frame.getStack(frame.getStackSize() - 1)
                : argument(frame, (MethodInsnNode) insns[i], sink.argument());
            resolve(c, value, sink.suffix(), work, new HashSet<>());
          }
        }
      }
    }
  }

  private static boolean flowsInto(AbstractInsnNode insn, Sink sink) {
    if (sink.isField()) {
      return insn instanceof FieldInsnNode f && (f.getOpcode() == Opcodes.PUTFIELD || f.getOpcode() == Opcodes.PUTSTATIC)
          && f.owner.equals(sink.owner()) && f.name.equals(sink.name());
    }
    return insn instanceof MethodInsnNode m && m.owner.equals(sink.owner()) && m.name.equals(sink.name())
        && m.desc.equals(sink.desc());
  }

  private static SourceValue argument(Frame<SourceValue> frame, MethodInsnNode call, int argument) {
    int count = Type.getArgumentTypes(call.desc).length;
    return frame.getStack(frame.getStackSize() - count + argument);
  }

  private void resolve(Code c, SourceValue value, String suffix, List<Sink> work, Set<AbstractInsnNode> seen) {
    if (value.insns.isEmpty()) {
      unresolved.add(place(c) + ": a value with no source");
      return;
    }
    for (AbstractInsnNode insn : value.insns) {
      if (!seen.add(insn)) {
        continue;
      }
      int at = c.method().instructions.indexOf(insn);
      Frame<SourceValue> frame = c.frames()[at];
      if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String s) {
        if (c.inModule()) {
          reasons.computeIfAbsent(s + suffix, k -> new TreeSet<>()).add(place(c));
        }
      } else if (insn instanceof VarInsnNode load && insn.getOpcode() == Opcodes.ALOAD) {
        SourceValue local = frame.getLocal(load.var);
        int parameter = parameter(c.method(), load.var);
        if (local.insns.isEmpty() && parameter >= 0) {
          work.add(new Sink(c.owner().name, c.method().name, c.method().desc, parameter, suffix));
        } else {
          resolve(c, local, suffix, work, seen);
        }
      } else if (insn instanceof VarInsnNode store && insn.getOpcode() == Opcodes.ASTORE) {
        resolve(c, frame.getStack(frame.getStackSize() - 1), suffix, work, seen);
      } else if (insn instanceof TypeInsnNode cast && cast.getOpcode() == Opcodes.CHECKCAST) {
        resolve(c, frame.getStack(frame.getStackSize() - 1), suffix, work, seen);
      } else if (insn instanceof FieldInsnNode f
          && (f.getOpcode() == Opcodes.GETFIELD || f.getOpcode() == Opcodes.GETSTATIC)) {
        work.add(new Sink(f.owner, f.name, f.desc, -1, suffix));
      } else if (insn instanceof MethodInsnNode call && call.owner.equals("java/util/Objects")
          && call.name.equals("requireNonNull")) {
        resolve(c, argument(frame, call, 0), suffix, work, seen);
      } else if (insn instanceof InvokeDynamicInsnNode indy && indy.name.equals("makeConcatWithConstants")
          && Type.getArgumentTypes(indy.desc).length == 1 && indy.bsmArgs[0] instanceof String recipe
          && recipe.startsWith("\u0001") && recipe.indexOf('\u0001', 1) < 0 && recipe.indexOf('\u0002') < 0) {
        resolve(c, frame.getStack(frame.getStackSize() - 1), recipe.substring(1) + suffix, work, seen);
      } else {
        unresolved.add(place(c) + ": " + describe(insn));
      }
    }
  }

  /** The index of the parameter held in a local variable slot, or -1 for a local of the method's own. */
  private static int parameter(MethodNode m, int slot) {
    int at = (m.access & Opcodes.ACC_STATIC) != 0 ? 0 : 1;
    Type[] types = Type.getArgumentTypes(m.desc);
    for (int i = 0; i < types.length; i++) {
      if (at == slot) {
        return i;
      }
      at += types[i].getSize();
    }
    return -1;
  }

  private static String describe(AbstractInsnNode insn) {
    if (insn instanceof MethodInsnNode m) {
      return "the result of " + m.owner.substring(m.owner.lastIndexOf('/') + 1) + "." + m.name;
    }
    if (insn instanceof InvokeDynamicInsnNode indy) {
      return "a dynamic value (" + indy.bsm.getName() + ")";
    }
    return "an instruction with opcode " + insn.getOpcode();
  }

  private static String place(Code c) {
    String owner = c.owner().name;
    return owner.substring(owner.lastIndexOf('/') + 1) + "." + c.method().name;
  }
}
