package dev.fastkit.core.testapp;

import dev.fastkit.core.web.QueryCheckedByRoute;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.TreeSet;

/** Routes of an application's own, for the strict query check: one binding its parameters, one reading them itself. */
@Controller("/query-routes")
@Secured(SecurityRule.IS_ANONYMOUS)
class QueryRoutesController {

    @Get("/bound")
    String bound(@Nullable @QueryValue String colour, @Nullable @QueryValue("max_size") Integer maxSize,
                 @Nullable String shape) {
        return colour + " " + maxSize + " " + shape;
    }

    @Get("/own")
    @QueryCheckedByRoute
    String own(HttpRequest<?> request) {
        return String.join(",", new TreeSet<>(request.getParameters().names()));
    }
}
