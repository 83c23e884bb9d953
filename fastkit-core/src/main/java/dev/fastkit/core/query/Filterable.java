package dev.fastkit.core.query;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a read schema as a list filter: {@code ?title=Weekend} for {@link FilterOperator#EQ} and
 * {@code ?title[contains]=week} for the other operators. Values are parsed as the field's type (UUID, RFC 3339
 * instant, number, boolean, text); a value that does not parse, or an operator not listed here, is a 422 with the
 * parameter as pointer. The read schema's field must have a persistent property of the same name on the entity.
 *
 * <pre>{@code
 * public record ChatRead(UUID id, @Filterable({EQ, NE, IN, CONTAINS, STARTS_WITH}) String title) {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface Filterable {

    /** @return the operators the field allows; default equality only */
    FilterOperator[] value() default FilterOperator.EQ;
}
