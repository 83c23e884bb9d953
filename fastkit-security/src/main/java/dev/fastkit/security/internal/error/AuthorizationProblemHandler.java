package dev.fastkit.security.internal.error;

import dev.fastkit.core.error.Problem;
import dev.fastkit.core.internal.error.ProblemExceptionHandler;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Internal;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Answers Micronaut Security's refusals as problems: a request without a valid access token (none, malformed,
 * tampered, expired, wrong algorithm or type, user deleted, password changed since) gets 401 with
 * {@code WWW-Authenticate: Bearer}; an authenticated request a rule forbids gets 403. Replaces Micronaut's handler,
 * which would redirect or answer without the challenge.
 */
@Internal
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(DefaultAuthorizationExceptionHandler.class)
public final class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            HttpStatus status = HttpStatus.FORBIDDEN;
            return ProblemExceptionHandler.respond(new Problem(Problem.ABOUT_BLANK, status.getReason(), status.getCode(),
                    "The access token does not allow this request.", null));
        }
        return BearerChallenge.unauthorized("A valid bearer access token is required.");
    }
}
