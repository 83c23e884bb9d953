package dev.fastkit.core.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a query parameter that a route reads itself (from {@code request.getParameters()}) rather than through a
 * {@code @QueryValue} argument, which is documented without this annotation:
 * <pre>{@code
 * @QueryParameter(name = "include", description = "messages: also answer the latest messages",
 *         allowedValues = "messages")
 * @QueryParameter(name = "messages_limit", type = Integer.class, minimum = 1, maximum = 100, defaultValue = "20")
 * }</pre>
 * Documentation only: the route still validates the value (a wrong one should answer 422).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(QueryParameter.List.class)
public @interface QueryParameter {

    /** @return the parameter's name, exactly as in the query string */
    String name();

    /** @return what the parameter does (CommonMark); empty for none */
    String description() default "";

    /** @return its type: {@code String}, {@code Integer}, {@code Long}, {@code Boolean}, {@code UUID}, ... */
    Class<?> type() default String.class;

    /** @return the only values it takes (an enumeration); empty for any */
    String[] allowedValues() default {};

    /** @return the smallest number it takes; {@link Long#MIN_VALUE} for no bound */
    long minimum() default Long.MIN_VALUE;

    /** @return the largest number it takes; {@link Long#MAX_VALUE} for no bound */
    long maximum() default Long.MAX_VALUE;

    /** @return the value used when it is absent, as text; empty for none */
    String defaultValue() default "";

    /** Several {@link QueryParameter}s on one route. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {

        /** @return the parameters */
        QueryParameter[] value();
    }
}
