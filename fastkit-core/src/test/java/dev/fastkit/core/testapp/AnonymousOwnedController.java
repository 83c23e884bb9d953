package dev.fastkit.core.testapp;

import dev.fastkit.core.service.ServiceDependencies;
import dev.fastkit.core.testapp.ReadingSchemas.ReadingCreate;
import dev.fastkit.core.testapp.ReadingSchemas.ReadingRead;
import dev.fastkit.core.web.BaseController;
import dev.fastkit.core.web.CrudRoute;
import dev.fastkit.core.web.RouteAccess;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;

/**
 * A contradiction, present only with {@code fastkit.test.anonymous-owned: true}: an anonymous list of owned readings,
 * which must stop the server from starting.
 */
@Requires(property = AnonymousOwnedController.SWITCH, value = "true")
@Controller("/anonymous-readings")
class AnonymousOwnedController extends BaseController<Reading, ReadingCreate, ReadingCreate, ReadingRead> {

    static final String SWITCH = "fastkit.test.anonymous-owned";

    AnonymousOwnedController(ReadingRepository readings, ServiceDependencies dependencies) {
        super(readings, dependencies);
    }

    @Override
    protected RouteAccess access(CrudRoute route) {
        return route == CrudRoute.LIST ? RouteAccess.anonymous() : RouteAccess.authenticated();
    }
}
