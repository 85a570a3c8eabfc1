/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.kernel.testkit;

import static org.assertj.core.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The binary signature of a module's STABLE API, written one member a line, so that a test can compare it with a
 * committed dump and fail on any change nobody meant.
 *
 * <p>The API is every type annotated {@code @API(status = STABLE)} and every public or protected type nested in
 * one; of each, the kind, modifiers and supertypes, and every public or protected field, constructor and method a
 * client can bind to (inherited ones included, {@code Object}'s excepted), with erased types: what the JVM links
 * against, so exactly what a binary-incompatible change alters.
 *
 * <p>Rules of the promise: a line that disappears or changes is a break, allowed only with a deliberate update of
 * the dump ({@code -Dapi.write=true}) and a line under "Removed" or "Changed" in CHANGELOG.md; a new line is an
 * addition, written into the dump the same way.
 */
public final class StableApi {

  /** Setting this system property to {@code true} rewrites the dump instead of comparing. */
  public static final String WRITE = "api.write";

  private static final int SHOWN = Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC | Modifier.FINAL
      | Modifier.ABSTRACT;

  private StableApi() {}

  /**
   * The signature lines of the STABLE API found in the given packages' production classes.
   *
   * @param packages root packages of a module
   * @return the lines, sorted by type then member
   */
  public static List<String> of(String... packages) {
    Set<Class<?>> types = new LinkedHashSet<>();
    for (JavaClass c : ArchitectureRules.production(packages)) {
      Class<?> type = c.reflect();
      API api = type.getAnnotation(API.class);
      if (api != null && api.status() == API.Status.STABLE && isVisible(type)) {
        collect(type, types);
      }
    }
    List<String> lines = new ArrayList<>();
    types.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).forEach(t -> lines.addAll(describe(t)));
    return lines;
  }

  /**
   * Compares the API of the packages with the committed dump, or rewrites the dump when {@value #WRITE} is set.
   *
   * @param dump the committed file, relative to the module's directory
   * @param packages root packages of the module
   */
  public static void check(Path dump, String... packages) {
    List<String> now = of(packages);
    try {
      if (Boolean.getBoolean(WRITE)) {
        Files.createDirectories(dump.toAbsolutePath().getParent());
        Files.write(dump, now, StandardCharsets.UTF_8);
        return;
      }
      List<String> promised = Files.exists(dump) ? Files.readAllLines(dump, StandardCharsets.UTF_8) : List.of();
      if (!promised.equals(now)) {
        Set<String> broken = new TreeSet<>(promised);
        now.forEach(broken::remove);
        Set<String> added = new TreeSet<>(now);
        promised.forEach(added::remove);
        fail("The STABLE API differs from " + dump + ".%n"
            + "Removed or changed (a break: only on purpose, with a line in CHANGELOG.md):%n  %s%n"
            + "Added:%n  %s%n"
            + "If the change is meant, rewrite the dump with -D" + WRITE + "=true and commit it.",
            String.join("%n  ".formatted(), broken), String.join("%n  ".formatted(), added));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(Class<?> type, Set<Class<?>> into) {
    if (into.add(type)) {
      for (Class<?> nested : type.getDeclaredClasses()) {
        if (isVisible(nested)) {
          collect(nested, into);
        }
      }
    }
  }

  private static boolean isVisible(Class<?> type) {
    int m = type.getModifiers();
    return (Modifier.isPublic(m) || Modifier.isProtected(m)) && !type.isSynthetic();
  }

  private static List<String> describe(Class<?> type) {
    List<String> lines = new ArrayList<>();
    lines.add("type " + type.getName() + ": " + header(type));
    Set<String> members = new TreeSet<>();
    for (Field f : type.getFields()) {
      if (f.getDeclaringClass() != Object.class && !f.isSynthetic()) {
        members.add("field " + modifiers(f.getModifiers()) + f.getType().getTypeName() + " " + f.getName());
      }
    }
    for (Field f : type.getDeclaredFields()) {
      if (Modifier.isProtected(f.getModifiers()) && !f.isSynthetic()) {
        members.add("field " + modifiers(f.getModifiers()) + f.getType().getTypeName() + " " + f.getName());
      }
    }
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (isBindable(c)) {
        members.add("constructor " + modifiers(c.getModifiers()) + "(" + parameters(c) + ")");
      }
    }
    List<Method> methods = new ArrayList<>(Arrays.asList(type.getMethods()));
    Arrays.stream(type.getDeclaredMethods()).filter(m -> Modifier.isProtected(m.getModifiers())).forEach(methods::add);
    for (Method m : methods) {
      if (m.getDeclaringClass() != Object.class && !m.isBridge() && !m.isSynthetic()) {
        members.add("method " + modifiers(m.getModifiers()) + m.getReturnType().getTypeName() + " " + m.getName()
            + "(" + parameters(m) + ")");
      }
    }
    members.forEach(member -> lines.add("  " + member));
    return lines;
  }

  private static boolean isBindable(Constructor<?> c) {
    int m = c.getModifiers();
    return (Modifier.isPublic(m) || Modifier.isProtected(m)) && !c.isSynthetic();
  }

  private static String header(Class<?> type) {
    String kind = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
        : type.isRecord() ? "record" : "class";
    int mods = type.getModifiers() & SHOWN;
    if (type.isInterface() || type.isEnum() || type.isRecord()) {
      mods &= ~(Modifier.ABSTRACT | Modifier.FINAL | Modifier.STATIC);
    }
    StringBuilder out = new StringBuilder(modifiers(mods)).append(kind);
    if (type.isSealed()) {
      out.append(" sealed");
    }
    Class<?> parent = type.getSuperclass();
    if (parent != null && parent != Object.class && parent != Enum.class && parent != Record.class) {
      out.append(" extends ").append(parent.getName());
    }
    List<String> interfaces = Arrays.stream(type.getInterfaces()).map(Class::getName).sorted().toList();
    if (!interfaces.isEmpty()) {
      out.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
    }
    return out.toString();
  }

  private static String modifiers(int mods) {
    String text = Modifier.toString(mods & SHOWN);
    return text.isEmpty() ? "" : text + " ";
  }

  private static String parameters(Executable e) {
    return Arrays.stream(e.getParameterTypes()).map(Class::getTypeName).collect(Collectors.joining(", "));
  }
}
