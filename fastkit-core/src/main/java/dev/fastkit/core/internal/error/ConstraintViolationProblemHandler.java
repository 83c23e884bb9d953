package dev.fastkit.core.internal.error;

import dev.fastkit.core.error.FieldError;
import dev.fastkit.core.error.Problem;
import dev.fastkit.core.error.UnprocessableContentException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Internal;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;

/**
 * Answers a Bean Validation failure of a controller argument (a query or path parameter such as {@code limit}) with a
 * 422 problem that names the parameter. Failures of request bodies are reported by
 * {@link dev.fastkit.core.schema.SchemaBinder} with JSON pointers instead.
 */
@Internal
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(ConstraintExceptionHandler.class)
public final class ConstraintViolationProblemHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<Problem>> {

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                .map(violation -> new FieldError(parameterName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::pointer))
                .toList();
        return ProblemExceptionHandler.respond(new UnprocessableContentException(errors).toProblem());
    }

    private static String parameterName(ConstraintViolation<?> violation) {
        String name = "";
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }
}
