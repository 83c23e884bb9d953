package dev.fastkit.test;

import io.micronaut.json.tree.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * Values of list fields as a client reads them from JSON (or writes them in a query), compared the way the server's
 * lists compare them: instants as instants, numbers as numbers, text as text. The one place where a client cannot
 * know the server's order is text, which sorts by the database's collation: {@link #SORT_ORDER} compares text by its
 * letters and digits, case-insensitively, and calls texts equal (no constraint) when those agree, which every
 * collation agrees with for values of one shape ({@code Chat alpha}, {@code Chat bravo}).
 */
final class ListValues {

    /** The order a sorted list must keep, {@code null} (absent) values last. */
    static final Comparator<Comparable<Object>> SORT_ORDER = Comparator.nullsLast(ListValues::compareForSort);

    private ListValues() {
    }

    /**
     * @param node a field's JSON value, or {@code null} when the field is absent
     * @param type the field's Java type
     * @return the value, comparable with values of the same field; {@code null} for JSON {@code null}
     */
    static Comparable<Object> of(JsonNode node, Class<?> type) {
        if (node == null || node.isNull()) {
            return null;
        }
        return parse(node.coerceStringValue(), type);
    }

    /**
     * @param text a value as written in a query
     * @param type the field's Java type
     * @return the value, comparable with {@link #of}'s
     */
    @SuppressWarnings("unchecked")
    static Comparable<Object> parse(String text, Class<?> type) {
        Comparable<?> value;
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            value = OffsetDateTime.parse(text).toInstant();
        } else if (type == LocalDate.class) {
            value = LocalDate.parse(text);
        } else if (type == LocalDateTime.class) {
            value = LocalDateTime.parse(text);
        } else if (isNumber(type)) {
            value = new BigDecimal(text);
        } else if (type == Boolean.class || type == boolean.class) {
            value = Boolean.valueOf(text);
        } else {
            value = new Text(text);
        }
        return (Comparable<Object>) value;
    }

    /**
     * @param a a value of {@link #of} or {@link #parse}
     * @param b another value of the same field
     * @return whether they are equal as the server's {@code eq} compares them
     */
    static boolean same(Comparable<Object> a, Comparable<Object> b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    /**
     * @param value a value
     * @return its text, for {@code contains} and {@code starts_with}
     */
    static String text(Comparable<Object> value) {
        Object plain = value;
        return plain instanceof Text text ? text.value() : String.valueOf(value);
    }

    private static int compareForSort(Comparable<Object> a, Comparable<Object> b) {
        Object x = a;
        Object y = b;
        if (x instanceof Text left && y instanceof Text right) {
            return left.lenientKey().compareTo(right.lenientKey());
        }
        return a.compareTo(b);
    }

    private static boolean isNumber(Class<?> type) {
        return Number.class.isAssignableFrom(type) || Arrays.asList(int.class, long.class, short.class, byte.class,
                double.class, float.class).contains(type);
    }

    /** Text compared exactly ({@code eq}, {@code lt}, ...: code point order), sorted by {@link #lenientKey}. */
    private record Text(String value) implements Comparable<Text> {

        Text {
            Objects.requireNonNull(value);
        }

        String lenientKey() {
            return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        }

        @Override
        public int compareTo(Text other) {
            return value.compareTo(other.value);
        }

        @Override
        public String toString() {
            return value;
        }
    }
}
