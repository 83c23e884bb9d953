package dev.fastkit.core.testapp;

import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.service.StoredResource;
import dev.fastkit.core.testapp.BulletinSchemas.BulletinCreate;
import dev.fastkit.core.testapp.BulletinSchemas.BulletinRead;
import dev.fastkit.core.web.BaseController;
import dev.fastkit.core.web.CrudRoute;
import dev.fastkit.core.web.ResourceRoute;
import dev.fastkit.core.web.RouteAccess;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;

/**
 * Bulletins: a resource nobody owns, which anyone reads (anonymous {@code GET} and list) and only principals with the
 * role {@code editor} create, change or delete; its own route {@code POST /{id}/copies} takes the generated routes'
 * defaults from {@link ResourceRoute}.
 */
@Controller("/bulletins")
class BulletinController extends BaseController<Bulletin, BulletinCreate, BulletinCreate, BulletinRead> {

    /** The answer header of {@code copy} that names the thread it ran on. */
    static final String WORKER_HEADER = "X-Worker-Thread";

    BulletinController(BulletinRepository bulletins, ServiceDependencies dependencies) {
        super(bulletins, dependencies);
    }

    @Override
    protected RouteAccess access(CrudRoute route) {
        return route == CrudRoute.GET || route == CrudRoute.LIST ? RouteAccess.anonymous() : RouteAccess.anyRole("editor");
    }

    /**
     * Copies a bulletin: any authenticated principal, like a generated route's default.
     *
     * @param request the request
     * @param id      the bulletin to copy
     * @return 201 with the copy, and the thread the route ran on in {@value #WORKER_HEADER}
     */
    @Post("/{id}/copies")
    @ResourceRoute
    HttpResponse<BulletinRead> copy(HttpRequest<?> request, @PathVariable String id) {
        BulletinRead original = service().get(readScope(request), id).body();
        StoredResource<BulletinRead> copy = service().create(scope(request),
                new BulletinCreate("copy of " + original.title()));
        return HttpResponse.<BulletinRead>status(HttpStatus.CREATED).body(copy.body())
                .header(HttpHeaders.LOCATION, "/bulletins/" + copy.id())
                .header(WORKER_HEADER, Thread.currentThread().getName());
    }
}
