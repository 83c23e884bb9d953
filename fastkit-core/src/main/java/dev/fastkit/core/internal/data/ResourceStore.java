package dev.fastkit.core.internal.data;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every read and write a {@code BaseService} makes of its entity, and of its parents and included children, in one
 * place: the scoped reads are plain SQL ({@link ScopedQueries}, whose rows fall back to Micronaut Data's mapper for an
 * entity that is not plain), inserts and updates are FastKit's own statements ({@link EntityWriter}) where the entity
 * has only plain columns and the repository's {@code save} and {@code update} otherwise, and deletes are the
 * repository's {@code delete}, or FastKit's {@code UPDATE ... SET deleted_at = now()} for a
 * {@link dev.fastkit.core.data.SoftDelete} entity, whose deleted rows every read here leaves out. Each operation runs
 * exactly one statement (a parent chain check, one more).
 *
 * <p>Call every method inside a {@link dev.fastkit.core.uow.UnitOfWork}: they run on its connection.
 *
 * @param <E> The entity type
 */
@Internal
public final class ResourceStore<E> {

    private final ScopedQueries<E> queries;
    private final EntityWriter<E> writer;
    private final CrudRepository<E, ?> repository;
    private final @Nullable ParentChain parents;
    private final Map<String, ScopedQueries<?>> children;

    /**
     * A resource embedded as another's children (an include), scoped by the property that holds the parent's id.
     *
     * @param entityType     the child entity type
     * @param parentProperty the child's property holding the parent's id
     */
    public record Child(Class<?> entityType, String parentProperty) {
    }

    ResourceStore(ScopedQueries<E> queries, EntityWriter<E> writer, CrudRepository<E, ?> repository,
                  @Nullable ParentChain parents, Map<String, ScopedQueries<?>> children) {
        this.queries = queries;
        this.writer = writer;
        this.repository = repository;
        this.parents = parents;
        this.children = Map.copyOf(children);
    }

    /**
     * @param id     the id
     * @param owner  the owner to require, or {@code null} for any
     * @param parent the parent id to require, or {@code null} for any
     * @return the row, if it exists within the scope
     */
    public Optional<E> find(Object id, @Nullable Object owner, @Nullable Object parent) {
        return queries.findOne(id, owner, parent);
    }

    /**
     * Reads the row a write is about to change and locks it ({@code FOR UPDATE}) until the transaction ends.
     *
     * @param id     the id
     * @param owner  the owner to require, or {@code null} for any
     * @param parent the parent id to require, or {@code null} for any
     * @return the row, if it exists within the scope
     */
    public Optional<E> findForUpdate(Object id, @Nullable Object owner, @Nullable Object parent) {
        return queries.findOneForUpdate(id, owner, parent);
    }

    /**
     * @param ids    each parent's id, nearest first
     * @param owners each parent's owner, nearest first, or {@code null} for system work (see {@link ParentChain})
     * @return whether the whole chain of parents exists, is linked and belongs to its owners
     * @throws IllegalStateException if the resource has no parent
     */
    public boolean parentsExist(List<Object> ids, @Nullable List<Object> owners) {
        if (parents == null) {
            throw new IllegalStateException("A top-level resource has no parents to check");
        }
        return parents.exists(ids, owners);
    }

    /**
     * @param owner     the owner to require, or {@code null} for any
     * @param parent    the parent id to require, or {@code null} for any
     * @param statement what to list
     * @return one page of rows (see {@link ScopedQueries#findList})
     */
    public ScopedQueries.ListedRows<E> list(@Nullable Object owner, @Nullable Object parent, ListStatement statement) {
        return queries.findList(owner, parent, statement);
    }

    /**
     * @param owner     the owner to require, or {@code null} for any
     * @param parent    the parent id to require, or {@code null} for any
     * @param statement what is listed
     * @return the number of rows the list matches, paging aside
     */
    public long count(@Nullable Object owner, @Nullable Object parent, ListStatement statement) {
        return queries.countList(owner, parent, statement);
    }

    /**
     * @param include  the include's name, as given to {@link EntityStatements#store}
     * @param parentId this resource's id, whose children are read (the caller has checked its right to it)
     * @param order    the children's order, ending with a unique property
     * @param limit    the most children to read
     * @return the children, in order
     */
    public List<?> children(String include, Object parentId, Sort order, int limit) {
        ScopedQueries<?> child = children.get(include);
        if (child == null) {
            throw new IllegalArgumentException("No include " + include);
        }
        return child.findPage(null, parentId, order, 0, limit);
    }

    /**
     * @param created a new entity
     * @return the entity as inserted, with its generated values
     */
    public E insert(E created) {
        return writer.isPlainInsert() ? writer.insert(created) : repository.save(created);
    }

    /**
     * @param updated an entity with its new values and the version it was read with
     * @return the entity as written, with its new version
     * @throws io.micronaut.data.exceptions.OptimisticLockException if its version changed meanwhile
     */
    public E update(E updated) {
        return writer.isPlain() ? writer.update(updated) : repository.update(updated);
    }

    /**
     * Deletes a row: marks it for a {@link dev.fastkit.core.data.SoftDelete} entity (whichever path writes its
     * updates), else the repository's {@code delete}.
     *
     * @param entity an entity read within this unit of work
     */
    public void delete(E entity) {
        if (writer.isSoftDeleted()) {
            writer.softDelete(entity);
        } else {
            repository.delete(entity);
        }
    }

    /**
     * @param searchProperties searched text properties
     * @return the searched document, as a GIN index must spell it
     */
    public String searchDocument(List<String> searchProperties) {
        return queries.searchDocument(searchProperties);
    }
}
