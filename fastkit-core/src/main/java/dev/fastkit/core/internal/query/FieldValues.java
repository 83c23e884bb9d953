package dev.fastkit.core.internal.query;

import io.micronaut.core.annotation.Internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * Query-string values of list fields: parsed as the field's type and written back (in cursors) so that parsing gives
 * the same value. Instants and date-times are RFC 3339 with an offset (years 0001 to 9999, within PostgreSQL's
 * ranges, as decimals are within its numeric); a space where {@code +} stood (an offset sent
 * without percent-encoding) is read as {@code +}.
 */
@Internal
public final class FieldValues {

    private static final int MIN_YEAR = 1, MAX_YEAR = 9999;
    private static final int MAX_NUMERIC_INTEGER_DIGITS = 131072, MAX_NUMERIC_SCALE = 16383;

    private static final Pattern CANONICAL_UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.ofEntries(
            Map.entry(String.class, value -> value),
            Map.entry(UUID.class, FieldValues::uuid),
            Map.entry(Instant.class, value -> dateTime(value).toInstant()),
            Map.entry(OffsetDateTime.class, FieldValues::dateTime),
            Map.entry(LocalDateTime.class, value -> year(LocalDateTime.parse(value,
                    DateTimeFormatter.ISO_LOCAL_DATE_TIME), LocalDateTime::getYear)),
            Map.entry(LocalDate.class, value -> year(LocalDate.parse(value), LocalDate::getYear)),
            Map.entry(Long.class, Long::valueOf),
            Map.entry(long.class, Long::valueOf),
            Map.entry(Integer.class, Integer::valueOf),
            Map.entry(int.class, Integer::valueOf),
            Map.entry(Short.class, Short::valueOf),
            Map.entry(short.class, Short::valueOf),
            Map.entry(BigDecimal.class, FieldValues::decimal),
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
            return "an RFC 3339 date-time with an offset, such as 2026-11-01T00:00:00Z, in the years 0001 to 9999";
        }
        if (type == LocalDateTime.class) {
            return "a date-time such as 2026-11-01T00:00:00, in the years 0001 to 9999";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-11-01, in the years 0001 to 9999";
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

    /** An RFC 3339 date-time: 4-digit years (PostgreSQL's ranges are wider), in UTC as well as where written. */
    private static OffsetDateTime dateTime(String value) {
        OffsetDateTime parsed = OffsetDateTime.parse(value.replace(' ', '+'));
        year(parsed, OffsetDateTime::getYear);
        return year(parsed, dateTime -> dateTime.toInstant().atOffset(ZoneOffset.UTC).getYear());
    }

    private static <T> T year(T value, ToIntFunction<T> year) {
        int of = year.applyAsInt(value);
        if (of < MIN_YEAR || of > MAX_YEAR) {
            throw new IllegalArgumentException("year out of range");
        }
        return value;
    }

    /** A decimal that PostgreSQL's numeric can hold, so that comparing a column with it cannot fail. */
    private static BigDecimal decimal(String value) {
        BigDecimal parsed = new BigDecimal(value);
        if (parsed.precision() - parsed.scale() > MAX_NUMERIC_INTEGER_DIGITS || parsed.scale() > MAX_NUMERIC_SCALE) {
            throw new NumberFormatException("beyond PostgreSQL's numeric");
        }
        return parsed;
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
