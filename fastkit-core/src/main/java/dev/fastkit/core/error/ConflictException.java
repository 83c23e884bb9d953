package dev.fastkit.core.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * Answered with 409 Conflict: the request clashes with the current state, such as a unique value already taken.
 */
public class ConflictException extends FastKitException {

    /**
     * @param detail what went wrong, safe to show to the client
     */
    public ConflictException(String detail) {
        super(HttpStatus.CONFLICT, detail);
    }

    /**
     * @param detail what went wrong, safe to show to the client
     * @param cause  the underlying failure, logged but never shown to the client
     */
    public ConflictException(String detail, Throwable cause) {
        super(HttpStatus.CONFLICT, Problem.ABOUT_BLANK, detail, List.of(), cause);
    }
}
