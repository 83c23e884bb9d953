package dev.fastkit.core.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the schema of a route's request body where the route binds it as a {@code JsonNode} (for strict binding,
 * see {@link dev.fastkit.core.schema.SchemaBinder}), so that the OpenAPI document shows the real shape:
 * <pre>{@code
 * @Post("/signup")
 * @RequestSchema(UserCreate.class)
 * public HttpResponse<Token> signup(@Body JsonNode body) { ... }
 * }</pre>
 * The routes of {@link dev.fastkit.core.web.BaseController} need none: their bodies come from its type arguments.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequestSchema {

    /** @return the body's schema, a {@code @Serdeable} record */
    Class<?> value();
}
