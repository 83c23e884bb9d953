package dev.fastkit.core.internal.data;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one row of the columns {@link ScopedQueries} selects into an entity, reading each column by position with the
 * JDBC getter for its Java type and building the entity through its compile-time introspection.
 *
 * <p>The reading plan is made once per entity, where Micronaut Data 4's {@code SqlResultEntityTypeMapper} looks every
 * column up by name for every row (micronaut-data#4018; measured in benchmarks/README.md).
 *
 * <p>Only {@linkplain PlainColumns plain columns} are read here. An entity with any other property (an enum, a
 * converter, an embedded value, an association) is read by Micronaut Data's own mapper, so the result is the same
 * either way.
 *
 * @param <E> The entity type
 */
@Internal
public final class EntityRowReader<E> {

    private final JdbcOperations jdbc;
    private final BeanIntrospection<E> introspection;
    private final boolean plain;
    private final PlainColumns.ColumnReader[] readers;
    private final int[] constructorColumns;
    private final BeanProperty<E, Object>[] setProperties;
    private final int[] setColumns;

    /**
     * @param jdbc       Micronaut Data's operations, which read entities that are not plain
     * @param entity     the entity's introspection
     * @param properties the persistent properties in the order of the selected columns (column 1 first)
     */
    @SuppressWarnings("unchecked")
    EntityRowReader(JdbcOperations jdbc, BeanIntrospection<E> entity, List<RuntimePersistentProperty<E>> properties) {
        this.jdbc = jdbc;
        this.introspection = entity;
        this.readers = new PlainColumns.ColumnReader[properties.size()];
        boolean allPlain = true;
        for (int i = 0; i < properties.size(); i++) {
            readers[i] = PlainColumns.reader(properties.get(i));
            allPlain &= readers[i] != null;
        }
        Argument<?>[] arguments = entity.getConstructorArguments();
        this.constructorColumns = new int[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            constructorColumns[i] = columnOf(properties, arguments[i].getName());
            allPlain &= constructorColumns[i] > 0;
        }
        List<BeanProperty<E, Object>> settable = new ArrayList<>();
        List<Integer> settableColumns = new ArrayList<>();
        for (int i = 0; i < properties.size(); i++) {
            BeanProperty<E, Object> property = properties.get(i).getProperty();
            if (!isConstructorArgument(arguments, property.getName())) {
                settable.add(property);
                settableColumns.add(i + 1);
                allPlain &= !property.isReadOnly();
            }
        }
        this.setProperties = settable.toArray(BeanProperty[]::new);
        this.setColumns = settableColumns.stream().mapToInt(Integer::intValue).toArray();
        this.plain = allPlain;
    }

    /**
     * Reads the row the result set stands on.
     *
     * @param rows a result set positioned on a row of the selected columns
     * @return the entity
     * @throws SQLException if a column cannot be read
     */
    E read(ResultSet rows) throws SQLException {
        if (!plain) {
            return jdbc.readEntity(rows, introspection.getBeanType());
        }
        Object[] arguments = new Object[constructorColumns.length];
        for (int i = 0; i < arguments.length; i++) {
            int column = constructorColumns[i];
            arguments[i] = readers[column - 1].read(rows, column);
        }
        E entity = introspection.instantiate(false, arguments);
        for (int i = 0; i < setProperties.length; i++) {
            int column = setColumns[i];
            setProperties[i].set(entity, readers[column - 1].read(rows, column));
        }
        return entity;
    }

    /** @return whether every column is read here rather than by Micronaut Data's mapper */
    boolean isPlain() {
        return plain;
    }

    private static int columnOf(List<? extends RuntimePersistentProperty<?>> properties, String name) {
        for (int i = 0; i < properties.size(); i++) {
            if (properties.get(i).getName().equals(name)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean isConstructorArgument(Argument<?>[] arguments, String name) {
        for (Argument<?> argument : arguments) {
            if (argument.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
