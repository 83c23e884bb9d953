package dev.fastkit.core.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * Answered with 412 Precondition Failed: an {@code If-Match} tag no longer matches the resource (RFC 9110, section 13.1.1).
 */
public class PreconditionFailedException extends FastKitException {

    /**
     * @param detail what went wrong, safe to show to the client
     */
    public PreconditionFailedException(String detail) {
        super(HttpStatus.PRECONDITION_FAILED, detail);
    }

    /**
     * @param detail what went wrong, safe to show to the client
     * @param cause  the underlying failure, logged but never shown to the client
     */
    public PreconditionFailedException(String detail, Throwable cause) {
        super(HttpStatus.PRECONDITION_FAILED, Problem.ABOUT_BLANK, detail, List.of(), cause);
    }
}
