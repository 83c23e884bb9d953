package dev.fastkit.core.internal.uow;

import dev.fastkit.core.error.FastKitException;
import dev.fastkit.core.error.Problem;
import dev.fastkit.core.internal.error.ProblemExceptionHandler;
import io.micronaut.core.annotation.Internal;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers a connection that could not be had or set up outside a {@link dev.fastkit.core.uow.UnitOfWork}
 * (PostgreSQL gone, a pooled connection found closed) with a 503 problem, as a unit of work would.
 */
@Internal
@Singleton
@Produces(Problem.MEDIA_TYPE)
public final class ConnectionFailureHandler implements ExceptionHandler<ConnectionException, HttpResponse<Problem>> {

    private final ProblemExceptionHandler problems;

    ConnectionFailureHandler(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConnectionException exception) {
        return problems.handle(request, (FastKitException) DatabaseFailures.translate(exception));
    }
}
