package dev.fastkit.core.internal.openapi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.config.naming.PropertyNamingStrategy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Turns schema types into OpenAPI 3.0 schema objects: {@code @Serdeable} records and beans become components (from
 * their {@link BeanIntrospection}, property names through Micronaut Serialization's naming strategy and
 * {@code @JsonProperty}), Jakarta constraints become JSON Schema keywords ({@link Constraints}), {@code @Nullable}
 * becomes {@code nullable} and every other property is {@code required}. One builder per document; not thread-safe.
 */
@Internal
public final class SchemaBuilder {

    /** How a component lists its required keys. */
    public enum Variant {
        /** The properties that are not nullable are required. */
        DEFAULT,
        /** Every key is required, nullable ones as an explicit {@code null} ({@code PUT} bodies). */
        ALL_KEYS,
        /** No key is required: a JSON Merge Patch (RFC 7396) of the type. */
        PARTIAL
    }

    private record Key(Class<?> type, Variant variant) {
    }

    private final PropertyNamingStrategy naming;
    private final Map<Key, String> names = new LinkedHashMap<>();
    private final Map<String, Object> components = new TreeMap<>();

    /** @param naming the configured Serde naming strategy */
    public SchemaBuilder(PropertyNamingStrategy naming) {
        this.naming = naming;
    }

    /** @return the component schemas referenced so far, by name */
    public Map<String, Object> components() {
        return components;
    }

    /**
     * @param argument a body or parameter type, with its type arguments
     * @return its schema, a {@code $ref} for an introspected type
     */
    public Map<String, Object> schema(Argument<?> argument) {
        Class<?> type = argument.getType();
        Argument<?>[] parameters = argument.getTypeParameters();
        if (type == Optional.class) {
            Map<String, Object> inner = parameters.length == 1 ? schema(parameters[0]) : new LinkedHashMap<>();
            return nullable(inner);
        }
        if (type.isArray() && type != byte[].class) {
            return array(schema(Argument.of(type.getComponentType())), false);
        }
        if (Iterable.class.isAssignableFrom(type) && !JsonNode.class.isAssignableFrom(type)) {
            Map<String, Object> items = parameters.length == 1 ? schema(parameters[0]) : new LinkedHashMap<>();
            return array(items, Set.class.isAssignableFrom(type));
        }
        if (Map.class.isAssignableFrom(type)) {
            Map<String, Object> map = typed("object", null);
            map.put("additionalProperties", parameters.length == 2 ? schema(parameters[1]) : Map.of());
            return map;
        }
        return scalarOrReference(type, Variant.DEFAULT);
    }

    /**
     * @param type    an introspected schema type
     * @param variant how its component lists required keys
     * @return a {@code $ref} to its component, built on first use
     */
    public Map<String, Object> reference(Class<?> type, Variant variant) {
        Key key = new Key(type, variant);
        String name = names.get(key);
        if (name == null) {
            name = uniqueName(componentName(type, variant));
            names.put(key, name);
            components.put(name, Map.of());
            components.put(name, component(type, variant));
        }
        return ref(name);
    }

    private Map<String, Object> scalarOrReference(Class<?> type, Variant variant) {
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return typed("string", null);
        }
        if (type == UUID.class) {
            return typed("string", "uuid");
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return typed("string", "date-time");
        }
        if (type == LocalDate.class) {
            return typed("string", "date");
        }
        if (type == URI.class || type == URL.class) {
            return typed("string", "uri");
        }
        if (type == Duration.class) {
            return typed("string", "duration");
        }
        if (type == byte[].class) {
            return typed("string", "byte");
        }
        if (type == boolean.class || type == Boolean.class) {
            return typed("boolean", null);
        }
        if (type == long.class || type == Long.class) {
            return typed("integer", "int64");
        }
        if (type == int.class || type == Integer.class || type == short.class || type == Short.class
                || type == byte.class || type == Byte.class) {
            return typed("integer", "int32");
        }
        if (type == BigInteger.class) {
            return typed("integer", null);
        }
        if (type == double.class || type == Double.class) {
            return typed("number", "double");
        }
        if (type == float.class || type == Float.class) {
            return typed("number", "float");
        }
        if (type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return typed("number", null);
        }
        if (type.isEnum()) {
            Map<String, Object> schema = typed("string", null);
            List<String> values = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            schema.put("enum", values);
            return schema;
        }
        if (type == Object.class || JsonNode.class.isAssignableFrom(type)) {
            return new LinkedHashMap<>();
        }
        if (BeanIntrospector.SHARED.findIntrospection(type).isPresent()) {
            return reference(type, variant);
        }
        return typed("object", null);
    }

    private Map<String, Object> component(Class<?> type, Variant variant) {
        BeanIntrospection<?> introspection = BeanIntrospector.SHARED.getIntrospection(type);
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (BeanProperty<?, Object> property : introspection.getBeanProperties()) {
            if (property.hasAnnotation(JsonIgnore.class) || property.isWriteOnly()) {
                continue;
            }
            String name = property.stringValue(JsonProperty.class).filter(s -> !s.isEmpty())
                    .orElseGet(() -> naming.translate(property));
            AnnotationMetadata metadata = property.getAnnotationMetadata();
            boolean nullable = property.isNullable() && !Constraints.forbidsNull(metadata);
            Map<String, Object> schema = Constraints.apply(metadata, property.getType(), schema(property.asArgument()));
            properties.put(name, nullable ? nullable(schema) : schema);
            if (variant == Variant.ALL_KEYS || (variant == Variant.DEFAULT && !nullable)) {
                required.add(name);
            }
        }
        Map<String, Object> component = typed("object", null);
        if (variant == Variant.PARTIAL) {
            component.put("description", "A JSON Merge Patch (RFC 7396) of " + type.getSimpleName()
                    + ": only the keys sent change; null clears a nullable key.");
        }
        if (!required.isEmpty()) {
            component.put("required", required);
        }
        component.put("properties", properties);
        return component;
    }

    private static String componentName(Class<?> type, Variant variant) {
        String simple = type.getSimpleName();
        if (variant != Variant.PARTIAL) {
            return simple;
        }
        return (simple.endsWith("Full") ? simple.substring(0, simple.length() - "Full".length()) : simple) + "Partial";
    }

    private String uniqueName(String wanted) {
        String name = wanted;
        for (int i = 2; components.containsKey(name); i++) {
            name = wanted + i;
        }
        return name;
    }

    private static Map<String, Object> array(Map<String, Object> items, boolean unique) {
        Map<String, Object> schema = typed("array", null);
        schema.put("items", items);
        if (unique) {
            schema.put("uniqueItems", true);
        }
        return schema;
    }

    static Map<String, Object> ref(String component) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("$ref", "#/components/schemas/" + component);
        return ref;
    }

    static Map<String, Object> typed(String type, String format) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", type);
        if (format != null) {
            schema.put("format", format);
        }
        return schema;
    }

    private static Map<String, Object> nullable(Map<String, Object> schema) {
        if (schema.isEmpty() || schema.containsKey("nullable")) {
            return schema;
        }
        if (schema.containsKey("$ref")) {
            Map<String, Object> wrapped = new LinkedHashMap<>();
            wrapped.put("allOf", new ArrayList<>(List.of(schema)));
            wrapped.put("nullable", true);
            return wrapped;
        }
        schema.put("nullable", true);
        return schema;
    }

    /** @return whether a type is documented as a JSON array */
    static boolean isCollection(Class<?> type) {
        return (Collection.class.isAssignableFrom(type) || type.isArray()) && type != byte[].class;
    }
}
