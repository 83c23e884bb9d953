package dev.fastkit.core.internal.data;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.AutoPopulated;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Where;
import io.micronaut.data.event.EntityEventListener;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.naming.NamingStrategy;
import io.micronaut.data.model.runtime.RuntimePersistentEntity;
import io.micronaut.data.model.runtime.RuntimePersistentProperty;
import io.micronaut.data.runtime.event.DefaultEntityEventContext;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes an entity's row with one {@code INSERT} or {@code UPDATE} whose SQL is written once per entity and whose
 * parameters are bound by position: {@code INSERT INTO table (columns) VALUES (?, ...)} and
 * {@code UPDATE table SET column = ?, ..., version = ? WHERE id = ? AND version = ?}.
 *
 * <p>It behaves as Micronaut Data's {@code CrudRepository.save} and {@code update}: Micronaut Data's entity events
 * run around the write (generated UUID ids, {@code @DateCreated}, {@code @DateUpdated}, {@code @Version}, auditing,
 * {@code @PrePersist}/{@code @PreUpdate} methods and any {@link EntityEventListener} bean; a vetoing listener skips
 * the write), an update leaves a column that is not updatable (such as {@code @DateCreated}) as stored, and a
 * versioned row whose version changed meanwhile is not updated and raises {@link OptimisticLockException} (which a
 * {@link dev.fastkit.core.uow.UnitOfWork} retries, then answers 412).
 *
 * <p>The statement and its parameter order are fixed once per entity, where Micronaut Data 4 walks every parameter
 * binding on every call (measured in benchmarks/README.md). It writes only entities with
 * {@linkplain PlainColumns plain columns} and neither a {@code @TenantId} nor a {@code @Where} filter ({@link #isPlain}),
 * and inserts only those whose id the database does not generate ({@link #isPlainInsert}); {@link ResourceStore}
 * hands the others to the repository. Call the methods inside a unit of work:
 * they run on that unit's connection and throw Micronaut Data's {@code DataAccessException} (with the
 * {@link java.sql.SQLException} as its cause) when a statement fails.
 *
 * @param <E> The entity type
 */
@Internal
public final class EntityWriter<E> {

    private final JdbcOperations jdbc;
    private final RuntimePersistentEntity<E> entity;
    private final EntityEventListener<Object> events;
    private final boolean plain;
    private final boolean plainInsert;
    private final String insertSql;
    private final List<RuntimePersistentProperty<E>> insertProperties;
    private final PlainColumns.ParameterWriter[] insertWriters;
    private final String updateSql;
    private final List<RuntimePersistentProperty<E>> setProperties;
    private final PlainColumns.ParameterWriter[] setWriters;
    private final RuntimePersistentProperty<E> id;
    private final PlainColumns.@Nullable ParameterWriter idWriter;
    private final @Nullable RuntimePersistentProperty<E> version;
    private final PlainColumns.@Nullable ParameterWriter versionWriter;
    private final @Nullable RuntimePersistentProperty<?> deleted;
    private final String softDeleteSql;

    /**
     * @param jdbc       the JDBC operations of the default data source
     * @param entity     the entity's runtime model
     * @param events     Micronaut Data's entity events (its {@code EntityEventRegistry})
     */
    public EntityWriter(JdbcOperations jdbc, RuntimePersistentEntity<E> entity, EntityEventListener<Object> events) {
        this.jdbc = jdbc;
        this.entity = entity;
        this.events = events;
        this.id = entity.getIdentity();
        this.version = entity.getVersion();
        this.deleted = SoftDeleteColumn.property(entity);
        this.setProperties = new ArrayList<>();
        for (RuntimePersistentProperty<E> property : entity.getPersistentProperties()) {
            if (!property.isGenerated() && (deleted == null || !property.getName().equals(deleted.getName()))
                    && property.getAnnotationMetadata().booleanValue(AutoPopulated.class, "updateable").orElse(true)) {
                setProperties.add(property);
            }
        }
        if (version != null) {
            setProperties.add(version);
        }
        this.setWriters = setProperties.stream().map(PlainColumns::writer).toArray(PlainColumns.ParameterWriter[]::new);
        this.idWriter = id == null ? null : PlainColumns.writer(id);
        this.versionWriter = version == null ? null : PlainColumns.writer(version);
        this.plain = id != null && idWriter != null && (version == null || versionWriter != null)
                && setProperties.stream().allMatch(property -> PlainColumns.writer(property) != null)
                && entity.getPersistentProperties().stream()
                        .noneMatch(property -> property.getAnnotationMetadata().hasAnnotation(TenantId.class))
                && !entity.getAnnotationMetadata().hasAnnotation(Where.class);
        this.updateSql = plain ? updateSql(entity.getNamingStrategy()) : "";
        this.insertProperties = new ArrayList<>();
        for (RuntimePersistentProperty<E> property : entity.getPersistentProperties()) {
            if (!property.isGenerated()) {
                insertProperties.add(property);
            }
        }
        if (version != null) {
            insertProperties.add(version);
        }
        this.plainInsert = plain && !id.isGenerated()
                && insertProperties.stream().allMatch(property -> PlainColumns.writer(property) != null);
        if (plainInsert) {
            insertProperties.add(id);
        }
        this.insertWriters = insertProperties.stream().map(PlainColumns::writer)
                .toArray(PlainColumns.ParameterWriter[]::new);
        this.insertSql = plainInsert ? insertSql(entity.getNamingStrategy()) : "";
        this.softDeleteSql = deleted == null || id == null ? "" : "UPDATE " + entity.getNamingStrategy().mappedName(entity)
                + " SET " + entity.getNamingStrategy().mappedName(deleted) + " = now() WHERE "
                + entity.getNamingStrategy().mappedName(id) + " = ? AND "
                + entity.getNamingStrategy().mappedName(deleted) + " IS NULL";
    }

    /**
     * Inserts a new entity's row.
     *
     * @param created the new entity, without the values the entity events fill in (a generated UUID id,
     *                {@code @DateCreated}, {@code @DateUpdated}, the first {@code @Version})
     * @return the entity as written, with those values: a new instance for an immutable entity
     * @throws DataAccessException   if the statement fails, such as on a unique or foreign-key violation
     * @throws IllegalStateException if the entity is not {@linkplain #isPlainInsert plain for inserts}
     */
    public E insert(E created) {
        if (!plainInsert) {
            throw new IllegalStateException(entity.getName() + " is not inserted by FastKit's statement");
        }
        DefaultEntityEventContext<Object> context = new DefaultEntityEventContext<>(untyped(), created);
        if (!events.prePersist(context)) {
            return created;
        }
        Object written = context.getEntity();
        jdbc.prepareStatement(insertSql, statement -> {
            for (int i = 0; i < insertWriters.length; i++) {
                insertWriters[i].write(statement, i + 1, insertProperties.get(i).getProperty().get(cast(written)));
            }
            return statement.executeUpdate();
        });
        events.postPersist(context);
        return cast(context.getEntity());
    }

    /**
     * Writes {@code entity}'s updatable columns to its row, found by id (and by its version when it has one).
     *
     * @param updated the entity with its new values and the version it was read with
     * @return the entity as written: a new instance for an immutable entity, with the new version and
     * {@code @DateUpdated} values set by the entity events
     * @throws OptimisticLockException if the entity is versioned and its row's version is no longer the one given
     * @throws DataAccessException     if the statement fails, such as on a unique violation
     * @throws IllegalStateException   if the entity is not {@linkplain #isPlain plain}
     */
    public E update(E updated) {
        if (!plain) {
            throw new IllegalStateException(entity.getName() + " is not updated by FastKit's statement");
        }
        Object previousVersion = version == null ? null : version.getProperty().get(updated);
        DefaultEntityEventContext<Object> context = new DefaultEntityEventContext<>(untyped(), updated);
        if (!events.preUpdate(context)) {
            return updated;
        }
        Object written = context.getEntity();
        int rows = jdbc.prepareStatement(updateSql, statement -> {
            int parameter = 1;
            for (int i = 0; i < setWriters.length; i++) {
                setWriters[i].write(statement, parameter++, setProperties.get(i).getProperty().get(cast(written)));
            }
            idWriter.write(statement, parameter++, id.getProperty().get(cast(written)));
            if (version != null) {
                versionWriter.write(statement, parameter, previousVersion);
            }
            return statement.executeUpdate();
        });
        if (version != null && rows != 1) {
            throw new OptimisticLockException("Execute update returned unexpected row count. Expected: 1 got: " + rows);
        }
        events.postUpdate(context);
        return cast(context.getEntity());
    }

    /**
     * Deletes a {@link dev.fastkit.core.data.SoftDelete} entity's row softly:
     * {@code UPDATE table SET deleted_at = now() WHERE id = ? AND deleted_at IS NULL}, with Micronaut Data's
     * {@code preRemove} and {@code postRemove} events around it (a vetoing listener skips it), as the repository's
     * {@code delete} runs them. It needs no plain columns: only the id is bound.
     *
     * @param removed an entity read within this unit of work
     * @throws IllegalStateException if the entity is not deleted softly
     * @throws DataAccessException   if the statement fails
     */
    public void softDelete(E removed) {
        if (!isSoftDeleted()) {
            throw new IllegalStateException(entity.getName() + " has no @SoftDelete property");
        }
        DefaultEntityEventContext<Object> context = new DefaultEntityEventContext<>(untyped(), removed);
        if (!events.preRemove(context)) {
            return;
        }
        Object idValue = id.getProperty().get(cast(context.getEntity()));
        jdbc.prepareStatement(softDeleteSql, statement -> {
            if (idWriter != null) {
                idWriter.write(statement, 1, idValue);
            } else {
                statement.setObject(1, idValue);
            }
            return statement.executeUpdate();
        });
        events.postRemove(context);
    }

    /** @return whether the entity has a {@link dev.fastkit.core.data.SoftDelete} property, so deletes mark its row */
    public boolean isSoftDeleted() {
        return !softDeleteSql.isEmpty();
    }

    /** @return whether {@link #update} may write this entity: only plain columns, no tenant id, no {@code @Where} */
    public boolean isPlain() {
        return plain;
    }

    /** @return whether {@link #insert} may write this entity: plain, and an id the database does not generate */
    public boolean isPlainInsert() {
        return plainInsert;
    }

    private String insertSql(NamingStrategy naming) {
        return "INSERT INTO " + naming.mappedName(entity) + " ("
                + insertProperties.stream().map(naming::mappedName).collect(Collectors.joining(", ")) + ") VALUES ("
                + insertProperties.stream().map(property -> "?").collect(Collectors.joining(", ")) + ")";
    }

    private String updateSql(NamingStrategy naming) {
        String assignments = setProperties.stream()
                .map(property -> naming.mappedName(property) + " = ?")
                .collect(Collectors.joining(", "));
        return "UPDATE " + naming.mappedName(entity) + " SET " + assignments + " WHERE " + naming.mappedName(id) + " = ?"
                + (version == null ? "" : " AND " + naming.mappedName(version) + " = ?");
    }

    @SuppressWarnings("unchecked")
    private E cast(Object written) {
        return (E) written;
    }

    @SuppressWarnings("unchecked")
    private RuntimePersistentEntity<Object> untyped() {
        return (RuntimePersistentEntity<Object>) (RuntimePersistentEntity<?>) entity;
    }
}
