package dev.fastkit.core.service;

import dev.fastkit.core.data.CountCache;
import dev.fastkit.core.data.EntityModel;
import dev.fastkit.core.data.EntityWriter;
import dev.fastkit.core.data.ScopedQueries;
import dev.fastkit.core.schema.SchemaBinder;
import dev.fastkit.core.uow.UnitOfWork;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.beans.BeanProperty;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.data.event.EntityEventListener;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.model.runtime.RuntimeEntityRegistry;
import io.micronaut.data.repository.CrudRepository;
import jakarta.inject.Singleton;

/**
 * The collaborators every {@link BaseService} needs besides its repository, in one bean so that a service subclass's
 * constructor stays two arguments long and new collaborators do not break it.
 *
 * @param unitOfWork  runs each operation in one transaction
 * @param binder      binds and validates JSON bodies
 * @param conversion  converts path values and principal names to id types
 * @param pagination  list page sizes
 * @param counts      remembered list totals
 * @param jdbc        runs FastKit's scoped reads and updates
 * @param entities    Micronaut Data's runtime entity models
 * @param events      Micronaut Data's entity events, which FastKit's updates run like the repository's
 */
@Singleton
public record ServiceDependencies(UnitOfWork unitOfWork, SchemaBinder binder, ConversionService conversion,
                                  PaginationConfiguration pagination, CountCache counts, JdbcOperations jdbc,
                                  RuntimeEntityRegistry entities, EntityEventListener<Object> events) {

    /**
     * Builds the scoped reads of an entity: its SQL is written once, its rows read by position. A service uses this to
     * read another resource's rows directly, such as a parent embedding its latest children after it has checked the
     * parent itself.
     *
     * @param entityType     a {@code @MappedEntity} type
     * @param parentProperty the property that holds the parent's id, such as {@code chatId}, or {@code null}
     * @param <T>            The entity type
     * @return the entity's reads, scoped by its {@link dev.fastkit.core.ownership.Owner} property and that parent
     */
    public <T> ScopedQueries<T> queries(Class<T> entityType, @Nullable String parentProperty) {
        String owner = EntityModel.of(entityType).owner().map(BeanProperty::getName).orElse(null);
        return new ScopedQueries<>(jdbc, entities.getEntity(entityType), owner, parentProperty);
    }

    /**
     * Builds the update of an entity: its SQL is written once, its parameters bound by position, with Micronaut Data's
     * entity events around it; entities with more than plain columns are written by {@code repository}.
     *
     * @param entityType a {@code @MappedEntity} type
     * @param repository its repository
     * @param <T>        The entity type
     * @return the entity's writer
     */
    public <T> EntityWriter<T> writer(Class<T> entityType, CrudRepository<T, ?> repository) {
        return new EntityWriter<>(jdbc, entities.getEntity(entityType), events, repository);
    }
}
