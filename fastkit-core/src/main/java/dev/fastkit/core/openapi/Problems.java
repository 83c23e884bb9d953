package dev.fastkit.core.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Problem answers a route gives besides those the OpenAPI document derives from the route itself (401 unless
 * anonymous, 404 with path variables, 400/413/415/422 with a body, 409 for JSON writes, 412 with {@code If-Match},
 * 422 with query parameters, 503 always), such as the 401 of an anonymous route that checks a cookie:
 * <pre>{@code
 * @Post("/refresh")
 * @Secured(SecurityRule.IS_ANONYMOUS)
 * @Problems(401)
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Problems {

    /** @return the statuses: any of 400, 401, 404, 409, 412, 413, 415, 422 and 503 */
    int[] value();
}
