package dev.fastkit.core.data;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;

import java.util.List;
import java.util.Optional;

/**
 * The reads every FastKit resource makes (one row by id, a page, a count), each scoped by an optional owner and an
 * optional parent: a {@code null} owner or parent means "any". Obtain one from
 * {@link dev.fastkit.core.service.ServiceDependencies#queries}, for instance to embed another resource's rows after
 * the caller's right to the parent was checked. Rows of a {@link SoftDelete} entity that were deleted are left out of
 * every method. Every method runs on the connection of the caller's
 * {@link dev.fastkit.core.uow.UnitOfWork}: call it inside one.
 *
 * @param <E> The entity type
 */
public interface ScopedReads<E> {

    /**
     * {@code SELECT ... WHERE id = ? [AND owner = ?] [AND parent = ?]}.
     *
     * @param id     the id
     * @param owner  the owner to require, or {@code null} for any
     * @param parent the parent id to require, or {@code null} for any
     * @return the row, if it exists within the scope
     */
    Optional<E> findOne(Object id, @Nullable Object owner, @Nullable Object parent);

    /**
     * {@code SELECT ... WHERE scope ORDER BY sort LIMIT ? OFFSET ?}.
     *
     * @param owner  the owner to require, or {@code null} for any
     * @param parent the parent id to require, or {@code null} for any
     * @param sort   the order (entity property names), which should end with a unique property
     * @param offset rows to skip, at least 0
     * @param limit  rows to answer at most, at least 1
     * @return the rows, in order
     */
    List<E> findPage(@Nullable Object owner, @Nullable Object parent, Sort sort, long offset, int limit);

    /**
     * {@code SELECT count(*) WHERE scope}.
     *
     * @param owner  the owner to require, or {@code null} for any
     * @param parent the parent id to require, or {@code null} for any
     * @return the number of rows within the scope
     */
    long count(@Nullable Object owner, @Nullable Object parent);
}
