package dev.fastkit.core.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * Answered with 404 Not Found: the resource does not exist, or the caller may not see it (existence is not revealed).
 */
public class ResourceNotFoundException extends FastKitException {

    /**
     * @param detail what went wrong, safe to show to the client
     */
    public ResourceNotFoundException(String detail) {
        super(HttpStatus.NOT_FOUND, detail);
    }

    /**
     * @param detail what went wrong, safe to show to the client
     * @param cause  the underlying failure, logged but never shown to the client
     */
    public ResourceNotFoundException(String detail, Throwable cause) {
        super(HttpStatus.NOT_FOUND, Problem.ABOUT_BLANK, detail, List.of(), cause);
    }
}
