package dev.fastkit.security.internal.error;

import dev.fastkit.core.error.Problem;
import dev.fastkit.core.internal.error.ProblemExceptionHandler;
import io.micronaut.core.annotation.Internal;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/**
 * Builds the 401 answer every authentication failure shares: an RFC 9457 problem plus the RFC 6750 challenge
 * {@code WWW-Authenticate: Bearer}.
 */
@Internal
public final class BearerChallenge {

    /** The challenge sent with every 401. */
    public static final String CHALLENGE = "Bearer";

    private BearerChallenge() {
    }

    /**
     * @param detail what went wrong, safe to show to the client
     * @return a 401 problem answer with the bearer challenge
     */
    public static MutableHttpResponse<Problem> unauthorized(String detail) {
        HttpStatus status = HttpStatus.UNAUTHORIZED;
        return ProblemExceptionHandler.respond(new Problem(Problem.ABOUT_BLANK, status.getReason(), status.getCode(), detail, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    }
}
