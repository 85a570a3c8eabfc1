/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.immutables.value.Value;
import org.junit.jupiter.api.Test;
import org.memberportal.kernel.Actor;
import org.memberportal.kernel.Secret;
import org.memberportal.kernel.Text;
import org.memberportal.kernel.ValidEmail;

/**
 * Keeps the kernel's text rule on every text the library accepts: starting from the parameters of every public
 * method of every service ({@link CoverageTests#publicMethods()}), it walks each command and value the API
 * takes (their properties, the elements of their optionals, collections and maps, nested values and the
 * implementations of the interfaces they name) and fails when a {@code String} there lacks
 * {@link Text @Text}, or a nested value holding text is not validated with its parent ({@link Valid @Valid}).
 * A new field cannot forget it.
 */
class TextRuleCoverageTests {

  /** Types the walk does not enter, with the reason. */
  private static final Map<Class<?>, String> NOT_TEXT = Map.of(
      Actor.class, "built by the host from its session, not typed by a user",
      Secret.class, "a password or a code: compared or hashed, never stored or shown (the password policy rules it)");

  private static final JavaClasses LIBRARY = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.memberportal");

  private final Map<Class<?>, Boolean> holdsText = new HashMap<>();
  private final Set<Class<?>> walked = new java.util.HashSet<>();
  private final Set<String> problems = new TreeSet<>();
  private final Set<String> textProperties = new TreeSet<>();

  @Test
  void everyTextTheApiAcceptsCarriesTheTextRuleAndIsValidated() {
    CoverageTests.publicMethods().forEach((name, method) -> {
      Type[] types = method.getGenericParameterTypes();
      AnnotatedType[] annotated = method.getAnnotatedParameterTypes();
      for (int i = 0; i < types.length; i++) {
        Class<?> raw = raw(types[i]);
        if (isText(raw)) {
          problems.add(name + "(parameter " + i + "): a text parameter is not validated; take a command instead");
        } else {
          element(List.of(annotated[i]), List.of(), name + "(" + raw.getSimpleName() + ")", true);
        }
      }
    });

    assertThat(textProperties).as("text properties found").hasSizeGreaterThan(100);
    assertThat(problems).as("text the API accepts without the kernel's text rule").isEmpty();
  }

  /**
   * One position holding a value: a parameter, a property's return type, or an element of a container. Its own
   * constraints are checked whenever its owner is; a nested value is entered only through {@code @Valid} (on the
   * position, or on the container holding it).
   *
   * @param views the same position in the method and in every method it overrides
   * @param declarations the methods themselves (an annotation before the modifiers belongs to the returned value)
   * @param path where, for the message
   * @param cascaded whether the validator enters a value at this position
   */
  private void element(List<AnnotatedType> views, List<Method> declarations, String path, boolean cascaded) {
    Class<?> raw = raw(views.get(0).getType());
    boolean valid = cascaded || has(views, declarations, Valid.class);
    if (isText(raw)) {
      textProperties.add(path);
      // an address's @ValidEmail holds it to the text rule first (ValidEmail's contract, tested in the kernel)
      if (!has(views, declarations, Text.class) && !has(views, declarations, ValidEmail.class)) {
        problems.add(path + ": text without @Text (or, for an address, @ValidEmail)");
      }
    } else if (Optional.class.equals(raw) || Collection.class.isAssignableFrom(raw)
        || Map.class.isAssignableFrom(raw)) {
      int arguments = ((AnnotatedParameterizedType) views.get(0)).getAnnotatedActualTypeArguments().length;
      for (int a = 0; a < arguments; a++) {
        int at = a;
        List<AnnotatedType> inner = views.stream().filter(AnnotatedParameterizedType.class::isInstance)
            .map(v -> ((AnnotatedParameterizedType) v).getAnnotatedActualTypeArguments()[at]).toList();
        element(inner, List.of(), path + (arguments == 2 && a == 0 ? "<key>" : "<>"), valid);
      }
    } else if (views.get(0) instanceof AnnotatedArrayType array) {
      element(List.of(array.getAnnotatedGenericComponentType()), List.of(), path + "[]", valid);
    } else if (isDomain(raw)) {
      if (valid) {
        value(raw);
      } else if (holdsText(raw)) {
        problems.add(path + ": holds text but is not validated with its owner (@Valid)");
      }
    } else if (!isLeaf(raw)) {
      problems.add(path + ": " + raw.getName() + " is a type the walk does not know; say whether it holds text");
    }
  }

  private static boolean has(List<AnnotatedType> views, List<Method> declarations,
      Class<? extends Annotation> annotation) {
    return views.stream().anyMatch(v -> v.isAnnotationPresent(annotation))
        || declarations.stream().anyMatch(m -> m.isAnnotationPresent(annotation));
  }

  /** A command or value of the library: its properties, and its implementations' when it is abstract. */
  private void value(Class<?> type) {
    if (!walked.add(type)) {
      return;
    }
    for (Method m : properties(type)) {
      List<Method> chain = overridden(type, m);
      element(chain.stream().map(Method::getAnnotatedReturnType).toList(), chain,
          type.getSimpleName() + "." + m.getName(), false);
    }
    for (Class<?> implementation : implementations(type)) {
      value(implementation);
    }
  }

  /** The properties a caller sets: record components, abstract accessors and Immutables defaults. */
  private static List<Method> properties(Class<?> type) {
    List<Method> out = new ArrayList<>();
    for (Method m : type.getMethods()) {
      boolean accessor = m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())
          && m.getReturnType() != void.class && isDomain(m.getDeclaringClass());
      boolean input = type.isRecord() && isComponent(type, m.getName()) || Modifier.isAbstract(m.getModifiers())
          || m.isAnnotationPresent(Value.Default.class);
      if (accessor && input) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean isComponent(Class<?> record, String name) {
    return java.util.Arrays.stream(record.getRecordComponents()).anyMatch(c -> c.getName().equals(name));
  }

  /** The method and every method of the type's supertypes it overrides (their annotations hold for it too). */
  private static List<Method> overridden(Class<?> type, Method m) {
    List<Method> out = new ArrayList<>();
    List<Class<?>> todo = new ArrayList<>(List.of(type));
    Set<Class<?>> seen = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      Class<?> c = todo.remove(0);
      if (c == null || !seen.add(c)) {
        continue;
      }
      try {
        out.add(c.getDeclaredMethod(m.getName()));
      } catch (NoSuchMethodException e) {
        // not declared here
      }
      todo.add(c.getSuperclass());
      todo.addAll(List.of(c.getInterfaces()));
    }
    return out;
  }

  /** The library's concrete or abstract subtypes of an interface or abstract class (generated classes left out). */
  private static List<Class<?>> implementations(Class<?> type) {
    if (!type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
      return List.of();
    }
    List<Class<?>> out = new ArrayList<>();
    for (JavaClass c : LIBRARY.get(type).getAllSubclasses()) {
      if (!c.getSimpleName().startsWith("Immutable") && c.getModifiers().contains(
          com.tngtech.archunit.core.domain.JavaModifier.PUBLIC)) {
        out.add(c.reflect());
      }
    }
    return out;
  }

  private boolean holdsText(Class<?> type) {
    Boolean known = holdsText.get(type);
    if (known != null) {
      return known;
    }
    holdsText.put(type, false);
    boolean found = false;
    List<Class<?>> types = new ArrayList<>(implementations(type));
    types.add(type);
    for (Class<?> t : types) {
      for (Method m : properties(t)) {
        found |= holdsText(m.getGenericReturnType());
      }
    }
    holdsText.put(type, found);
    return found;
  }

  private boolean holdsText(Type type) {
    Class<?> raw = raw(type);
    if (isText(raw)) {
      return true;
    }
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        if (holdsText(argument)) {
          return true;
        }
      }
    }
    return isDomain(raw) && holdsText(raw);
  }

  private static boolean isText(Class<?> raw) {
    return CharSequence.class.isAssignableFrom(raw) || raw == char[].class;
  }

  private static boolean isDomain(Class<?> raw) {
    return raw.getPackageName().startsWith("org.memberportal.") && !raw.isEnum() && !NOT_TEXT.containsKey(raw);
  }

  private static boolean isLeaf(Class<?> raw) {
    return raw.isPrimitive() || raw.isEnum() || Number.class.isAssignableFrom(raw) || raw == Boolean.class
        || raw == UUID.class || raw == Locale.class || Temporal.class.isAssignableFrom(raw)
        || raw == java.time.Duration.class || raw == java.time.ZoneId.class || NOT_TEXT.containsKey(raw);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof java.lang.reflect.WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    if (type instanceof java.lang.reflect.GenericArrayType g) {
      return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
    }
    return Object.class;
  }
}
