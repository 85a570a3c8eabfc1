/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.memberportal.careers.profile.Completeness;
import org.memberportal.kernel.EmailAddress;
import org.memberportal.kernel.Secret;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.Version;
import tools.jackson.databind.AnnotationIntrospector;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonPOJOBuilder;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.deser.Deserializers;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedMethod;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.Serializers;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * The library's values in JSON, the one contract of the portal's API (decision 0004):
 *
 * <ul>
 *   <li>typed ids ({@code AccountId}, {@code AffiliationId}, ...: a record of one {@link UUID} named {@code *Id}) are
 *       plain strings, read with the id's own {@code of(String)} (a malformed id is the library's {@code NotFound});
 *   <li>a {@link Secret} is write-only: read from a string, never written (no property of that type is serialised);
 *   <li>commands (abstract Immutables types with a static {@code builder()}) are read through their builder, one
 *       property per attribute (a collection or a map through its {@code addAll}/{@code putAll}), so a
 *       violation's path is the JSON property's name;
 *   <li>results that are Immutables types are written with their accessors ({@code email()} as {@code email}),
 *       not as {@code {}}; an {@link EmailAddress} is its display form, a {@link Locale} its language tag; a
 *       profile's {@link Completeness} also writes its derived {@code complete}.
 * </ul>
 */
public final class PortalJson extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Where the library's types live; nothing outside it is touched. */
  private static final String LIBRARY = "org.memberportal.";

  /** A builder's setter of a whole collection or map. */
  private static final Pattern ALL = Pattern.compile("(addAll|putAll)([A-Z].*)");

  /** Methods of every object that are never properties. */
  private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "builder");

  /** Makes the module. */
  public PortalJson() {
    super("member-portal", Version.unknownVersion());
    addSerializer(EmailAddress.class, new ValueSerializer<>() {
      @Override
      public void serialize(EmailAddress value, JsonGenerator gen, SerializationContext context) {
        gen.writeString(value.display());
      }
    });
    addDeserializer(EmailAddress.class, new ValueDeserializer<>() {
      @Override
      public EmailAddress deserialize(JsonParser parser, DeserializationContext context) {
        return EmailAddress.of(parser.getValueAsString());
      }
    });
    addSerializer(Locale.class, new ValueSerializer<>() {
      @Override
      public void serialize(Locale value, JsonGenerator gen, SerializationContext context) {
        gen.writeString(value.toLanguageTag());
      }
    });
    addSerializer(Secret.class, new ValueSerializer<>() {
      @Override
      public void serialize(Secret value, JsonGenerator gen, SerializationContext context) {
        // no property of this type is written (write-only); a secret reached some other way is a defect
        throw new IllegalStateException("a secret is never written");
      }
    });
    addDeserializer(Secret.class, new ValueDeserializer<>() {
      @Override
      public Secret deserialize(JsonParser parser, DeserializationContext context) {
        return Secret.of(parser.getValueAsString());
      }
    });
    setMixInAnnotation(Completeness.class, CompletenessWithFlag.class);
  }

  /** A profile's completeness also says whether it is {@code complete} (a derived method, not a component). */
  private abstract static class CompletenessWithFlag {
    @JsonProperty("complete")
    abstract boolean complete();
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addSerializers(new Serializers.Base() {
      @Override
      public @Nullable ValueSerializer<?> findSerializer(SerializationConfig config, JavaType type,
          BeanDescription.Supplier description, com.fasterxml.jackson.annotation.JsonFormat.Value format) {
        return isId(type.getRawClass()) ? ToStringSerializer.instance : null;
      }
    });
    context.addDeserializers(new Deserializers.Base() {
      @Override
      public @Nullable ValueDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
          BeanDescription.Supplier description) {
        return isId(type.getRawClass()) ? new IdDeserializer(type.getRawClass()) : null;
      }

      @Override
      public boolean hasDeserializerFor(DeserializationConfig config, Class<?> valueType) {
        return isId(valueType);
      }
    });
    context.insertAnnotationIntrospector(new LibraryIntrospector());
  }

  /**
   * A typed id: a record in the library named {@code *Id} whose one component is a {@link UUID}.
   *
   * @param type a type
   * @return whether it is written and read as a plain string
   */
  public static boolean isId(Class<?> type) {
    return type.isRecord() && type.getName().startsWith(LIBRARY) && type.getSimpleName().endsWith("Id")
        && type.getRecordComponents().length == 1 && type.getRecordComponents()[0].getType() == UUID.class;
  }

  /**
   * An abstract value of the library built through its static {@code builder()}: a command or an aggregate.
   *
   * @param type a type
   * @return its builder's type, or null when it is not such a value
   */
  public static @Nullable Class<?> builderOf(Class<?> type) {
    if (!type.getName().startsWith(LIBRARY) || !Modifier.isAbstract(type.getModifiers()) || type.isInterface()) {
      return null;
    }
    try {
      Method builder = type.getMethod("builder");
      return Modifier.isStatic(builder.getModifiers()) ? builder.getReturnType() : null;
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /**
   * An Immutables implementation ({@code ImmutableX}), the abstract value it implements, or an interface of the
   * library declaring the value's accessors (a command part such as {@code EnteredCredentials}).
   *
   * @param type a type
   * @return whether its properties are its accessors
   */
  public static boolean isImmutableValue(Class<?> type) {
    return type.getName().startsWith(LIBRARY) && !type.isRecord() && !type.isEnum()
        && (type.isInterface() || type.getSimpleName().startsWith("Immutable") || builderOf(type) != null);
  }

  /**
   * A property of a library value as it is written: a public accessor (no parameter, not static) of an
   * Immutables value or of a library interface declaring its accessors, named as the accessor is; not a
   * transformation into another value of its type ({@code Application.anonymised()}, {@code Notification.scrubbed()}),
   * which written would nest without end. (A {@link Secret} property is write-only: never written.)
   *
   * @param method a method
   * @return whether it is a written property
   */
  public static boolean isWrittenAccessor(Method method) {
    return method.getParameterCount() == 0 && method.getReturnType() != void.class
        && Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
        && !NOT_PROPERTIES.contains(method.getName()) && isImmutableValue(method.getDeclaringClass())
        && !method.getReturnType().isAssignableFrom(method.getDeclaringClass());
  }

  /**
   * The property a library builder's method reads: an attribute's setter reads the property of its name, a
   * collection's or a map's {@code addAllX}/{@code putAllX} the property {@code x} when the builder has no setter
   * {@code x} of its own (how the house's builders name the setter of a set, list or map); the copy ({@code from}
   * a value the built type is), the one-element adders and putters and the {@code Optional} overloads read none.
   *
   * @param method a method
   * @return the property's name, or null
   */
  public static @Nullable String propertyReadBy(Method method) {
    if (method.getParameterCount() != 1 || !method.getDeclaringClass().getName().startsWith(LIBRARY)
        || !method.getDeclaringClass().getSimpleName().equals("Builder")) {
      return null;
    }
    String name = method.getName();
    Class<?> parameter = method.getParameterTypes()[0];
    Class<?> built = method.getDeclaringClass().getEnclosingClass();
    String collection = collectionOf(method);
    boolean extra = (name.equals("from") && built != null && parameter.isAssignableFrom(built))
        || parameter == Optional.class || (name.matches("(add|put)[A-Z].*") && collection == null);
    return extra ? null : collection != null ? collection : name;
  }

  private static @Nullable String collectionOf(Method method) {
    Matcher all = ALL.matcher(method.getName());
    if (!all.matches()) {
      return null;
    }
    String attribute = Character.toLowerCase(all.group(2).charAt(0)) + all.group(2).substring(1);
    return Arrays.stream(method.getDeclaringClass().getMethods())
        .anyMatch(setter -> setter.getName().equals(attribute) && setter.getParameterCount() == 1) ? null : attribute;
  }

  /** Reads a typed id with the id's own {@code of(String)}. */
  private static final class IdDeserializer extends ValueDeserializer<Object> {
    private final Method of;

    IdDeserializer(Class<?> type) {
      try {
        this.of = type.getMethod("of", String.class);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " has no of(String)", e);
      }
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) {
      try {
        return of.invoke(null, parser.getValueAsString());
      } catch (InvocationTargetException e) {
        throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** What Jackson cannot see in the library's types by itself: builders, accessors and secrets. */
  private static final class LibraryIntrospector extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public @Nullable Class<?> findPOJOBuilder(MapperConfig<?> config, AnnotatedClass type) {
      return builderOf(type.getRawType());
    }

    @Override
    public JsonPOJOBuilder.@Nullable Value findPOJOBuilderConfig(MapperConfig<?> config, AnnotatedClass type) {
      return type.getRawType().getName().startsWith(LIBRARY) ? new JsonPOJOBuilder.Value("build", "") : null;
    }

    @Override
    public @Nullable String findImplicitPropertyName(MapperConfig<?> config, AnnotatedMember member) {
      return member instanceof AnnotatedMethod method && isWrittenAccessor(method.getAnnotated())
          ? method.getName() : null;
    }

    @Override
    public boolean hasIgnoreMarker(MapperConfig<?> config, AnnotatedMember member) {
      return member instanceof AnnotatedMethod method && method.getParameterCount() == 1
          && method.getDeclaringClass().getName().startsWith(LIBRARY)
          && method.getDeclaringClass().getSimpleName().equals("Builder")
          && propertyReadBy(method.getAnnotated()) == null;
    }

    /**
     * A builder's setter is named explicitly, so that Jackson drops only the overloads beside it ({@code from}'s
     * copy, an {@code Optional} overload), not the attribute.
     */
    @Override
    public @Nullable PropertyName findNameForDeserialization(MapperConfig<?> config, Annotated member) {
      String property = member instanceof AnnotatedMethod method ? propertyReadBy(method.getAnnotated()) : null;
      return property == null ? null : PropertyName.construct(property);
    }

    @Override
    public JsonProperty.@Nullable Access findPropertyAccess(MapperConfig<?> config, Annotated member) {
      return member.getRawType() == Secret.class ? JsonProperty.Access.WRITE_ONLY : null;
    }
  }
}
