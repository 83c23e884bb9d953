package dev.fastkit.core.data;

import io.micronaut.data.repository.CrudRepository;

/**
 * The repository every FastKit resource declares for its entity: Micronaut Data's {@link CrudRepository}.
 *
 * <pre>{@code
 * @JdbcRepository(dialect = Dialect.POSTGRES)
 * public interface ChatRepository extends BaseRepository<Chat, UUID> {
 * }
 * }</pre>
 *
 * <p>The generated routes read with FastKit's own scoped SQL, not with this repository, and write with FastKit's own
 * statements where the entity has only plain columns. They call the repository for exactly these methods:
 * {@link #save} (a create of an entity FastKit cannot insert itself: a database-generated id, or a column that is not
 * plain), {@link #update} (an update of an entity with a column that is not plain) and {@link #delete} (a hard delete).
 * Finders and queries declared on a subclass are never called by the generated routes; a service subclass calls them
 * itself ({@code BaseService.repository()}), from a hook or a route of its own.
 *
 * @param <E>  The entity type, a {@code @MappedEntity}
 * @param <ID> The type of the entity's {@code @Id}
 */
public interface BaseRepository<E, ID> extends CrudRepository<E, ID> {
}
