package dev.fastkit.core.web;

import io.micronaut.http.HttpMethod;

import java.util.EnumSet;
import java.util.Set;

/**
 * The six routes {@link BaseController} generates, each named after its method ({@code CREATE}: {@code create}). A
 * controller exposes a subset by overriding
 * {@link BaseController#routes()}; the others answer {@code 405 Method Not Allowed} with an {@code Allow} header
 * naming the methods its path still takes, and are left out of the OpenAPI document.
 */
public enum CrudRoute {

    /** {@code POST /}: create. */
    CREATE(HttpMethod.POST, false),
    /** {@code GET /}: list. */
    LIST(HttpMethod.GET, false),
    /** {@code GET /{id}}: read one. */
    GET(HttpMethod.GET, true),
    /** {@code PUT /{id}}: replace. */
    REPLACE(HttpMethod.PUT, true),
    /** {@code PATCH /{id}}: merge-patch. */
    PATCH(HttpMethod.PATCH, true),
    /** {@code DELETE /{id}}: delete. */
    DELETE(HttpMethod.DELETE, true);

    private final HttpMethod method;
    private final boolean item;

    CrudRoute(HttpMethod method, boolean item) {
        this.method = method;
        this.item = item;
    }

    /** @return the route's HTTP method */
    public HttpMethod method() {
        return method;
    }

    /** @return whether the route addresses one resource ({@code /{id}}) rather than the collection */
    public boolean item() {
        return item;
    }

    /** @return all six routes, the default of {@link BaseController#routes()} */
    public static Set<CrudRoute> all() {
        return EnumSet.allOf(CrudRoute.class);
    }

    /**
     * @param switchedOff the routes to leave out
     * @return every route but those, such as {@code CrudRoute.allExcept(REPLACE, PATCH)} for a resource that is never
     *         edited
     */
    public static Set<CrudRoute> allExcept(CrudRoute... switchedOff) {
        Set<CrudRoute> routes = all();
        routes.removeAll(Set.of(switchedOff));
        return routes;
    }
}
