package dev.fastkit.core.query;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * One list request, parsed and checked against the resource's declaration ({@link Sortable}, {@link Filterable},
 * {@link Searchable}, {@link DefaultSort}): what {@code GET /resources?...} asks for. Field names are the read schema's
 * JSON names. {@link dev.fastkit.core.web.BaseController} parses it from the query string; a service may also build
 * one, for instance {@code ListQuery.page(0, 20)}.
 *
 * @param sort    the order asked for; empty for the resource's default order (or, with a search, best match first)
 * @param filters conditions that every listed row meets, combined with AND
 * @param search  a full-text query in {@code websearch_to_tsquery} syntax, or {@code null}
 * @param fields  the sparse fieldset (the id is always kept), or {@code null} for every field
 * @param cursor  the opaque position of a {@code Link: rel="next"} page, or {@code null} for an offset page
 * @param skip    rows to skip, 0 with a cursor
 * @param limit   rows to answer at most
 * @param counted whether to count the matching rows for {@code X-Total-Count} ({@code false} for
 *                {@code Prefer: count=none})
 */
public record ListQuery(List<SortKey> sort, List<Filter> filters, @Nullable String search,
                        @Nullable List<String> fields, @Nullable String cursor, long skip, int limit,
                        boolean counted) {

    /** Copies the lists, so the query does not change under its user. */
    public ListQuery {
        sort = List.copyOf(sort);
        filters = List.copyOf(filters);
        fields = fields == null ? null : List.copyOf(fields);
    }

    /**
     * @param skip  rows to skip
     * @param limit rows to answer at most
     * @return an offset page in the default order, counted, without filters
     */
    public static ListQuery page(long skip, int limit) {
        return new ListQuery(List.of(), List.of(), null, null, null, skip, limit, true);
    }

    /**
     * One key of the order.
     *
     * @param field      a sortable field's JSON name
     * @param descending whether it sorts descending ({@code -field})
     */
    public record SortKey(String field, boolean descending) {

        /**
         * @param key a key as written in {@code sort}, such as {@code -created_at}
         * @return the key
         */
        public static SortKey parse(String key) {
            return key.startsWith("-") ? new SortKey(key.substring(1), true) : new SortKey(key, false);
        }

        @Override
        public String toString() {
            return (descending ? "-" : "") + field;
        }
    }

    /**
     * One condition.
     *
     * @param field    a filterable field's JSON name
     * @param operator the operator
     * @param values   the values, parsed as the field's type: one, or several for {@link FilterOperator#IN}; for
     *                 {@link FilterOperator#NULL} one {@link Boolean}
     */
    public record Filter(String field, FilterOperator operator, List<Object> values) {

        /** Copies the values. */
        public Filter {
            values = List.copyOf(values);
        }
    }
}
