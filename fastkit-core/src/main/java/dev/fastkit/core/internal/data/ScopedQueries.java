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

import org.postgresql.PGStatement;

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

import dev.fastkit.core.internal.data.ListStatement.Condition;
import dev.fastkit.core.internal.data.ListStatement.OrderKey;
import dev.fastkit.core.internal.data.PlainColumns.ParameterWriter;

/**
 * {@link ScopedReads} as plain SQL written once per entity and query shape and then only bound and run (Micronaut
 * Data's criteria API builds the same SQL anew on every call; see the benchmarks' README, finding on scoped reads). Rows are read by position through
 * {@link EntityRowReader}, which falls back to Micronaut Data's entity mapper for anything but plain columns.
 * Entities must be flat (no embedded values or joined associations), as FastKit entities are. Rows of a
 * {@link dev.fastkit.core.data.SoftDelete} entity whose column is set are left out of every read. Every method runs on
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
    /** {@code " AND deleted_at IS NULL"} for a {@link dev.fastkit.core.data.SoftDelete} entity, else empty. */
    private final String live;
    private final Map<String, String> statements = new ConcurrentHashMap<>();
    private final Map<ListShape, String> listStatements = new ConcurrentHashMap<>();
    private final String searchConfiguration;
    private final int columnCount;

    /**
     * @param jdbc           the JDBC operations of the default data source
     * @param entity         the entity's runtime model
     * @param ownerProperty  the owner property's name, or {@code null}
     * @param parentProperty the parent-id property's name, or {@code null}
     */
    public ScopedQueries(JdbcOperations jdbc, RuntimePersistentEntity<E> entity, @Nullable String ownerProperty,
                         @Nullable String parentProperty) {
        this(jdbc, entity, ownerProperty, parentProperty, "english");
    }

    /**
     * @param jdbc                the JDBC operations of the default data source
     * @param entity              the entity's runtime model
     * @param ownerProperty       the owner property's name, or {@code null}
     * @param parentProperty      the parent-id property's name, or {@code null}
     * @param searchConfiguration the PostgreSQL text search configuration of {@link ListStatement#search()}
     */
    public ScopedQueries(JdbcOperations jdbc, RuntimePersistentEntity<E> entity, @Nullable String ownerProperty,
                         @Nullable String parentProperty, String searchConfiguration) {
        if (!searchConfiguration.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
            throw new IllegalArgumentException("Not a text search configuration name: " + searchConfiguration);
        }
        this.searchConfiguration = searchConfiguration;
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
        this.columnCount = selected.size();
        this.ownerColumn = ownerProperty == null ? null : column(ownerProperty);
        this.parentColumn = parentProperty == null ? null : column(parentProperty);
        String deleted = SoftDeleteColumn.name(entity);
        this.live = deleted == null ? "" : " AND " + deleted + " IS NULL";
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

    /**
     * One page of a list: {@code SELECT ... WHERE scope AND filters [AND search] [AND after the cursor] ORDER BY keys,
     * id LIMIT ? [OFFSET ?]}. The SQL is written once per query shape (keys, operators, the number of values, which
     * cursor values are null) and then only bound; every value is a bound parameter.
     *
     * @param owner     the owner to require, or {@code null} for any
     * @param parent    the parent id to require, or {@code null} for any
     * @param statement what to list
     * @return the rows in order, with their search ranks when ordered by rank
     */
    public ListedRows<E> findList(@Nullable Object owner, @Nullable Object parent, ListStatement statement) {
        ListShape shape = ListShape.of(statement, owner, parent, false);
        SqlWriter writer = new SqlWriter(!listStatements.containsKey(shape));
        writer.text("SELECT ").text(columns);
        if (statement.rankOrder()) {
            writer.text(", ");
            rank(writer, statement);
        }
        writer.text(" FROM ").text(table);
        conditions(writer, owner, parent, statement);
        if (statement.after() != null) {
            writer.text(" AND ");
            keyset(writer, statement);
        }
        writer.text(" ORDER BY ");
        List<OrderKey> keys = orderKeys(statement);
        for (int i = 0; i < keys.size(); i++) {
            writer.text(i == 0 ? "" : ", ");
            key(writer, keys.get(i), statement);
            writer.text(keys.get(i).descending() ? " DESC" : " ASC");
        }
        writer.text(" LIMIT ").param(statement.limit(), OBJECT_WRITER);
        if (statement.after() == null) {
            writer.text(" OFFSET ").param(statement.offset(), OBJECT_WRITER);
        }
        String sql = writer.sql(shape, listStatements);
        boolean ranked = statement.rankOrder();
        int rankColumn = columnCount + 1;
        return run(sql, prepared -> {
            planWithValuesIfSearching(prepared, statement);
            writer.bind(prepared);
            List<E> rows = new ArrayList<>(statement.limit());
            List<Float> ranks = ranked ? new ArrayList<>(statement.limit()) : null;
            try (ResultSet result = prepared.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                    if (ranks != null) {
                        ranks.add(result.getFloat(rankColumn));
                    }
                }
            }
            return new ListedRows<>(rows, ranks);
        });
    }

    /**
     * {@code SELECT count(*) WHERE scope AND filters [AND search]}: the rows a list matches, cursor and paging aside.
     *
     * @param owner     the owner to require, or {@code null} for any
     * @param parent    the parent id to require, or {@code null} for any
     * @param statement what is listed
     * @return the number of matching rows
     */
    public long countList(@Nullable Object owner, @Nullable Object parent, ListStatement statement) {
        ListShape shape = ListShape.of(statement, owner, parent, true);
        SqlWriter writer = new SqlWriter(!listStatements.containsKey(shape));
        writer.text("SELECT count(*) FROM ").text(table);
        conditions(writer, owner, parent, statement);
        String sql = writer.sql(shape, listStatements);
        return run(sql, prepared -> {
            planWithValuesIfSearching(prepared, statement);
            writer.bind(prepared);
            try (ResultSet result = prepared.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    /**
     * @param searchProperties searched text properties
     * @return the searched document, as a GIN index must spell it
     */
    public String searchDocument(List<String> searchProperties) {
        return "to_tsvector('" + searchConfiguration + "', " + searchProperties.stream()
                .map(property -> "coalesce(" + column(property) + ", '')")
                .collect(Collectors.joining(" || ' ' || ")) + ")";
    }

    private void conditions(SqlWriter writer, @Nullable Object owner, @Nullable Object parent,
                            ListStatement statement) {
        writer.text(" WHERE TRUE").text(live);
        if (owner != null) {
            writer.text(" AND ").text(ownerColumn).text(" = ").param(owner, OBJECT_WRITER);
        }
        if (parent != null) {
            writer.text(" AND ").text(parentColumn).text(" = ").param(parent, OBJECT_WRITER);
        }
        for (Condition condition : statement.conditions()) {
            writer.text(" AND ");
            condition(writer, condition);
        }
        if (statement.search() != null) {
            writer.text(" AND ").text(searchDocument(statement.searchProperties())).text(" @@ ");
            searchQuery(writer, statement);
        }
    }

    private void condition(SqlWriter writer, Condition condition) {
        String column = column(condition.property());
        ParameterWriter bind = parameterWriter(condition.property());
        Object value = condition.values().get(0);
        switch (condition.operator()) {
            case EQ -> writer.text(column).text(" = ").param(value, bind);
            case NE -> writer.text(column).text(condition.nullable() ? " IS DISTINCT FROM " : " <> ").param(value, bind);
            case LT -> writer.text(column).text(" < ").param(value, bind);
            case LTE -> writer.text(column).text(" <= ").param(value, bind);
            case GT -> writer.text(column).text(" > ").param(value, bind);
            case GTE -> writer.text(column).text(" >= ").param(value, bind);
            case IN -> {
                writer.text(column).text(" IN (");
                for (int i = 0; i < condition.values().size(); i++) {
                    writer.text(i == 0 ? "" : ", ").param(condition.values().get(i), bind);
                }
                writer.text(")");
            }
            case CONTAINS -> writer.text(column).text(" ILIKE ")
                    .param("%" + likeLiteral((String) value) + "%", OBJECT_WRITER).text(" ESCAPE '\\'");
            case STARTS_WITH -> writer.text(column).text(" ILIKE ")
                    .param(likeLiteral((String) value) + "%", OBJECT_WRITER).text(" ESCAPE '\\'");
            case NULL -> writer.text(column).text(Boolean.TRUE.equals(value) ? " IS NULL" : " IS NOT NULL");
            default -> throw new IllegalStateException("Unknown operator " + condition.operator());
        }
    }

    private void searchQuery(SqlWriter writer, ListStatement statement) {
        writer.text("websearch_to_tsquery('").text(searchConfiguration).text("', ")
                .param(statement.search(), OBJECT_WRITER).text(")");
    }

    private void rank(SqlWriter writer, ListStatement statement) {
        writer.text("ts_rank(").text(searchDocument(statement.searchProperties())).text(", ");
        searchQuery(writer, statement);
        writer.text(")");
    }

    /** Writes a sort key's expression: its column, or the search rank (which binds the search text again). */
    private void key(SqlWriter writer, OrderKey key, ListStatement statement) {
        if (key.property() == null) {
            rank(writer, statement);
        } else {
            writer.text(column(key.property()));
        }
    }

    /** The keys in order, the rank as a key without a property, the id last in the last key's direction. */
    private List<OrderKey> orderKeys(ListStatement statement) {
        List<OrderKey> keys = new ArrayList<>(statement.rankOrder()
                ? List.of(new OrderKey(null, true, false)) : statement.order());
        boolean descending = !keys.isEmpty() && keys.get(keys.size() - 1).descending();
        keys.add(new OrderKey(entity.getIdentity().getName(), descending, false));
        return keys;
    }

    /**
     * Rows after the cursor in the list's order, nulls sorting as PostgreSQL sorts them (last ascending, first
     * descending): one row comparison {@code (a, b, id) > (?, ?, ?)} when every key runs one way and none is null,
     * which an index on those columns serves as a range; otherwise the expanded form, led by a bound on the first key.
     */
    private void keyset(SqlWriter writer, ListStatement statement) {
        List<OrderKey> keys = orderKeys(statement);
        List<Object> after = statement.after();
        boolean oneWay = keys.stream().allMatch(key -> key.descending() == keys.get(0).descending());
        boolean noNulls = keys.stream().noneMatch(OrderKey::nullable) && after.stream().allMatch(v -> v != null);
        if (oneWay && noNulls) {
            writer.text("(");
            for (int i = 0; i < keys.size(); i++) {
                writer.text(i == 0 ? "" : ", ");
                key(writer, keys.get(i), statement);
            }
            writer.text(keys.get(0).descending() ? ") < (" : ") > (");
            for (int i = 0; i < keys.size(); i++) {
                writer.text(i == 0 ? "" : ", ").param(after.get(i), keyWriter(keys.get(i)));
            }
            writer.text(")");
            return;
        }
        OrderKey first = keys.get(0);
        if (after.get(0) != null && (first.descending() || !first.nullable())) {
            key(writer, first, statement);
            writer.text(first.descending() ? " <= " : " >= ").param(after.get(0), keyWriter(first)).text(" AND ");
        }
        writer.text("(");
        for (int i = 0; i < keys.size(); i++) {
            writer.text(i == 0 ? "(" : " OR (");
            for (int j = 0; j < i; j++) {
                equal(writer, keys.get(j), after.get(j), statement);
                writer.text(" AND ");
            }
            beyond(writer, keys.get(i), after.get(i), statement);
            writer.text(")");
        }
        writer.text(")");
    }

    private void equal(SqlWriter writer, OrderKey key, @Nullable Object value, ListStatement statement) {
        key(writer, key, statement);
        if (value == null) {
            writer.text(" IS NULL");
        } else {
            writer.text(" = ").param(value, keyWriter(key));
        }
    }

    /** Rows beyond {@code value} on one key, in its direction; {@code null} is beyond everything ascending. */
    private void beyond(SqlWriter writer, OrderKey key, @Nullable Object value, ListStatement statement) {
        if (!key.descending() && value == null) {
            writer.text("FALSE");
            return;
        }
        boolean orNull = !key.descending() && key.nullable();
        writer.text(orNull ? "(" : "");
        key(writer, key, statement);
        if (value == null) {
            writer.text(" IS NOT NULL");
        } else {
            writer.text(key.descending() ? " < " : " > ").param(value, keyWriter(key));
        }
        if (orNull) {
            writer.text(" OR ").text(column(key.property())).text(" IS NULL)");
        }
    }

    private ParameterWriter keyWriter(OrderKey key) {
        return key.property() == null
                ? (statement, index, value) -> statement.setFloat(index, (Float) value)
                : parameterWriter(key.property());
    }

    private ParameterWriter parameterWriter(String property) {
        RuntimePersistentProperty<E> persistent = entity.getPropertyByName(property);
        if (persistent == null && entity.getIdentity().getName().equals(property)) {
            persistent = entity.getIdentity();
        }
        ParameterWriter writer = persistent == null ? null : PlainColumns.writer(persistent);
        return writer != null ? writer : (statement, index, value) -> statement.setObject(index,
                value instanceof Enum<?> constant ? constant.name() : value);
    }

    private static String likeLiteral(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** @return whether rows are read by FastKit's positional reader rather than Micronaut Data's mapper */
    public boolean isPlain() {
        return reader.isPlain();
    }

    /**
     * A search is planned with its values on every execution: as a server-side prepared statement (pgjdbc's default
     * after five executions) PostgreSQL may switch to its generic plan, which estimates the parent key at the average
     * parent's share and, for a parent that holds most rows, reads all of them (benchmarks/README.md, finding 24).
     */
    private static void planWithValuesIfSearching(PreparedStatement prepared, ListStatement statement)
            throws SQLException {
        if (statement.search() != null && prepared.isWrapperFor(PGStatement.class)) {
            prepared.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
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
        RuntimePersistentProperty<E> persistent = entity.getIdentity().getName().equals(property)
                ? entity.getIdentity() : entity.getPropertyByName(property);
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
        return conditions.add(live).toString();
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

    private static final ParameterWriter OBJECT_WRITER = PreparedStatement::setObject;

    /** The rows of one list page and, when it is ordered by search rank, each row's rank. */
    public record ListedRows<E>(List<E> rows, @Nullable List<Float> ranks) {
    }

    /** What decides a list statement's SQL text: everything but the bound values. */
    private record ListShape(List<OrderKey> order, boolean rankOrder, List<List<Object>> conditions, boolean search,
                             @Nullable List<Boolean> afterNulls, boolean owner, boolean parent, boolean count) {

        static ListShape of(ListStatement statement, @Nullable Object owner, @Nullable Object parent, boolean count) {
            List<List<Object>> conditions = statement.conditions().stream()
                    .map(condition -> List.<Object>of(condition.property(), condition.operator(),
                            condition.operator() == dev.fastkit.core.query.FilterOperator.NULL
                                    ? condition.values().get(0) : condition.values().size(), condition.nullable()))
                    .toList();
            List<Boolean> afterNulls = count || statement.after() == null ? null
                    : statement.after().stream().map(value -> value == null).toList();
            return new ListShape(count ? List.of() : statement.order(), !count && statement.rankOrder(), conditions,
                    statement.search() != null, afterNulls, owner != null, parent != null, count);
        }
    }

    /**
     * Writes a statement's SQL text (only when {@code writing}: the text of a known shape is cached) and collects its
     * parameters in order.
     */
    private static final class SqlWriter {

        private final @Nullable StringBuilder sql;
        private final List<Object> values = new ArrayList<>();
        private final List<ParameterWriter> writers = new ArrayList<>();

        SqlWriter(boolean writing) {
            this.sql = writing ? new StringBuilder(256) : null;
        }

        SqlWriter text(String text) {
            if (sql != null) {
                sql.append(text);
            }
            return this;
        }

        SqlWriter param(Object value, ParameterWriter writer) {
            text("?");
            values.add(value);
            writers.add(writer);
            return this;
        }

        String sql(ListShape shape, Map<ListShape, String> cache) {
            return sql == null ? cache.get(shape) : cache.computeIfAbsent(shape, key -> sql.toString());
        }

        void bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                writers.get(i).write(statement, i + 1, values.get(i));
            }
        }
    }

    @FunctionalInterface
    private interface Statement<T> {
        T run(PreparedStatement statement) throws SQLException;
    }
}
