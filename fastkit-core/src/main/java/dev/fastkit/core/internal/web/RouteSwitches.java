package dev.fastkit.core.internal.web;

import dev.fastkit.core.web.BaseController;
import dev.fastkit.core.web.CrudRoute;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Internal;
import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.micronaut.web.router.UriRouteMatch;
import io.micronaut.web.router.filter.FilteredRouter;
import io.micronaut.web.router.filter.RouteMatchFilter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * Takes the generated routes a {@link BaseController} switches off (see {@link BaseController#routes()}) out of
 * Micronaut's routing: the router then finds no route for that method on that path and answers as it does for any
 * method a path does not take, {@code 405} with an {@code Allow} header naming the methods the path does take. A
 * route a subclass declares itself (another method name or other parameters) is never switched off, so it can take
 * the place of a switched-off one.
 */
@Internal
@Singleton
public final class RouteSwitches implements BeanCreatedEventListener<Router>, RouteMatchFilter {

    private final Map<UriRouteInfo<?, ?>, Boolean> switchedOff = new ConcurrentHashMap<>();
    private final Predicate<UriRouteMatch<?, ?>> exposed = match -> !isSwitchedOff(match.getRouteInfo());

    @Override
    public Router onCreated(BeanCreatedEvent<Router> event) {
        return new FilteredRouter(event.getBean(), this);
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T, R> Predicate<UriRouteMatch<T, R>> filter(HttpRequest<?> request) {
        return (Predicate) exposed;
    }

    private boolean isSwitchedOff(UriRouteInfo<?, ?> route) {
        if (!BaseController.class.isAssignableFrom(route.getTargetMethod().getDeclaringType())) {
            return false;
        }
        return switchedOff.computeIfAbsent(route, RouteSwitches::switchedOff);
    }

    /**
     * @param route a route of the router
     * @return whether it is one of the six routes of a {@link BaseController} (inherited or overridden) that its
     *         controller does not expose
     */
    public static boolean switchedOff(UriRouteInfo<?, ?> route) {
        Optional<CrudRoute> generated = generatedRoute(route);
        if (generated.isEmpty()) {
            return false;
        }
        return route.getTargetMethod().getTarget() instanceof BaseController<?, ?, ?, ?> controller
                && !controller.exposes(generated.get());
    }

    /**
     * @param route a route of the router
     * @return which of the six routes of a {@link BaseController} it is (inherited or overridden), or empty for any
     *         other route, a subclass's own ones included
     */
    public static Optional<CrudRoute> generatedRoute(UriRouteInfo<?, ?> route) {
        if (!BaseController.class.isAssignableFrom(route.getTargetMethod().getDeclaringType())) {
            return Optional.empty();
        }
        String name = route.getTargetMethod().getMethodName();
        Optional<CrudRoute> crud = Arrays.stream(CrudRoute.values())
                .filter(candidate -> candidate.name().toLowerCase(Locale.ROOT).equals(name))
                .findFirst();
        if (crud.isEmpty()) {
            return Optional.empty();
        }
        try {
            BaseController.class.getMethod(name, route.getTargetMethod().getArgumentTypes());
            return crud;
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }
}
