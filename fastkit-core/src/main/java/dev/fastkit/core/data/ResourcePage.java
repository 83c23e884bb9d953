package dev.fastkit.core.data;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One page of a list answer.
 *
 * @param items      the rows of this page, in order
 * @param totalCount how many rows the same query matches without paging, sent as {@code X-Total-Count}; {@code null}
 *                   when the client asked for no count ({@code Prefer: count=none})
 * @param nextCursor the position after this page's last row, for {@code Link: rel="next"}; {@code null} on the last
 *                   page
 * @param <T>        The item type
 */
public record ResourcePage<T>(List<T> items, @Nullable Long totalCount, @Nullable String nextCursor) {

    /**
     * @param items      the rows of this page
     * @param totalCount how many rows the unpaged query matches
     */
    public ResourcePage(List<T> items, long totalCount) {
        this(items, (Long) totalCount, null);
    }
}
