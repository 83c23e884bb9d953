package dev.fastkit.core.internal.web;

import dev.fastkit.core.error.FieldError;
import dev.fastkit.core.error.UnprocessableContentException;
import dev.fastkit.core.internal.error.ProblemExceptionHandler;
import dev.fastkit.core.web.QueryCheckedByRoute;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.reflect.ClassUtils;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.web.router.MethodBasedRouteInfo;
import io.micronaut.web.router.RouteMatch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses query parameters that a route does not take, for every route of the service (FastKit's and its own): one
 * {@code 422} problem whose {@code errors} name each such parameter as pointer (API.md, "Lists"). A route takes the
 * parameters it binds with {@code @QueryValue} and, as Micronaut binds them, those named like one of its arguments that
 * carry no binding annotation; a route marked {@link QueryCheckedByRoute}, or one binding a {@code @RequestBean} or a
 * {@code @QueryValue} map or object, is left to check its own. Requests without a query pass at the cost of one null check. It runs after authentication,
 * so an unauthenticated client gets its {@code 401}.
 */
@Internal
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public final class StrictQueryFilter implements Ordered {

    /**
     * @param request the request
     * @param route   the route it matched
     * @return {@code null} to let it through, or the 422 problem
     */
    @RequestFilter
    public @Nullable HttpResponse<?> checkQuery(HttpRequest<?> request, RouteMatch<?> route) {
        if (request.getUri().getRawQuery() == null
                || !(route.getRouteInfo() instanceof MethodBasedRouteInfo<?, ?> info)
                || info.getAnnotationMetadata().hasAnnotation(QueryCheckedByRoute.class)) {
            return null;
        }
        Set<String> taken = new HashSet<>();
        for (Argument<?> argument : info.getTargetMethod().getArguments()) {
            if (argument.getAnnotationMetadata().hasStereotype(RequestBean.class) || bindsManyParameters(argument)) {
                return null;
            }
            if (takesQuery(argument)) {
                taken.add(argument.getAnnotationMetadata().stringValue(QueryValue.class)
                        .filter(name -> !name.isEmpty()).orElse(argument.getName()));
            }
        }
        List<FieldError> errors = new ArrayList<>();
        for (String name : request.getParameters().names()) {
            if (!taken.contains(name)) {
                errors.add(new FieldError(name, "is not a parameter of this route"));
            }
        }
        return errors.isEmpty() ? null
                : ProblemExceptionHandler.respond(new UnprocessableContentException(errors).toProblem());
    }

    /** A {@code @QueryValue} map or object: it takes parameters of any name. */
    private static boolean bindsManyParameters(Argument<?> argument) {
        Class<?> type = argument.getType();
        return argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)
                && (Map.class.isAssignableFrom(type) || !(ClassUtils.isJavaBasicType(type) || type.isPrimitive()
                || type.isEnum() || type.isArray() || Optional.class.equals(type)
                || Collection.class.isAssignableFrom(type)));
    }

    /** {@code @QueryValue}, or no binding annotation on a value Micronaut converts from text. */
    private static boolean takesQuery(Argument<?> argument) {
        if (argument.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
            return true;
        }
        Class<?> type = argument.getType();
        return !argument.getAnnotationMetadata().hasStereotype(Bindable.class)
                && (ClassUtils.isJavaBasicType(type) || type.isPrimitive() || type.isEnum());
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
