package dev.fastkit.core.query;

import java.util.Arrays;
import java.util.Optional;

/**
 * The operators of a list filter, written {@code field[op]=value} in a query ({@code field=value} for {@link #EQ}).
 */
public enum FilterOperator {
    /** Equal: {@code title=Weekend}. */
    EQ("eq"),
    /** Not equal: {@code title[ne]=Weekend}. */
    NE("ne"),
    /** Less than: {@code created_at[lt]=2026-11-01T00:00:00Z}. */
    LT("lt"),
    /** Less than or equal. */
    LTE("lte"),
    /** Greater than. */
    GT("gt"),
    /** Greater than or equal. */
    GTE("gte"),
    /** One of comma-separated values: {@code emoji[in]=👍,🎉}. */
    IN("in"),
    /** Text containing the value, case-insensitively; {@code %} and {@code _} match themselves. */
    CONTAINS("contains"),
    /** Text starting with the value, case-insensitively; {@code %} and {@code _} match themselves. */
    STARTS_WITH("starts_with"),
    /** {@code true}: the field is null; {@code false}: it is not. */
    NULL("null");

    private final String token;

    FilterOperator(String token) {
        this.token = token;
    }

    /** @return the operator as written between brackets in a query, such as {@code starts_with} */
    public String token() {
        return token;
    }

    /**
     * @param token an operator as written in a query
     * @return the operator, if there is one of that name
     */
    public static Optional<FilterOperator> ofToken(String token) {
        return Arrays.stream(values()).filter(operator -> operator.token.equals(token)).findFirst();
    }

    /** @return whether the operator compares text (and so needs a text field) */
    public boolean isTextMatch() {
        return this == CONTAINS || this == STARTS_WITH;
    }
}
