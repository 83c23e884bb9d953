package dev.fastkit.core.web;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The defaults of {@link BaseController}'s generated routes for a route a subclass adds or overrides, in one
 * annotation: an authenticated principal is required ({@code @Secured(IS_AUTHENTICATED)}: 401 without credentials)
 * and the method runs on Micronaut's blocking executor ({@code @ExecuteOn(TaskExecutors.BLOCKING)}), never on the
 * event loop:
 * <pre>{@code
 * @Post("/{id}/copies")
 * @ResourceRoute
 * HttpResponse<ChatRead> copy(HttpRequest<?> request, @PathVariable String id) { ... }
 * }</pre>
 * Annotations of an overridden method do not carry over to the override, so an override of a generated route
 * carries it too. A route that needs other access declares Micronaut's {@code @Secured} and {@code @ExecuteOn}
 * itself instead (the generated routes' access is declared in {@link BaseController#access(CrudRoute)}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public @interface ResourceRoute {
}
