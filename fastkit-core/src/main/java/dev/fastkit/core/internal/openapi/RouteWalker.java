package dev.fastkit.core.internal.openapi;

import dev.fastkit.core.internal.service.TypeArguments;
import dev.fastkit.core.internal.web.RouteSwitches;
import dev.fastkit.core.web.BaseController;
import io.micronaut.core.annotation.Internal;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.uri.UriMatchVariable;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists the application's documented routes from Micronaut's {@link Router}: every URI route with a method OpenAPI
 * documents (GET, POST, PUT, PATCH, DELETE), once per method and path (the first route wins, as in the router), the
 * routes of hidden classes and the generated routes a controller switches off ({@link RouteSwitches}) left out,
 * sorted by path.
 */
@Internal
final class RouteWalker {

    private static final Set<HttpMethod> DOCUMENTED = Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE);
    /** A template expression: an optional operator, names, and for path variables an optional {@code :regex}. */
    private static final Pattern EXPRESSION = Pattern.compile("\\{([+#./;?&]?)([^}:]*)(:[^}]*)?}");

    private RouteWalker() {
    }

    /**
     * @param router Micronaut's router
     * @param hidden classes whose routes are not documented
     * @return the routes, sorted by path and then method
     */
    static List<DocumentedRoute> walk(Router router, Set<Class<?>> hidden) {
        Map<String, DocumentedRoute> routes = new LinkedHashMap<>();
        router.uriRoutes().forEach(route -> {
            Class<?> beanType = route.getTargetMethod().getDeclaringType();
            if (!DOCUMENTED.contains(route.getHttpMethod()) || hidden.contains(beanType) || route.isErrorRoute()
                    || RouteSwitches.switchedOff(route)) {
                return;
            }
            String path = path(route);
            List<String> variables = route.getUriMatchTemplate().getVariables().stream()
                    .filter(variable -> !variable.isQuery())
                    .map(UriMatchVariable::getName)
                    .toList();
            String idName = resourceIdName(beanType, variables);
            if (idName != null) {
                path = path.replace("{id}", "{" + idName + "}");
                variables = variables.stream().map(variable -> variable.equals("id") ? idName : variable).toList();
            }
            routes.putIfAbsent(route.getHttpMethod() + " " + path,
                    new DocumentedRoute(route.getHttpMethod(), path, variables, route, beanType));
        });
        List<DocumentedRoute> sorted = new ArrayList<>(routes.values());
        sorted.sort(Comparator.comparing(DocumentedRoute::path).thenComparing(route -> route.method().ordinal()));
        return sorted;
    }

    /**
     * A generated route's own id is declared as {@code {id}} by {@link BaseController}; the document names it after
     * the resource ({@code chat_id} for a {@code Chat}), as the API's parents are named ({@code /chats/{chat_id}}).
     * Clients see no difference: a path template's variable names are not sent.
     *
     * @return the documented name of the route's {@code {id}} (the last variable, also where a subclass's route goes
     *         on after it, as {@code /{id}/copies}), or {@code null} to keep the names
     */
    private static String resourceIdName(Class<?> beanType, List<String> variables) {
        if (!BaseController.class.isAssignableFrom(beanType) || variables.isEmpty()
                || !variables.get(variables.size() - 1).equals("id")) {
            return null;
        }
        String entity = TypeArguments.of(beanType, BaseController.class)[0].getSimpleName();
        String name = entity.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT) + "_id";
        return variables.contains(name) ? null : name;
    }

    /** @return the route's template without query expressions, each path variable as {@code {name}} */
    private static String path(UriRouteInfo<?, ?> route) {
        Matcher matcher = EXPRESSION.matcher(route.getUriMatchTemplate().toString());
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String operator = matcher.group(1);
            String replacement = operator.equals("?") || operator.equals("&") ? ""
                    : (operator.equals("/") ? "/" : "") + "{" + matcher.group(2) + "}";
            matcher.appendReplacement(path, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(path);
        String result = path.length() > 1 && path.charAt(path.length() - 1) == '/'
                ? path.substring(0, path.length() - 1) : path.toString();
        return result.isEmpty() ? "/" : result;
    }
}
