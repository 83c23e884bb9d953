package dev.fastkit.core.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a route that reads its query parameters from the request itself and refuses the ones it does not know. FastKit
 * then leaves its query alone.
 *
 * <p>Every other route of the service gets FastKit's strict query check (API.md, "Lists": a query parameter the route
 * does not know is a {@code 422} with the parameter's name as pointer). A route knows the parameters it binds with
 * {@code @QueryValue}, or by the name of an argument without a binding annotation. The generated list and read routes
 * carry this annotation, since what they take depends on the resource's declarations.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface QueryCheckedByRoute {
}
