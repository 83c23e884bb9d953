package dev.fastkit.core.internal.error;

import dev.fastkit.core.error.FastKitException;
import dev.fastkit.core.error.Problem;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Internal;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every {@link FastKitException} with its RFC 9457 problem and HTTP status. Server-side failures (5xx) are
 * logged with their cause; client errors are not, since the client caused them.
 */
@Internal
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Requires(classes = {FastKitException.class, ExceptionHandler.class})
public final class ProblemExceptionHandler implements ExceptionHandler<FastKitException, HttpResponse<Problem>> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, FastKitException exception) {
        if (exception.getStatus().getCode() >= 500) {
            LOG.warn("{} {} answered {}", request.getMethod(), request.getPath(), exception.getStatus().getCode(), exception);
        }
        return respond(exception.toProblem());
    }

    /**
     * @param problem the problem to answer with
     * @return a response with the problem's status, {@code Content-Type: application/problem+json} and the problem as
     * body
     */
    public static MutableHttpResponse<Problem> respond(Problem problem) {
        return HttpResponse.<Problem>status(HttpStatus.valueOf(problem.status()))
                .contentType(Problem.MEDIA_TYPE)
                .body(problem);
    }
}
