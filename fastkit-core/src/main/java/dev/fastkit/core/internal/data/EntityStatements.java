package dev.fastkit.core.internal.data;

import dev.fastkit.core.data.EntityModel;
import dev.fastkit.core.query.ListQueryConfiguration;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.data.event.EntityEventListener;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.runtime.RuntimeEntityRegistry;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;

/**
 * Builds the plain-SQL reads ({@link ScopedQueries}) and writes ({@link EntityWriter}) of an entity from Micronaut
 * Data's runtime entity model.
 */
@Internal
@Singleton
public final class EntityStatements {

    private final JdbcOperations jdbc;
    private final RuntimeEntityRegistry entities;
    private final EntityEventListener<Object> events;
    private final String searchConfiguration;

    EntityStatements(JdbcOperations jdbc, RuntimeEntityRegistry entities, EntityEventListener<Object> events,
                     ListQueryConfiguration lists) {
        this.searchConfiguration = lists.getTextSearchConfiguration();
        this.jdbc = jdbc;
        this.entities = entities;
        this.events = events;
    }

    /**
     * @param entityType     a {@code @MappedEntity} type
     * @param parentProperty the property that holds the parent's id, such as {@code chatId}, or {@code null}
     * @param <T>            The entity type
     * @return the entity's reads, scoped by its {@code @Owner} property and that parent
     */
    public <T> ScopedQueries<T> queries(Class<T> entityType, @Nullable String parentProperty) {
        String owner = EntityModel.of(entityType).owner().map(BeanProperty::getName).orElse(null);
        return new ScopedQueries<>(jdbc, entities.getEntity(entityType), owner, parentProperty, searchConfiguration);
    }

    /**
     * @param entityType a {@code @MappedEntity} type
     * @param repository its repository, which writes entities with more than plain columns
     * @param <T>        The entity type
     * @return the entity's writer
     */
    public <T> EntityWriter<T> writer(Class<T> entityType, CrudRepository<T, ?> repository) {
        return new EntityWriter<>(jdbc, entities.getEntity(entityType), events, repository);
    }
}
