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
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
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
 * Follows the strings that reach one argument of some calls (an exception's reason, a notification's kind) back
 * through compiled code to the literals a module passes: through parameters of helper methods, constructors and
 * lambdas (what they capture), fields, results of the scanned methods, local variables, casts, {@code Objects.requireNonNull} and
 * {@code prefix + ".suffix"} concatenations. Reading bytecode rather than sources, constants from other classes
 * and modules are already inlined. A value it cannot follow back to literals (the result of a call, say) is
 * reported as unresolved; {@code null} is no value.
 */
final class StringFlow {

  /** Where a string flows into: an argument of a method, a field or a method's result, with what is appended. */
  private record Sink(String owner, String name, String desc, int argument, String suffix) {
    static final int FIELD = -1;
    static final int RESULT = -2;

    boolean isField() {
      return argument == FIELD;
    }

    boolean isResult() {
      return argument == RESULT;
    }
  }

  /** A method of a scanned class, analysed once. */
  private record Code(ClassNode owner, MethodNode method, Frame<SourceValue>[] frames, boolean inModule) {}

  private static final String LAMBDAS = "java/lang/invoke/LambdaMetafactory";

  private final List<Code> codes = new ArrayList<>();
  private final Set<String> declared = new HashSet<>();
  private final SortedMap<String, Set<String>> literals = new TreeMap<>();
  private final Set<String> unresolved = new TreeSet<>();

  /**
   * Reads the classes of the code locations.
   *
   * @param module the locations whose literals count
   * @param others the locations read to follow values through (their literals do not count)
   * @param skipped internal names of classes not read
   */
  StringFlow(Set<Path> module, Set<Path> others, Set<String> skipped) {
    for (Path m : module) {
      read(m, true, skipped);
    }
    for (Path other : others) {
      if (!module.contains(other)) {
        read(other, false, skipped);
      }
    }
  }

  /**
   * The code location (class folder or jar) of a class.
   *
   * @param anchor the class
   * @return its location
   */
  static Path location(Class<?> anchor) {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Follows the values passed as an argument of every call the predicate picks, until no new place where they
   * flow appears.
   *
   * @param calls the calls whose argument is wanted
   * @param argument the argument's index
   * @param ignored values that are not new ones (e.g. a copy of an existing notification's kind)
   * @return this, with {@link #literals()} and {@link #unresolved()} filled
   */
  StringFlow follow(Predicate<MethodInsnNode> calls, int argument, Predicate<AbstractInsnNode> ignored) {
    Set<Sink> sinks = new HashSet<>();
    List<Sink> work = new ArrayList<>();
    for (Code c : codes) {
      for (AbstractInsnNode insn : c.method().instructions) {
        if (insn instanceof MethodInsnNode m && calls.test(m)) {
          work.add(new Sink(m.owner, m.name, m.desc, argument, ""));
        }
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
          Frame<SourceValue> frame = c.frames()[i];
          if (frame == null || !flowsInto(c, insns[i], sink)) {
            continue; // unreachable code, or another instruction
          }
          if (sink.isField() || sink.isResult()) {
            resolve(c, frame.getStack(frame.getStackSize() - 1), sink.suffix(), work, ignored, new HashSet<>());
          } else if (insns[i] instanceof MethodInsnNode call) {
            resolve(c, argument(frame, call.desc, sink.argument()), sink.suffix(), work, ignored, new HashSet<>());
          } else {
            captured(c, frame, (InvokeDynamicInsnNode) insns[i], sink, work, ignored);
          }
        }
      }
    }
    return this;
  }

  /**
   * Every literal found (with what was appended to it), with the methods that pass it.
   *
   * @return literal -> {@code Class.method} places, sorted
   */
  SortedMap<String, Set<String>> literals() {
    return literals;
  }

  /**
   * Places where a value reaches a call in a way the flow cannot follow back to a literal.
   *
   * @return {@code Class.method: what} lines
   */
  Set<String> unresolved() {
    return unresolved;
  }

  private void read(Path location, boolean inModule, Set<String> skipped) {
    try {
      if (Files.isDirectory(location)) {
        readTree(location, inModule, skipped);
      } else {
        try (FileSystem jar = FileSystems.newFileSystem(location)) {
          readTree(jar.getPath("/"), inModule, skipped);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void readTree(Path root, boolean inModule, Set<String> skipped) throws IOException {
    List<Path> classes;
    try (Stream<Path> files = Files.walk(root)) {
      classes = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
    }
    for (Path file : classes) {
      ClassNode node = new ClassNode();
      try (InputStream in = Files.newInputStream(file)) {
        new ClassReader(in).accept(node, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
      }
      if (skipped.contains(node.name)) {
        continue;
      }
      for (MethodNode m : node.methods) {
        if (m.instructions.size() == 0) {
          continue;
        }
        try {
          codes.add(new Code(node, m, new Analyzer<>(new SourceInterpreter()).analyze(node.name, m), inModule));
          declared.add(node.name + "." + m.name + m.desc);
        } catch (AnalyzerException e) {
          throw new IllegalStateException(node.name + "." + m.name, e);
        }
      }
    }
  }

  private static boolean flowsInto(Code c, AbstractInsnNode insn, Sink sink) {
    if (sink.isResult()) {
      return insn.getOpcode() == Opcodes.ARETURN && c.owner().name.equals(sink.owner())
          && c.method().name.equals(sink.name()) && c.method().desc.equals(sink.desc());
    }
    if (sink.isField()) {
      return insn instanceof FieldInsnNode f && (f.getOpcode() == Opcodes.PUTFIELD || f.getOpcode() == Opcodes.PUTSTATIC)
          && f.owner.equals(sink.owner()) && f.name.equals(sink.name());
    }
    if (insn instanceof InvokeDynamicInsnNode indy) {
      return indy.bsm.getOwner().equals(LAMBDAS) && indy.bsmArgs.length > 1 && indy.bsmArgs[1] instanceof Handle h
          && h.getOwner().equals(sink.owner()) && h.getName().equals(sink.name()) && h.getDesc().equals(sink.desc());
    }
    return insn instanceof MethodInsnNode m && m.owner.equals(sink.owner()) && m.name.equals(sink.name())
        && m.desc.equals(sink.desc());
  }

  /** A lambda's (or method reference's) parameter is what the creating code captured, if it captured it. */
  private void captured(Code c, Frame<SourceValue> frame, InvokeDynamicInsnNode indy, Sink sink, List<Sink> work,
      Predicate<AbstractInsnNode> ignored) {
    Handle h = (Handle) indy.bsmArgs[1];
    int at = sink.argument() + (h.getTag() == Opcodes.H_INVOKESTATIC || h.getTag() == Opcodes.H_NEWINVOKESPECIAL ? 0 : 1);
    if (at < Type.getArgumentTypes(indy.desc).length) {
      resolve(c, argument(frame, indy.desc, at), sink.suffix(), work, ignored, new HashSet<>());
    } else {
      unresolved.add(place(c) + ": a parameter of " + h.getName() + " given by the functional interface");
    }
  }

  private static SourceValue argument(Frame<SourceValue> frame, String desc, int argument) {
    int count = Type.getArgumentTypes(desc).length;
    return frame.getStack(frame.getStackSize() - count + argument);
  }

  private void resolve(Code c, SourceValue value, String suffix, List<Sink> work, Predicate<AbstractInsnNode> ignored,
      Set<AbstractInsnNode> seen) {
    if (value.insns.isEmpty()) {
      unresolved.add(place(c) + ": a value with no source");
      return;
    }
    for (AbstractInsnNode insn : value.insns) {
      if (!seen.add(insn) || insn.getOpcode() == Opcodes.ACONST_NULL || ignored.test(insn)) {
        continue;
      }
      int at = c.method().instructions.indexOf(insn);
      Frame<SourceValue> frame = c.frames()[at];
      if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String s) {
        if (c.inModule()) {
          literals.computeIfAbsent(s + suffix, k -> new TreeSet<>()).add(place(c));
        }
      } else if (insn instanceof VarInsnNode load && insn.getOpcode() == Opcodes.ALOAD) {
        SourceValue local = frame.getLocal(load.var);
        int parameter = parameter(c.method(), load.var);
        if (local.insns.isEmpty() && parameter >= 0) {
          work.add(new Sink(c.owner().name, c.method().name, c.method().desc, parameter, suffix));
        } else {
          resolve(c, local, suffix, work, ignored, seen);
        }
      } else if (insn instanceof VarInsnNode store && insn.getOpcode() == Opcodes.ASTORE) {
        resolve(c, frame.getStack(frame.getStackSize() - 1), suffix, work, ignored, seen);
      } else if (insn instanceof TypeInsnNode cast && cast.getOpcode() == Opcodes.CHECKCAST) {
        resolve(c, frame.getStack(frame.getStackSize() - 1), suffix, work, ignored, seen);
      } else if (insn instanceof FieldInsnNode f
          && (f.getOpcode() == Opcodes.GETFIELD || f.getOpcode() == Opcodes.GETSTATIC)) {
        work.add(new Sink(f.owner, f.name, f.desc, Sink.FIELD, suffix));
      } else if (insn instanceof MethodInsnNode call && call.owner.equals("java/util/Objects")
          && call.name.equals("requireNonNull")) {
        resolve(c, argument(frame, call.desc, 0), suffix, work, ignored, seen);
      } else if (insn instanceof MethodInsnNode call && declared.contains(call.owner + "." + call.name + call.desc)) {
        work.add(new Sink(call.owner, call.name, call.desc, Sink.RESULT, suffix));
      } else if (insn instanceof InvokeDynamicInsnNode indy && indy.name.equals("makeConcatWithConstants")
          && Type.getArgumentTypes(indy.desc).length == 1 && indy.bsmArgs[0] instanceof String recipe
          && recipe.startsWith("\u0001") && recipe.indexOf('\u0001', 1) < 0 && recipe.indexOf('\u0002') < 0) {
        resolve(c, frame.getStack(frame.getStackSize() - 1), recipe.substring(1) + suffix, work, ignored, seen);
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
