package dev.fastkit.example.fuzz;

import io.micronaut.json.tree.JsonNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ListArbitrary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * jqwik generators of JSON values for an OpenAPI schema: values that follow it, and values that break it in one of
 * the ways a client can (a wrong type, a missing required or an unknown key, {@code null} where not nullable, a
 * string outside its length, a number outside its range). Arrays keep {@code minItems}, {@code maxItems} and
 * {@code uniqueItems}. Values are plain Java: {@code Map}, {@code List},
 * {@code String}, {@code Number}, {@code Boolean} and {@code null} (held in an {@link Optional}-free way by
 * {@link #NULL}).
 */
final class SchemaValues {

    /** Stands for JSON {@code null}, since jqwik generators may not produce Java {@code null} everywhere. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final JsonNode schemas;

    /**
     * @param document the OpenAPI document, for its {@code components.schemas}
     */
    SchemaValues(JsonNode document) {
        JsonNode components = document.get("components");
        this.schemas = components == null ? null : components.get("schemas");
    }

    /**
     * @param schema a schema, possibly a {@code $ref}
     * @return values that follow it
     */
    Arbitrary<Object> valid(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        Arbitrary<Object> value = switch (type(resolved)) {
            case "object" -> validObject(resolved);
            case "array" -> validArray(resolved);
            case "integer" -> Arbitraries.longs().between(minimum(resolved, -1_000), maximum(resolved, 1_000)).map(n -> n);
            case "number" -> Arbitraries.doubles().between(minimum(resolved, -1_000), maximum(resolved, 1_000)).map(n -> n);
            case "boolean" -> Arbitraries.of(true, false).map(b -> b);
            default -> validString(resolved);
        };
        return isNullable(resolved) ? Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, value), net.jqwik.api.Tuple.of(1, Arbitraries.just(NULL))) : value;
    }

    /**
     * @param schema a schema, possibly a {@code $ref}
     * @return values that break it, each in one way
     */
    Arbitrary<Object> invalid(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        List<Arbitrary<Object>> ways = new ArrayList<>();
        ways.add(wrongType(type(resolved)));
        if (!isNullable(resolved)) {
            ways.add(Arbitraries.just(NULL));
        }
        switch (type(resolved)) {
            case "object" -> ways.add(invalidObject(resolved));
            case "string" -> {
                if (resolved.get("maxLength") != null) {
                    int max = resolved.get("maxLength").getIntValue();
                    ways.add(Arbitraries.strings().alpha().ofLength(max + 1).map(s -> s));
                }
                if (resolved.get("minLength") != null && resolved.get("minLength").getIntValue() > 0) {
                    ways.add(Arbitraries.just(""));
                }
                ways.add(Arbitraries.of(" ", "   ", "\t", "\u0000", "%00", "' OR 1=1 --", "\u202e", "a".repeat(5000))
                        .map(s -> s));
            }
            case "integer", "number" -> ways.add(Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L,
                    maximum(resolved, Long.MAX_VALUE - 1) + 1).map(n -> n));
            default -> {
            }
        }
        return Arbitraries.oneOf(ways);
    }

    private Arbitrary<Object> validArray(JsonNode schema) {
        JsonNode items = resolve(schema.get("items"));
        int min = schema.get("minItems") == null ? 0 : schema.get("minItems").getIntValue();
        int max = schema.get("maxItems") == null ? Math.max(3, min) : schema.get("maxItems").getIntValue();
        boolean unique = schema.get("uniqueItems") != null && schema.get("uniqueItems").getBooleanValue();
        if (unique && items.get("enum") != null) {
            max = Math.min(max, items.get("enum").size());
        }
        ListArbitrary<Object> list = valid(items).list().ofMinSize(min).ofMaxSize(max);
        return (unique ? list.uniqueElements() : list).map(values -> (Object) values);
    }

    private Arbitrary<Object> validObject(JsonNode schema) {
        JsonNode properties = schema.get("properties");
        List<String> required = required(schema);
        if (properties == null) {
            return Arbitraries.just(new LinkedHashMap<String, Object>());
        }
        List<Arbitrary<Optional<Map.Entry<String, Object>>>> fields = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties.entries()) {
            if (isReadOnly(resolve(property.getValue()))) {
                continue;
            }
            String name = property.getKey();
            Arbitrary<Optional<Map.Entry<String, Object>>> field = valid(property.getValue()).map(value -> Optional.of(Map.entry(name, value)));
            fields.add(required.contains(name) ? field : Arbitraries.oneOf(field, Arbitraries.just(Optional.empty())));
        }
        return Combinators.combine(fields).as(entries -> {
            Map<String, Object> object = new LinkedHashMap<>();
            entries.forEach(entry -> entry.ifPresent(e -> object.put(e.getKey(), e.getValue())));
            return object;
        });
    }

    private Arbitrary<Object> invalidObject(JsonNode schema) {
        Arbitrary<Object> valid = validObject(schema);
        JsonNode properties = schema.get("properties");
        List<Arbitrary<Object>> ways = new ArrayList<>();
        ways.add(valid.map(object -> with((Map<?, ?>) object, "unknown_" + UUID.randomUUID().toString().substring(0, 6), "x")));
        for (String name : required(schema)) {
            ways.add(valid.map(object -> without((Map<?, ?>) object, name)));
        }
        if (properties != null) {
            for (Map.Entry<String, JsonNode> property : properties.entries()) {
                String name = property.getKey();
                ways.add(Combinators.combine(valid, invalid(property.getValue()))
                        .as((object, broken) -> with((Map<?, ?>) object, name, broken)));
            }
        }
        return Arbitraries.oneOf(ways);
    }

    private static Arbitrary<Object> validString(JsonNode schema) {
        if (schema.get("enum") != null) {
            List<Object> values = new ArrayList<>();
            schema.get("enum").values().forEach(value -> values.add(value.getStringValue()));
            return Arbitraries.of(values);
        }
        String format = schema.get("format") == null ? "" : schema.get("format").getStringValue();
        if (format.equals("uuid")) {
            return Arbitraries.create(UUID::randomUUID).map(UUID::toString);
        }
        if (format.equals("date-time")) {
            return Arbitraries.longs().between(0, 4_000_000_000L).map(seconds -> Instant.ofEpochSecond(seconds).toString());
        }
        int min = schema.get("minLength") == null ? 0 : schema.get("minLength").getIntValue();
        int max = schema.get("maxLength") == null ? 40 : Math.min(schema.get("maxLength").getIntValue(), 200);
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withChars("-' éŁ!?#")
                .ofMinLength(Math.max(min, 1)).ofMaxLength(Math.max(max, Math.max(min, 1))).map(s -> s);
    }

    private static Arbitrary<Object> wrongType(String type) {
        List<Object> values = new ArrayList<>(Arrays.asList(42L, 4.5, true, "text", List.of(1, 2), Map.of("k", "v")));
        values.removeIf(value -> switch (type) {
            case "integer", "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "array" -> value instanceof List;
            case "object" -> value instanceof Map;
            default -> value instanceof String;
        });
        return Arbitraries.of(values);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref != null && schemas != null) {
            String name = ref.getStringValue().substring(ref.getStringValue().lastIndexOf('/') + 1);
            return resolve(schemas.get(name));
        }
        JsonNode allOf = schema.get("allOf");
        if (allOf != null && allOf.size() > 0) {
            return resolve(allOf.get(0));
        }
        return schema;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.get("properties") != null ? "object" : "string";
        }
        return type.isArray() ? type.get(0).getStringValue() : type.getStringValue();
    }

    private static boolean isNullable(JsonNode schema) {
        JsonNode nullable = schema.get("nullable");
        JsonNode type = schema.get("type");
        return (nullable != null && nullable.getBooleanValue())
                || (type != null && type.isArray() && type.toString().contains("null"));
    }

    private static boolean isReadOnly(JsonNode schema) {
        return schema.get("readOnly") != null && schema.get("readOnly").getBooleanValue();
    }

    private static List<String> required(JsonNode schema) {
        List<String> names = new ArrayList<>();
        if (schema.get("required") != null) {
            schema.get("required").values().forEach(name -> names.add(name.getStringValue()));
        }
        return names;
    }

    private static long minimum(JsonNode schema, long fallback) {
        return schema.get("minimum") == null ? fallback : schema.get("minimum").getLongValue();
    }

    private static long maximum(JsonNode schema, long fallback) {
        return schema.get("maximum") == null ? fallback : schema.get("maximum").getLongValue();
    }

    private static Map<String, Object> with(Map<?, ?> object, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>();
        object.forEach((k, v) -> copy.put((String) k, v));
        copy.put(key, value);
        return copy;
    }

    private static Map<String, Object> without(Map<?, ?> object, String key) {
        Map<String, Object> copy = new LinkedHashMap<>();
        object.forEach((k, v) -> copy.put((String) k, v));
        copy.remove(key);
        return copy;
    }
}
