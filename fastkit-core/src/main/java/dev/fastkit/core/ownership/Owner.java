package dev.fastkit.core.ownership;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the entity property that holds the id of the principal who owns the row, such as a chat's {@code userId}.
 *
 * <p>FastKit then fills it from the authenticated principal's name on create, and scopes every read, list, count,
 * update and delete of that resource to the caller's rows: another principal's row answers 404, so its existence is
 * not revealed. The property's type must be convertible from the principal's name (a {@code UUID} for FastKit
 * security's users). No controller or service code is needed for this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Owner {
}
