package dev.fastkit.core.internal.query;

import io.micronaut.core.annotation.Internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Query-string values of list fields: parsed as the field's type and written back (in cursors) so that parsing gives
 * the same value. Instants and date-times are RFC 3339 with an offset; a space where {@code +} stood (an offset sent
 * without percent-encoding) is read as {@code +}.
 */
@Internal
public final class FieldValues {

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.ofEntries(
            Map.entry(String.class, value -> value),
            Map.entry(UUID.class, FieldValues::uuid),
            Map.entry(Instant.class, value -> OffsetDateTime.parse(offset(value)).toInstant()),
            Map.entry(OffsetDateTime.class, value -> OffsetDateTime.parse(offset(value))),
            Map.entry(LocalDateTime.class, value -> LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME)),
            Map.entry(LocalDate.class, LocalDate::parse),
            Map.entry(Long.class, Long::valueOf),
            Map.entry(long.class, Long::valueOf),
            Map.entry(Integer.class, Integer::valueOf),
            Map.entry(int.class, Integer::valueOf),
            Map.entry(Short.class, Short::valueOf),
            Map.entry(short.class, Short::valueOf),
            Map.entry(BigDecimal.class, BigDecimal::new),
            Map.entry(Double.class, FieldValues::finiteDouble),
            Map.entry(double.class, FieldValues::finiteDouble),
            Map.entry(Float.class, FieldValues::finiteFloat),
            Map.entry(float.class, FieldValues::finiteFloat),
            Map.entry(Boolean.class, FieldValues::bool),
            Map.entry(boolean.class, FieldValues::bool));

    private FieldValues() {
    }

    /**
     * @param type a field type
     * @return whether values of it can be written in a query
     */
    static boolean supports(Class<?> type) {
        return PARSERS.containsKey(type) || type.isEnum();
    }

    /**
     * @param type  the field's type
     * @param value the value as sent
     * @return the parsed value, empty if it is not a value of the type
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Optional<Object> parse(Class<?> type, String value) {
        try {
            if (type.isEnum()) {
                return Optional.of(Enum.valueOf((Class<? extends Enum>) type, value));
            }
            return Optional.of(PARSERS.get(type).apply(value));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @param value a value that {@link #parse} produced or an entity holds
     * @return the text that parses back to it
     */
    static String format(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    /**
     * @param type a field type
     * @return how to describe its values in an error: "a UUID", "an RFC 3339 instant", ...
     */
    static String describe(Class<?> type) {
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "an RFC 3339 date-time with an offset, such as 2026-11-01T00:00:00Z";
        }
        if (type == LocalDateTime.class) {
            return "a date-time such as 2026-11-01T00:00:00";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-11-01";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isEnum()) {
            return "one of the field's values";
        }
        return type == String.class ? "text" : "a number";
    }

    private static UUID uuid(String value) {
        if (!CANONICAL_UUID.matcher(value).matches()) {
            throw new IllegalArgumentException("not a UUID");
        }
        return UUID.fromString(value);
    }

    private static String offset(String value) {
        return value.replace(' ', '+');
    }

    private static double finiteDouble(String value) {
        double parsed = Double.parseDouble(value);
        if (!Double.isFinite(parsed) || value.strip().length() != value.length()) {
            throw new NumberFormatException("not a finite number");
        }
        return parsed;
    }

    private static float finiteFloat(String value) {
        float parsed = Float.parseFloat(value);
        if (!Float.isFinite(parsed) || value.strip().length() != value.length()) {
            throw new NumberFormatException("not a finite number");
        }
        return parsed;
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not a boolean");
        };
    }
}
