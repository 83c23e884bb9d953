package dev.fastkit.core.internal.data;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.naming.NamingStrategy;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The check of a nested resource's parents, nearest first, in one statement: each parent by its id, joined to the next
 * by the link column, each owned level to its owner when one is given:
 * <pre>{@code
 * SELECT 1 FROM messages p0 JOIN chats p1 ON p1.id = p0.chat_id
 * WHERE p0.id = ? AND p0.user_id = ? AND p1.id = ? AND p1.user_id = ?
 * }</pre>
 * A {@link dev.fastkit.core.data.SoftDelete} parent must not be deleted ({@code AND p0.deleted_at IS NULL}). The SQL
 * is written once (with and without owners) and then only bound. Run it inside the caller's
 * {@link dev.fastkit.core.uow.UnitOfWork}.
 */
@Internal
public final class ParentChain {

    private final JdbcOperations jdbc;
    private final List<Level> levels;
    private final String ownedSql;
    private final String unownedSql;

    /**
     * One parent of the chain.
     *
     * @param entity     its runtime model
     * @param owner      its {@code @Owner} property's name, or {@code null}
     * @param parentLink the property on this entity that holds the next (further) parent's id, or {@code null} for the
     *                   last level
     */
    public record Level(RuntimePersistentEntity<?> entity, @Nullable String owner, @Nullable String parentLink) {
    }

    /**
     * @param jdbc   the JDBC operations of the default data source
     * @param levels the parents, nearest first; every level but the last names its {@code parentLink}
     */
    public ParentChain(JdbcOperations jdbc, List<Level> levels) {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("A parent chain needs at least one parent");
        }
        this.jdbc = jdbc;
        this.levels = List.copyOf(levels);
        this.ownedSql = sql(true);
        this.unownedSql = sql(false);
    }

    private String sql(boolean owned) {
        StringBuilder from = new StringBuilder("SELECT 1 FROM ");
        StringBuilder where = new StringBuilder(" WHERE ");
        for (int i = 0; i < levels.size(); i++) {
            Level level = levels.get(i);
            NamingStrategy naming = level.entity().getNamingStrategy();
            String alias = "p" + i;
            String table = naming.mappedName(level.entity());
            if (i == 0) {
                from.append(table).append(' ').append(alias);
            } else {
                Level nearer = levels.get(i - 1);
                from.append(" JOIN ").append(table).append(' ').append(alias).append(" ON ").append(alias).append('.')
                        .append(naming.mappedName(level.entity().getIdentity())).append(" = p").append(i - 1)
                        .append('.').append(column(nearer.entity(), nearer.parentLink()));
            }
            where.append(i == 0 ? "" : " AND ").append(alias).append('.')
                    .append(naming.mappedName(level.entity().getIdentity())).append(" = ?");
            String deleted = SoftDeleteColumn.name(level.entity());
            if (deleted != null) {
                where.append(" AND ").append(alias).append('.').append(deleted).append(" IS NULL");
            }
            if (owned && level.owner() != null) {
                where.append(" AND ").append(alias).append('.').append(column(level.entity(), level.owner()))
                        .append(" = ?");
            }
        }
        return from.append(where).toString();
    }

    private static String column(RuntimePersistentEntity<?> entity, @Nullable String property) {
        RuntimePersistentProperty<?> persistent = property == null ? null : entity.getPropertyByName(property);
        if (persistent == null) {
            throw new IllegalArgumentException(entity.getName() + " has no persistent property " + property);
        }
        return entity.getNamingStrategy().mappedName(persistent);
    }

    /**
     * @param ids    each level's id, nearest first, converted to the id type
     * @param owners each level's owner, nearest first, converted to its owner type; {@code null} for system work,
     *               where no level's owner is checked. Entries of levels without an owner are ignored
     * @return whether every parent exists, is linked to the next, and belongs to its owner
     */
    public boolean exists(List<Object> ids, @Nullable List<Object> owners) {
        String sql = owners == null ? unownedSql : ownedSql;
        return jdbc.prepareStatement(sql, statement -> {
            try {
                int index = 1;
                for (int i = 0; i < levels.size(); i++) {
                    statement.setObject(index++, ids.get(i));
                    if (owners != null && levels.get(i).owner() != null) {
                        statement.setObject(index++, owners.get(i));
                    }
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            } catch (SQLException e) {
                throw new DataAccessException("Parent check on " + levels.get(0).entity().getName() + " failed", e);
            }
        });
    }
}
