package dev.fastkit.core.data;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the entity property that records when its row was deleted, such as {@code @SoftDelete @Nullable Instant
 * deletedAt} on a nullable {@code deleted_at} column: the resource is then deleted softly.
 *
 * <p>The generated {@code DELETE} sets the column to the transaction's {@code now()} instead of removing the row
 * (204; a second {@code DELETE} is a 404), with Micronaut Data's remove events around it as for a hard delete. Every
 * read FastKit makes leaves rows whose column is set out: {@code GET}, lists and {@code X-Total-Count}, includes,
 * the parent checks of nested resources (a child under a deleted parent is a 404) and the row a {@code PUT} or
 * {@code PATCH} locks (404); updates never write the column. The repository's own methods ({@code findById},
 * {@code findAll}, {@code count}, finders you declare) know nothing of it and still see deleted rows.
 *
 * <p>A unique constraint that should not block re-creating a deleted row is a partial unique index,
 * {@code CREATE UNIQUE INDEX ... ON boards (owner_id, name) WHERE deleted_at IS NULL}; list indexes may carry the same
 * condition. The property's type is {@link java.time.Instant}, {@link java.time.OffsetDateTime} or
 * {@link java.time.LocalDateTime}, and an entity has at most one such property.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface SoftDelete {
}
