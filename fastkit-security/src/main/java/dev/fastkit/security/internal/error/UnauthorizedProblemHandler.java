package dev.fastkit.security.internal.error;

import dev.fastkit.core.error.Problem;
import dev.fastkit.security.error.UnauthorizedException;
import io.micronaut.core.annotation.Internal;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers an {@link UnauthorizedException} with 401, its problem and {@code WWW-Authenticate: Bearer}. It is more
 * specific than fastkit-core's handler of every {@code FastKitException}, so Micronaut picks it for this type.
 */
@Internal
@Singleton
@Produces(Problem.MEDIA_TYPE)
public final class UnauthorizedProblemHandler implements ExceptionHandler<UnauthorizedException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, UnauthorizedException exception) {
        return BearerChallenge.unauthorized(exception.getMessage());
    }
}
