package dev.fastkit.core.data;

import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;

import java.util.List;

/**
 * A {@link Pageable} addressed by row offset ({@code skip}) and row count ({@code limit}) rather than page number, so
 * that any {@code skip} is allowed, not only multiples of {@code limit}. It never asks Micronaut Data for a total:
 * the caller counts only when it must (see {@link dev.fastkit.core.service.BaseService#list}).
 *
 * @param skip  how many rows to skip, at least 0
 * @param limit how many rows to return at most, at least 1
 * @param sort  the order of the rows; it must end with a unique property for the pages to be stable
 */
public record OffsetPageable(long skip, int limit, Sort sort) implements Pageable {

    @Override
    public int getNumber() {
        return (int) (skip / limit);
    }

    @Override
    public int getSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return skip;
    }

    @Override
    public Sort getSort() {
        return sort;
    }

    @Override
    public boolean requestTotal() {
        return false;
    }

    @Override
    public List<Sort.Order> getOrderBy() {
        return sort.getOrderBy();
    }
}
