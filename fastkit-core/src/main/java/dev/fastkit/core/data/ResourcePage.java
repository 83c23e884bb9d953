package dev.fastkit.core.data;

import java.util.List;

/**
 * One page of a list answer.
 *
 * @param items      the rows of this page, in order
 * @param totalCount how many rows the same query returns without paging; sent as {@code X-Total-Count}
 * @param <T>        The item type
 */
public record ResourcePage<T>(List<T> items, long totalCount) {
}
