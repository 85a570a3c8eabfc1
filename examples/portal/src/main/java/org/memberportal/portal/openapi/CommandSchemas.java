/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.memberportal.portal.json.PortalJson;
import org.memberportal.portal.json.Reads;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

/**
 * The request side of the document: an endpoint that names its command with {@link Reads} takes as body (or as
 * query parameters) the command's attributes as its builder reads them, less those the endpoint puts in itself
 * (the path's ids, {@link Reads#set()}); an attribute is required when the library refuses the command without it
 * ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}, {@code @AssertTrue}). The schemas the attributes refer
 * to ({@link LibrarySchemas}) join the document's components.
 */
final class CommandSchemas implements OperationCustomizer, OpenApiCustomizer {

  private static final List<Class<? extends Annotation>> REQUIRING = List.of(NotNull.class, NotBlank.class, NotEmpty.class,
      AssertTrue.class);

  private final Map<String, Schema<?>> referenced = new ConcurrentHashMap<>();

  @Override
  public Operation customize(Operation operation, HandlerMethod handler) {
    Reads reads = handler.getMethodAnnotation(Reads.class);
    if (reads == null) {
      return operation;
    }
    Set<String> set = new HashSet<>(Arrays.asList(reads.set()));
    for (MethodParameter parameter : handler.getMethodParameters()) {
      if (parameter.hasParameterAnnotation(PathVariable.class)) {
        set.add(parameter.getParameterName());
      }
    }
    Map<String, Schema<?>> properties = new TreeMap<>();
    List<String> required = new ArrayList<>();
    for (Class<?> command : reads.value()) {
      boolean first = command == reads.value()[0];
      attributes(command).forEach((name, accessor) -> {
        if (!set.contains(name) && !properties.containsKey(name)) {
          boolean optional = Optional.class.equals(accessor.getReturnType());
          properties.put(name, schemaOf(optional ? LibrarySchemas.argument(accessor.getGenericReturnType())
              : accessor.getGenericReturnType()));
          if (first && Arrays.stream(accessor.getAnnotations()).anyMatch(CommandSchemas::requires)) {
            required.add(name);
          }
        }
      });
    }
    if (operation.getRequestBody() != null) {
      Schema<Object> body = LibrarySchemas.of("object");
      body.setProperties(new LinkedHashMap<>(properties));
      body.setRequired(required.isEmpty() ? null : required);
      body.setDescription("The attributes of the library's " + Arrays.stream(reads.value()).map(Class::getSimpleName)
          .collect(Collectors.joining(" and ")) + ".");
      operation.setRequestBody(new RequestBody().required(operation.getRequestBody().getRequired())
          .content(new Content().addMediaType("application/json", new MediaType().schema(body))));
    } else {
      List<Parameter> parameters = new ArrayList<>(Optional.ofNullable(operation.getParameters()).orElse(List.of())
          .stream().filter(p -> !"query".equals(p.getIn()) || !queryMap(handler)).toList());
      properties.forEach((name, schema) -> parameters.add(new Parameter().in("query").name(name).schema(schema)
          .required(required.contains(name) ? Boolean.TRUE : null)));
      operation.setParameters(parameters);
    }
    return operation;
  }

  @Override
  public void customise(OpenAPI document) {
    if (document.getComponents() == null) {
      document.setComponents(new Components());
    }
    referenced.forEach((name, schema) -> document.getComponents().addSchemas(name, schema));
  }

  /** A constraint that refuses a missing value, itself or composed of one ({@code @ValidEmail}). */
  private static boolean requires(Annotation constraint) {
    Class<? extends Annotation> type = constraint.annotationType();
    return REQUIRING.contains(type) || REQUIRING.stream().anyMatch(type::isAnnotationPresent);
  }

  /** The attributes a command's builder reads, with the command's accessor of each (its type, its constraints). */
  private static Map<String, Method> attributes(Class<?> command) {
    Class<?> builder = PortalJson.builderOf(command);
    if (builder == null) {
      throw new IllegalStateException(command + " is not a command of the library");
    }
    Map<String, Method> attributes = new TreeMap<>();
    for (Method setter : builder.getMethods()) {
      String property = PortalJson.propertyReadBy(setter);
      if (property != null) {
        try {
          attributes.put(property, command.getMethod(property));
        } catch (NoSuchMethodException e) {
          throw new IllegalStateException(command + " has no accessor " + property, e);
        }
      }
    }
    return attributes;
  }

  private Schema<?> schemaOf(Type type) {
    ResolvedSchema resolved = ModelConverters.getInstance(true)
        .resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(true));
    if (resolved.referencedSchemas != null) {
      resolved.referencedSchemas.forEach(referenced::putIfAbsent);
    }
    return resolved.schema;
  }

  private static boolean queryMap(HandlerMethod handler) {
    return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestParam.class)
        && Map.class.isAssignableFrom(p.getParameterType()));
  }
}
