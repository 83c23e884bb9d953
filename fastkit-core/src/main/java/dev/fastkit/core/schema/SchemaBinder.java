package dev.fastkit.core.schema;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.fastkit.core.error.FieldError;
import dev.fastkit.core.error.UnprocessableContentException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.config.SerdeConfiguration;
import io.micronaut.serde.config.naming.PropertyNamingStrategy;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.io.IOException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a JSON request body into a schema object strictly: an unknown key (which includes every read-only field such as
 * {@code id} or {@code created_at}), a value of the wrong type, a missing key where all are required, and a broken
 * Bean Validation constraint all answer 422, each failure listed with a JSON pointer (RFC 6901) such as
 * {@code /title}. Nothing is written before binding succeeds, so bad input changes nothing.
 *
 * <p>JSON names follow {@code @JsonProperty} and Micronaut Serialization's configured naming strategy
 * ({@code micronaut.serde.property-naming-strategy}, {@code SNAKE_CASE} by FastKit's default); without a strategy a
 * JSON name is the Java property's name, as in Micronaut Serialization itself.
 */
@Singleton
public class SchemaBinder {

    private final JsonMapper jsonMapper;
    private final Validator validator;
    private final @Nullable PropertyNamingStrategy namingStrategy;
    private final Map<Class<?>, Map<String, BeanProperty<?, Object>>> jsonProperties = new ConcurrentHashMap<>();

    /**
     * @param jsonMapper    the application's JSON mapper
     * @param validator     the Bean Validation validator
     * @param configuration Micronaut Serialization's settings, for the naming strategy (which may be absent)
     */
    public SchemaBinder(JsonMapper jsonMapper, Validator validator, SerdeConfiguration configuration) {
        this.jsonMapper = jsonMapper;
        this.validator = validator;
        this.namingStrategy = configuration.getPropertyNamingStrategy();
    }

    /**
     * Binds and validates {@code body} as {@code schema}.
     *
     * @param body   the parsed request body
     * @param schema the schema type, a {@code @Serdeable} record
     * @param mode   whether every key must be present
     * @param <T>    The schema type
     * @return the valid schema object
     * @throws UnprocessableContentException (422) listing every failure
     */
    public <T> T bind(JsonNode body, Class<T> schema, BindingMode mode) {
        if (body == null || !body.isObject()) {
            throw UnprocessableContentException.of("", "must be a JSON object");
        }
        Map<String, BeanProperty<?, Object>> properties = jsonProperties(schema);
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : body.entries()) {
            BeanProperty<?, Object> property = properties.get(entry.getKey());
            if (property == null) {
                errors.add(new FieldError(pointer(entry.getKey()), "is not a field of this schema (read-only and unknown fields cannot be sent)"));
            } else if (!hasJsonType(entry.getValue(), property.getType())) {
                errors.add(new FieldError(pointer(entry.getKey()), typeMessage(property.getType())));
            }
        }
        if (mode == BindingMode.ALL_KEYS) {
            for (String name : properties.keySet()) {
                if (body.get(name) == null) {
                    errors.add(new FieldError(pointer(name), "is required; send null to clear a nullable field"));
                }
            }
        }
        throwIfAny(errors);
        T value = read(body, schema, properties);
        validate(value, properties);
        return value;
    }

    /**
     * @param schema a schema type
     * @return the JSON names of its properties, in declaration order
     */
    public Collection<String> jsonNames(Class<?> schema) {
        return jsonProperties(schema).keySet();
    }

    /**
     * @param schema a schema type
     * @return its properties by JSON name (the configured naming strategy, or {@code @JsonProperty}), in declaration
     *         order
     */
    public Map<String, BeanProperty<?, Object>> propertiesByJsonName(Class<?> schema) {
        return Collections.unmodifiableMap(jsonProperties(schema));
    }

    /**
     * Serialises {@code value} to a JSON tree, with the same names a client sees.
     *
     * @param value a schema object
     * @return its JSON tree
     */
    public JsonNode toTree(Object value) {
        try {
            return jsonMapper.writeValueToTree(value);
        } catch (IOException e) {
            throw new IllegalStateException("Could not serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(JsonNode body, Class<T> schema, Map<String, BeanProperty<?, Object>> properties) {
        try {
            return jsonMapper.readValueFromTree(body, Argument.of(schema));
        } catch (IOException | RuntimeException wholeFailure) {
            List<FieldError> errors = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : body.entries()) {
                BeanProperty<?, Object> property = properties.get(entry.getKey());
                if (!canRead(entry.getValue(), property.asArgument())) {
                    errors.add(new FieldError(pointer(entry.getKey()), typeMessage(property.getType())));
                }
            }
            if (errors.isEmpty()) {
                errors.add(new FieldError("", "does not match the schema"));
            }
            throw new UnprocessableContentException(errors);
        }
    }

    /**
     * Checks the JSON type of scalar values, since a lenient reader would turn {@code 123} into {@code "123"}.
     */
    private static boolean hasJsonType(JsonNode value, Class<?> type) {
        if (value.isNull()) {
            return !type.isPrimitive();
        }
        if (type == String.class || type == UUID.class || Temporal.class.isAssignableFrom(type) || type.isEnum()) {
            return value.isString();
        }
        if (type == Boolean.class || type == boolean.class) {
            return value.isBoolean();
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return value.isNumber();
        }
        if (Collection.class.isAssignableFrom(type)) {
            return value.isArray();
        }
        return true;
    }

    private boolean canRead(JsonNode value, Argument<Object> argument) {
        if (value.isNull()) {
            return !argument.isPrimitive();
        }
        try {
            jsonMapper.readValueFromTree(value, argument);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private void validate(Object value, Map<String, BeanProperty<?, Object>> properties) {
        var violations = validator.validate(value);
        if (violations.isEmpty()) {
            return;
        }
        Map<String, String> javaToJson = new LinkedHashMap<>();
        properties.forEach((json, property) -> javaToJson.put(property.getName(), json));
        List<FieldError> errors = violations.stream()
                .map(violation -> new FieldError(pointer(violation, javaToJson), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::pointer).thenComparing(FieldError::detail))
                .toList();
        throw new UnprocessableContentException(errors);
    }

    private static String pointer(ConstraintViolation<?> violation, Map<String, String> javaToJson) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null) {
                pointer.append('/').append(pointer.isEmpty() ? javaToJson.getOrDefault(node.getName(), node.getName()) : node.getName());
            }
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
        }
        return pointer.toString();
    }

    private Map<String, BeanProperty<?, Object>> jsonProperties(Class<?> schema) {
        return jsonProperties.computeIfAbsent(schema, type -> {
            BeanIntrospection<?> introspection = BeanIntrospector.SHARED.getIntrospection(type);
            Map<String, BeanProperty<?, Object>> byJsonName = new LinkedHashMap<>();
            for (BeanProperty<?, Object> property : introspection.getBeanProperties()) {
                String name = property.stringValue(JsonProperty.class).filter(s -> !s.isEmpty())
                        .orElseGet(() -> jsonName(property));
                byJsonName.put(name, property);
            }
            return byJsonName;
        });
    }

    private String jsonName(BeanProperty<?, Object> property) {
        return namingStrategy == null ? property.getName() : namingStrategy.translate(property);
    }

    private static String typeMessage(Class<?> type) {
        if (type == String.class) {
            return "must be a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == UUID.class) {
            return "must be a UUID string";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be an RFC 3339 timestamp string";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        return "has the wrong type";
    }

    private static String pointer(String jsonName) {
        return "/" + jsonName.replace("~", "~0").replace("/", "~1");
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new UnprocessableContentException(errors);
        }
    }
}
