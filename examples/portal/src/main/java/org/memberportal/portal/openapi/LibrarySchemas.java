/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Secret;
import org.memberportal.portal.json.PortalJson;
import tools.jackson.databind.JsonNode;

/**
 * The schemas of the library's values as {@link PortalJson} writes them, for springdoc (whose introspection sees
 * no property in an Immutables value: its accessors are {@code email()}, not {@code getEmail()}): a typed id is a
 * string (a UUID), an {@link EmailAddress} a string (an address), a {@link Locale} a language tag, a
 * {@link Secret} a write-only string; an Immutables value is an object whose properties are its accessors, required
 * unless {@code Optional} (written as {@code null} when empty) or {@code @Nullable}. Records and the rest are
 * springdoc's.
 */
final class LibrarySchemas implements ModelConverter {

  @Override
  public @Nullable Schema<?> resolve(AnnotatedType annotated, ModelConverterContext context,
      Iterator<ModelConverter> chain) {
    JavaType type = Json.mapper().constructType(annotated.getType());
    Class<?> raw = type.getRawClass();
    Schema<?> plain = plain(raw);
    if (plain != null) {
      return plain;
    }
    if (PortalJson.isImmutableValue(raw) && !raw.isInterface()) {
      String name = raw.getSimpleName();
      if (!context.getDefinedModels().containsKey(name)) {
        Schema<Object> model = of("object");
        context.defineModel(name, model, annotated, null);
        accessors(raw).forEach((property, accessor) -> {
          Type returned = accessor.getGenericReturnType();
          boolean optional = Optional.class.equals(accessor.getReturnType());
          Schema<?> schema = context.resolve(new AnnotatedType(optional ? argument(returned) : returned)
              .resolveAsRef(true));
          model.addProperty(property, optional ? nullable(schema) : schema);
          if (!optional && !accessor.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)) {
            model.addRequiredItem(property);
          }
        });
      }
      return new Schema<>().$ref(Components.COMPONENTS_SCHEMAS_REF + name);
    }
    return chain.hasNext() ? chain.next().resolve(annotated, context, chain) : null;
  }

  /**
   * The schema of a library type written as a plain value, or null.
   *
   * @param raw the type
   * @return a string schema, or null
   */
  static @Nullable Schema<?> plain(Class<?> raw) {
    if (PortalJson.isId(raw)) {
      return of("string").format("uuid").description("An id: a UUID.");
    }
    if (raw == EmailAddress.class) {
      return of("string").format("email");
    }
    if (raw == Locale.class) {
      return of("string").description("A language tag (BCP 47), e.g. en, fr.");
    }
    if (raw == Secret.class) {
      return of("string").format("password").writeOnly(true).description("A secret: sent, never answered.");
    }
    if (JsonNode.class.isAssignableFrom(raw)) {
      return of("object");
    }
    return null;
  }

  /**
   * The written properties of an Immutables value, by name, each its most specific accessor.
   *
   * @param type the value
   * @return its accessors by property name, in name order
   */
  static Map<String, Method> accessors(Class<?> type) {
    Map<String, Method> accessors = new LinkedHashMap<>();
    Arrays.stream(type.getMethods())
        .filter(m -> !m.isBridge() && !m.isSynthetic() && PortalJson.isWrittenAccessor(m)
            && m.getReturnType() != Secret.class)
        .sorted(Comparator.comparing(Method::getName))
        .forEach(m -> accessors.merge(m.getName(), m,
            (a, b) -> a.getReturnType().isAssignableFrom(b.getReturnType()) ? b : a));
    return accessors;
  }

  /**
   * A schema of JSON Schema types (OpenAPI 3.1).
   *
   * @param types the types
   * @param <T> the schema's value type
   * @return the schema
   */
  static <T> Schema<T> of(String... types) {
    Schema<T> schema = new Schema<>();
    schema.setTypes(Set.of(types));
    return schema;
  }

  /**
   * A schema that also allows {@code null} (an empty {@code Optional}); the schema itself is left as it is (a
   * resolved schema may be shared).
   *
   * @param schema the schema
   * @return the nullable schema
   */
  static Schema<?> nullable(Schema<?> schema) {
    return new Schema<>().anyOf(List.of(schema, of("null")));
  }

  /**
   * The type argument of a parameterized type ({@code Optional<X>}: {@code X}).
   *
   * @param type the type
   * @return its first argument, or {@code Object}
   */
  static Type argument(Type type) {
    return type instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0]
        : Object.class;
  }
}
