package dev.fastkit.core.testapp;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

/**
 * A route that fails the way a repository call outside a unit of work fails when the pool cannot hand out a
 * connection: with Micronaut Data's {@link ConnectionException}.
 */
@Controller("/test-failures")
@Secured(SecurityRule.IS_ANONYMOUS)
class ConnectionFailureController {

    @Get("/connection")
    String connection() {
        throw new ConnectionException("Failed to obtain a connection: the pool timed out");
    }
}
