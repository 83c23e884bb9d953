package dev.fastkit.core.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a read schema as searched by {@code ?q=}: PostgreSQL full-text search, the query in
 * {@code websearch_to_tsquery} syntax, ranked by {@code ts_rank} when the request gives no {@code sort}.
 *
 * <p>The searched document of a resource is its searchable columns, in declaration order, as
 * {@code to_tsvector('<configuration>', coalesce(a, '') || ' ' || coalesce(b, ''))}, where the configuration is
 * {@code fastkit.lists.text-search-configuration} ({@code english} by default). A GIN index on exactly that expression
 * serves the search; the server logs the expression for each resource at start-up (DEBUG,
 * {@code dev.fastkit.core.query}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Searchable {
}
