package dev.fastkit.core.internal.uow;

import dev.fastkit.core.error.FastKitException;
import dev.fastkit.core.error.Problem;
import dev.fastkit.core.internal.error.ProblemExceptionHandler;
import io.micronaut.core.annotation.Internal;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a database failure that reached the web layer outside a {@link dev.fastkit.core.uow.UnitOfWork} the same
 * way a unit of work would (see {@link DatabaseFailures}); an unknown one becomes a 500 problem whose detail reveals
 * nothing.
 */
@Internal
@Singleton
@Produces(Problem.MEDIA_TYPE)
public final class DatabaseFailureHandler implements ExceptionHandler<DataAccessException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFailureHandler.class);

    private final ProblemExceptionHandler problems;

    DatabaseFailureHandler(ProblemExceptionHandler problems) {
        this.problems = problems;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, DataAccessException exception) {
        if (DatabaseFailures.translate(exception) instanceof FastKitException known) {
            return problems.handle(request, known);
        }
        LOG.error("{} {} failed in the database", request.getMethod(), request.getPath(), exception);
        return ProblemExceptionHandler.respond(Problem.serverError());
    }
}
