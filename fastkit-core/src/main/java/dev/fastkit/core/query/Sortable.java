package dev.fastkit.core.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a read schema as a key of {@code ?sort=}: {@code sort=title} ascending, {@code sort=-title}
 * descending, several comma-separated. The read schema's field must have a persistent property of the same name on
 * the entity. A field not marked {@code @Nullable} in the read schema is taken to be never {@code null}, which lets a
 * cursor page use one row comparison; a nullable one sorts {@code null} last ascending and first descending, as
 * PostgreSQL does.
 *
 * <pre>{@code
 * public record ChatRead(UUID id, @Sortable String title, @Sortable Instant createdAt) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Sortable {
}
