package dev.fastkit.core.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The order of a list request without {@code ?sort=} (and without {@code ?q=}), in the syntax of {@code sort}:
 * {@code @DefaultSort("-created_at")} on a read schema lists newest first. The id always breaks ties, in the
 * direction of the last key. Without this annotation a resource lists oldest first by its entity's
 * {@code @DateCreated} property, or by id.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DefaultSort {

    /** @return comma-separated JSON field names, each optionally prefixed by {@code -} for descending */
    String value();
}
