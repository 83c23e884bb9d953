package dev.fastkit.core.internal.data;

import dev.fastkit.core.query.FilterOperator;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A list request in terms of the entity: what {@link ScopedQueries#findList} and {@link ScopedQueries#countList} turn
 * into one SQL statement. Property names are the entity's.
 *
 * @param order            the sort keys, without the id (FastKit appends it, in the last key's direction); ignored
 *                         when {@code rankOrder}
 * @param rankOrder        whether to order by search rank, best first (a search without a sort)
 * @param conditions       the filters, combined with AND
 * @param search           a {@code websearch_to_tsquery} text, or {@code null}
 * @param searchProperties the searched text properties, in order
 * @param after            the cursor: the last row's values of every order key, then its id (with {@code rankOrder}:
 *                         its rank, then its id); {@code null} for an offset page
 * @param offset           rows to skip (0 with a cursor)
 * @param limit            rows to answer at most
 */
@Internal
public record ListStatement(List<OrderKey> order, boolean rankOrder, List<Condition> conditions,
                            @Nullable String search, List<String> searchProperties, @Nullable List<Object> after,
                            long offset, int limit) {

    /**
     * One sort key.
     *
     * @param property   the entity property
     * @param descending whether it sorts descending
     * @param nullable   whether its value may be {@code null} (sorted last ascending, first descending)
     */
    public record OrderKey(String property, boolean descending, boolean nullable) {
    }

    /**
     * One filter.
     *
     * @param property the entity property
     * @param operator the operator
     * @param values   its typed values ({@link FilterOperator#NULL}: one Boolean)
     * @param nullable whether the property may be {@code null} ({@code ne} then keeps null rows)
     */
    public record Condition(String property, FilterOperator operator, List<Object> values, boolean nullable) {
    }
}
