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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the plain-SQL reads ({@link ScopedQueries}) and writes ({@link EntityWriter}) of an entity from Micronaut
 * Data's runtime entity model, and the {@link ResourceStore} that combines them with the repository.
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
     * @param parents     the parent entity types, nearest first
     * @param parentLinks for every parent but the last, its property holding the next parent's id
     * @return the one-statement check of that chain, each level scoped by its {@code @Owner} property
     */
    public ParentChain parentChain(List<Class<?>> parents, List<String> parentLinks) {
        List<ParentChain.Level> levels = new ArrayList<>(parents.size());
        for (int i = 0; i < parents.size(); i++) {
            Class<?> type = parents.get(i);
            String owner = EntityModel.of(type).owner().map(BeanProperty::getName).orElse(null);
            levels.add(new ParentChain.Level(entities.getEntity(type), owner,
                    i < parentLinks.size() ? parentLinks.get(i) : null));
        }
        return new ParentChain(jdbc, levels);
    }

    /**
     * @param entityType a {@code @MappedEntity} type
     * @param <T>        The entity type
     * @return the entity's writer
     */
    public <T> EntityWriter<T> writer(Class<T> entityType) {
        return new EntityWriter<>(jdbc, entities.getEntity(entityType), events);
    }

    /**
     * @param entityType     a {@code @MappedEntity} type
     * @param repository     its repository, which writes what {@link EntityWriter} does not, and deletes
     * @param parentProperty the property that holds the nearest parent's id, or {@code null} for a top-level resource
     * @param parents        the parent entity types, nearest first; empty for a top-level resource
     * @param parentLinks    for every parent but the last, its property holding the next parent's id
     * @param children       the includes by name: the resources embedded as this one's children
     * @param <T>            The entity type
     * @return every read and write of the resource
     */
    public <T> ResourceStore<T> store(Class<T> entityType, CrudRepository<T, ?> repository,
                                      @Nullable String parentProperty, List<Class<?>> parents, List<String> parentLinks,
                                      Map<String, ResourceStore.Child> children) {
        Map<String, ScopedQueries<?>> childQueries = new LinkedHashMap<>();
        children.forEach((name, child) -> childQueries.put(name, queries(child.entityType(), child.parentProperty())));
        return new ResourceStore<>(queries(entityType, parentProperty), writer(entityType), repository,
                parents.isEmpty() ? null : parentChain(parents, parentLinks), childQueries);
    }
}
