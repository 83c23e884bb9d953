package dev.fastkit.core.data;

import io.micronaut.data.repository.CrudRepository;
import io.micronaut.data.repository.jpa.JpaSpecificationExecutor;

/**
 * The repository every FastKit resource declares for its entity: Micronaut Data's CRUD operations plus criteria
 * queries, which FastKit uses to scope every read and write to the caller (owner) and the parent resource.
 *
 * <pre>{@code
 * @JdbcRepository(dialect = Dialect.POSTGRES)
 * public interface ChatRepository extends BaseRepository<Chat, UUID> {
 * }
 * }</pre>
 *
 * @param <E>  The entity type, a {@code @MappedEntity}
 * @param <ID> The type of the entity's {@code @Id}
 */
public interface BaseRepository<E, ID> extends CrudRepository<E, ID>, JpaSpecificationExecutor<E> {
}
