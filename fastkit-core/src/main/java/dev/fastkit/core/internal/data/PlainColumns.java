package dev.fastkit.core.internal.data;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Association;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.Embedded;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The column types FastKit reads and binds itself, by position, with the JDBC getter or setter for the property's Java
 * type: strings, UUIDs, numbers, booleans and {@code java.time} values without an attribute converter or a
 * JSON/array data type. Any other property (an enum, a converter, an embedded value, an association) is left to
 * Micronaut Data, so that the stored and the read values are the same either way.
 *
 * <p>{@link Instant} goes through {@link Timestamp} in both directions, as Micronaut Data converts it, so both paths
 * agree on {@code timestamp} and {@code timestamptz} columns alike.
 */
@Internal
public final class PlainColumns {

    /** How one column is read: by position, {@code null} for SQL {@code NULL}. */
    @FunctionalInterface
    interface ColumnReader {
        @Nullable Object read(ResultSet rows, int column) throws SQLException;
    }

    /** How one parameter is bound: by position, SQL {@code NULL} for {@code null}. */
    @FunctionalInterface
    interface ParameterWriter {
        void write(PreparedStatement statement, int parameter, @Nullable Object value) throws SQLException;
    }

    private static final Set<DataType> OPAQUE_TYPES = EnumSet.of(DataType.JSON, DataType.OBJECT, DataType.ENTITY);

    private static final Map<Class<?>, ColumnReader> READERS = Map.ofEntries(
            Map.entry(String.class, ResultSet::getString),
            Map.entry(UUID.class, (rows, column) -> rows.getObject(column, UUID.class)),
            Map.entry(Instant.class, (rows, column) -> {
                Timestamp timestamp = rows.getTimestamp(column);
                return timestamp == null ? null : timestamp.toInstant();
            }),
            Map.entry(OffsetDateTime.class, (rows, column) -> rows.getObject(column, OffsetDateTime.class)),
            Map.entry(LocalDateTime.class, (rows, column) -> rows.getObject(column, LocalDateTime.class)),
            Map.entry(LocalDate.class, (rows, column) -> rows.getObject(column, LocalDate.class)),
            Map.entry(Long.class, (rows, column) -> rows.getObject(column, Long.class)),
            Map.entry(Integer.class, (rows, column) -> rows.getObject(column, Integer.class)),
            Map.entry(Short.class, (rows, column) -> rows.getObject(column, Short.class)),
            Map.entry(Boolean.class, (rows, column) -> rows.getObject(column, Boolean.class)),
            Map.entry(Double.class, (rows, column) -> rows.getObject(column, Double.class)),
            Map.entry(Float.class, (rows, column) -> rows.getObject(column, Float.class)),
            Map.entry(BigDecimal.class, ResultSet::getBigDecimal),
            Map.entry(long.class, ResultSet::getLong),
            Map.entry(int.class, ResultSet::getInt),
            Map.entry(short.class, ResultSet::getShort),
            Map.entry(boolean.class, ResultSet::getBoolean),
            Map.entry(double.class, ResultSet::getDouble),
            Map.entry(float.class, ResultSet::getFloat));

    private static final ParameterWriter OBJECT = PreparedStatement::setObject;

    private static final Map<Class<?>, ParameterWriter> WRITERS = Map.of(
            String.class, (statement, parameter, value) -> statement.setString(parameter, (String) value),
            Instant.class, (statement, parameter, value) ->
                    statement.setTimestamp(parameter, value == null ? null : Timestamp.from((Instant) value)));

    private PlainColumns() {
    }

    /**
     * @param property a persistent property
     * @return how to read its column, or {@code null} when it is not a plain column
     */
    static @Nullable ColumnReader reader(RuntimePersistentProperty<?> property) {
        return isOpaque(property) ? null : READERS.get(property.getType());
    }

    /**
     * @param property a persistent property
     * @return how to bind its value, or {@code null} when it is not a plain column
     */
    static @Nullable ParameterWriter writer(RuntimePersistentProperty<?> property) {
        if (reader(property) == null) {
            return null;
        }
        return WRITERS.getOrDefault(property.getType(), OBJECT);
    }

    private static boolean isOpaque(RuntimePersistentProperty<?> property) {
        return property instanceof Association || property instanceof Embedded || property.getConverter() != null
                || OPAQUE_TYPES.contains(property.getDataType()) || property.getType().isArray();
    }
}
