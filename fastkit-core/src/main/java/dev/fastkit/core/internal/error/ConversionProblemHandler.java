package dev.fastkit.core.internal.error;

import dev.fastkit.core.error.Problem;
import dev.fastkit.core.error.UnprocessableContentException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

import java.util.Locale;

/**
 * Answers a query or path parameter of the wrong type (such as {@code ?limit=ten}) with a 422 problem naming the
 * parameter, rather than Micronaut's 400 whose message may quote Java types.
 */
@Internal
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(ConversionErrorHandler.class)
public final class ConversionProblemHandler implements ExceptionHandler<ConversionErrorException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConversionErrorException exception) {
        String name = exception.getArgument().getName();
        String type = exception.getArgument().getType().getSimpleName().toLowerCase(Locale.ROOT);
        String detail = switch (type) {
            case "int", "integer", "long", "short" -> "must be a whole number";
            case "boolean" -> "must be true or false";
            case "uuid" -> "must be a UUID";
            default -> "has the wrong format";
        };
        return ProblemExceptionHandler.respond(UnprocessableContentException.of(name, detail).toProblem());
    }
}
