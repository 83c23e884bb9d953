package dev.fastkit.example.system;

import dev.fastkit.core.error.FastKitException;
import dev.fastkit.core.error.Problem;
import dev.fastkit.core.error.ProblemExceptionHandler;
import dev.fastkit.core.error.ServiceUnavailableException;
import dev.fastkit.core.uow.DatabaseFailures;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers 503 (RFC 9457 problem) when no database connection could be had outside a unit of work, such as while the
 * bearer token's user is looked up during authentication. Units of work translate this themselves; this handler covers
 * the repository calls made before one starts. Hikari gives up after {@code datasources.default.connection-timeout}.
 */
@Singleton
@Produces
class DatabaseUnavailableHandler implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, CannotGetJdbcConnectionException exception) {
        RuntimeException translated = DatabaseFailures.translate(exception);
        FastKitException problem = translated instanceof FastKitException known ? known
                : new ServiceUnavailableException("The database is not available; retry shortly.", exception);
        return ProblemExceptionHandler.respond(problem.toProblem());
    }
}
