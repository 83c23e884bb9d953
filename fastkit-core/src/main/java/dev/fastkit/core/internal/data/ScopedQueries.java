package dev.fastkit.core.internal.data;

import dev.fastkit.core.data.ScopedReads;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.Sort;
import io.micronaut.data.model.naming.NamingStrategy;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * {@link ScopedReads} as plain SQL written once per entity and query shape and then only bound and run (Micronaut
 * Data's criteria API builds the same SQL anew on every call; see the benchmarks' README, finding on scoped reads). Rows are read by position through
 * {@link EntityRowReader}, which falls back to Micronaut Data's entity mapper for anything but plain columns.
 * Entities must be flat (no embedded values or joined associations), as FastKit entities are. Every method runs on
 * the connection of the caller's {@link dev.fastkit.core.uow.UnitOfWork}: call it inside one.
 *
 * @param <E> The entity type
 */
@Internal
public final class ScopedQueries<E> implements ScopedReads<E> {

    private final JdbcOperations jdbc;
    private final EntityRowReader<E> reader;
    private final Class<E> entityType;
    private final String table;
    private final String columns;
    private final String idColumn;
    private final NamingStrategy naming;
    private final RuntimePersistentEntity<E> entity;
    private final @Nullable String ownerColumn;
    private final @Nullable String parentColumn;
    private final Map<String, String> statements = new ConcurrentHashMap<>();

    /**
     * @param jdbc           the JDBC operations of the default data source
     * @param entity         the entity's runtime model
     * @param ownerProperty  the owner property's name, or {@code null}
     * @param parentProperty the parent-id property's name, or {@code null}
     */
    public ScopedQueries(JdbcOperations jdbc, RuntimePersistentEntity<E> entity, @Nullable String ownerProperty,
                         @Nullable String parentProperty) {
        this.jdbc = jdbc;
        this.entity = entity;
        this.entityType = entity.getIntrospection().getBeanType();
        this.naming = entity.getNamingStrategy();
        this.table = naming.mappedName(entity);
        this.idColumn = naming.mappedName(entity.getIdentity());
        List<RuntimePersistentProperty<E>> selected = new ArrayList<>();
        selected.add(entity.getIdentity());
        selected.addAll(entity.getPersistentProperties());
        if (entity.getVersion() != null) {
            selected.add(entity.getVersion());
        }
        this.columns = selected.stream().map(naming::mappedName).collect(Collectors.joining(", "));
        this.reader = new EntityRowReader<>(jdbc, entity.getIntrospection(), selected);
        this.ownerColumn = ownerProperty == null ? null : column(ownerProperty);
        this.parentColumn = parentProperty == null ? null : column(parentProperty);
    }

    /**
     * {@code SELECT ... WHERE id = ? [AND owner = ?] [AND parent = ?]}.
     *
     * @param id     the id
     * @param owner  the owner to require, or {@code null} for any
     * @param parent the parent id to require, or {@code null} for any
     * @return the row, if it exists within the scope
     */
    @Override
    public Optional<E> findOne(Object id, @Nullable Object owner, @Nullable Object parent) {
        return findOne(id, owner, parent, false);
    }

    /**
     * {@code SELECT ... WHERE id = ? [AND owner = ?] [AND parent = ?] FOR UPDATE}: reads the row and locks it until
     * the caller's transaction ends, so that writers of one row run one after another.
     *
     * @param id     the id
     * @param owner  the owner to require, or {@code null} for any
     * @param parent the parent id to require, or {@code null} for any
     * @return the row, if it exists within the scope
     */
    public Optional<E> findOneForUpdate(Object id, @Nullable Object owner, @Nullable Object parent) {
        return findOne(id, owner, parent, true);
    }

    private Optional<E> findOne(Object id, @Nullable Object owner, @Nullable Object parent, boolean lock) {
        String sql = statements.computeIfAbsent((lock ? "lock" : "one") + shape(owner, parent),
                key -> "SELECT " + columns + " FROM " + table + " WHERE " + idColumn + " = ?" + and(owner, parent)
                        + (lock ? " FOR UPDATE" : ""));
        return run(sql, statement -> {
            statement.setObject(1, id);
            bindScope(statement, 2, owner, parent);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
            }
        });
    }

    /**
     * {@code SELECT ... WHERE scope ORDER BY sort LIMIT ? OFFSET ?}.
     *
     * @param owner  the owner to require, or {@code null} for any
     * @param parent the parent id to require, or {@code null} for any
     * @param sort   the order, which should end with a unique property
     * @param offset rows to skip
     * @param limit  rows to answer at most
     * @return the rows, in order
     */
    @Override
    public List<E> findPage(@Nullable Object owner, @Nullable Object parent, Sort sort, long offset, int limit) {
        String orderBy = sort.getOrderBy().stream()
                .map(order -> column(order.getProperty()) + (order.isAscending() ? " ASC" : " DESC"))
                .collect(Collectors.joining(", "));
        String sql = statements.computeIfAbsent("page" + shape(owner, parent) + orderBy,
                key -> "SELECT " + columns + " FROM " + table + where(owner, parent)
                        + (orderBy.isEmpty() ? "" : " ORDER BY " + orderBy) + " LIMIT ? OFFSET ?");
        return run(sql, statement -> {
            int next = bindScope(statement, 1, owner, parent);
            statement.setInt(next, limit);
            statement.setLong(next + 1, offset);
            List<E> result = new ArrayList<>(limit);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
            }
            return result;
        });
    }

    /**
     * {@code SELECT count(*) WHERE scope}.
     *
     * @param owner  the owner to require, or {@code null} for any
     * @param parent the parent id to require, or {@code null} for any
     * @return the number of rows within the scope
     */
    @Override
    public long count(@Nullable Object owner, @Nullable Object parent) {
        String sql = statements.computeIfAbsent("count" + shape(owner, parent),
                key -> "SELECT count(*) FROM " + table + where(owner, parent));
        return run(sql, statement -> {
            bindScope(statement, 1, owner, parent);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** @return whether rows are read by FastKit's positional reader rather than Micronaut Data's mapper */
    public boolean isPlain() {
        return reader.isPlain();
    }

    private <T> T run(String sql, Statement<T> body) {
        return jdbc.prepareStatement(sql, statement -> {
            try {
                return body.run(statement);
            } catch (SQLException e) {
                throw new DataAccessException("Query on " + table + " failed", e);
            }
        });
    }

    private String column(String property) {
        RuntimePersistentProperty<E> persistent = entity.getPropertyByName(property);
        if (persistent == null) {
            throw new IllegalArgumentException(entityType.getName() + " has no persistent property " + property);
        }
        return naming.mappedName(persistent);
    }

    private String where(@Nullable Object owner, @Nullable Object parent) {
        String conditions = and(owner, parent);
        return conditions.isEmpty() ? "" : " WHERE" + conditions.substring(" AND".length());
    }

    private String and(@Nullable Object owner, @Nullable Object parent) {
        StringJoiner conditions = new StringJoiner("");
        if (owner != null) {
            conditions.add(" AND " + ownerColumn + " = ?");
        }
        if (parent != null) {
            conditions.add(" AND " + parentColumn + " = ?");
        }
        return conditions.toString();
    }

    private static String shape(@Nullable Object owner, @Nullable Object parent) {
        return (owner == null ? "-" : "o") + (parent == null ? "-" : "p");
    }

    private static int bindScope(PreparedStatement statement, int index, @Nullable Object owner, @Nullable Object parent)
            throws SQLException {
        int next = index;
        if (owner != null) {
            statement.setObject(next++, owner);
        }
        if (parent != null) {
            statement.setObject(next++, parent);
        }
        return next;
    }

    @FunctionalInterface
    private interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }
}
