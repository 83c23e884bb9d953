package dev.fastkit.core.internal.openapi;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpMethod;
import io.micronaut.web.router.UriRouteInfo;

import java.util.List;

/**
 * One documented operation: an HTTP method on a path as OpenAPI writes it ({@code /chats/{chat_id}/messages/{message_id}}),
 * with the route that serves it.
 *
 * @param method        the HTTP method
 * @param path          the path template, path variables only, each as {@code {name}}
 * @param pathVariables the path variables' names, in order
 * @param route         Micronaut's route
 * @param beanType      the controller (or endpoint) class that holds the route, a subclass for inherited routes
 */
@Internal
public record DocumentedRoute(HttpMethod method, String path, List<String> pathVariables, UriRouteInfo<?, ?> route,
                              Class<?> beanType) {

    /** @return the route method's annotations, its class's included */
    public AnnotationMetadata metadata() {
        return route.getTargetMethod().getAnnotationMetadata();
    }

    /** @return the route method's name */
    public String methodName() {
        return route.getTargetMethod().getMethodName();
    }

    /** @return the route method's arguments */
    public Argument<?>[] arguments() {
        return route.getTargetMethod().getArguments();
    }
}
