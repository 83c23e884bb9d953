package dev.fastkit.security.error;

import dev.fastkit.core.error.FastKitException;
import dev.fastkit.core.error.Problem;
import io.micronaut.http.HttpStatus;

import java.util.List;

/**
 * Answered with 401 Unauthorized and {@code WWW-Authenticate: Bearer} (RFC 9110, section 15.5.2; RFC 6750): the
 * credentials (password, refresh cookie or access token) are missing or not valid. The detail never says which part
 * was wrong (unknown user and wrong password get the same answer).
 */
public class UnauthorizedException extends FastKitException {

    /**
     * @param detail what went wrong, safe to show to the client
     */
    public UnauthorizedException(String detail) {
        super(HttpStatus.UNAUTHORIZED, Problem.ABOUT_BLANK, detail, List.of(), null);
    }
}
