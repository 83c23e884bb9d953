package dev.fastkit.core.error;

import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * Answered with 503 Service Unavailable: the database cannot be reached now; the client may retry later.
 */
public class ServiceUnavailableException extends FastKitException {

    /**
     * @param detail what went wrong, safe to show to the client
     */
    public ServiceUnavailableException(String detail) {
        super(HttpStatus.SERVICE_UNAVAILABLE, detail);
    }

    /**
     * @param detail what went wrong, safe to show to the client
     * @param cause  the underlying failure, logged but never shown to the client
     */
    public ServiceUnavailableException(String detail, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, Problem.ABOUT_BLANK, detail, List.of(), cause);
    }
}
