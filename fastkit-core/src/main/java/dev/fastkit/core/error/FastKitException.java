package dev.fastkit.core.error;

import dev.fastkit.core.internal.error.ProblemExceptionHandler;
import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * The root of every exception FastKit throws on purpose. Each carries the HTTP status and the RFC 9457 problem it is
 * answered with; {@link ProblemExceptionHandler} turns it into that answer, so controllers never catch it.
 */
public class FastKitException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final List<FieldError> errors;

    /**
     * @param status the HTTP status the client gets
     * @param detail what went wrong, safe to show to the client
     */
    public FastKitException(HttpStatus status, String detail) {
        this(status, Problem.ABOUT_BLANK, detail, List.of(), null);
    }

    /**
     * @param status the HTTP status the client gets
     * @param type   the problem type URI, or {@link Problem#ABOUT_BLANK}
     * @param detail what went wrong, safe to show to the client
     * @param errors the individual validation failures, possibly empty
     * @param cause  the underlying failure, logged but never shown to the client; may be {@literal null}
     */
    public FastKitException(HttpStatus status, String type, String detail, List<FieldError> errors, Throwable cause) {
        super(detail, cause);
        this.status = status;
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    /** @return the HTTP status the client gets */
    public HttpStatus getStatus() {
        return status;
    }

    /** @return the problem as the client sees it */
    public Problem toProblem() {
        return new Problem(type, status.getReason(), status.getCode(), getMessage(), errors.isEmpty() ? null : errors);
    }
}
