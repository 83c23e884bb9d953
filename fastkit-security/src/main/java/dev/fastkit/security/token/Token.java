package dev.fastkit.security.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An access token answer (RFC 6749, section 5.1): {@code {"access_token", "token_type": "bearer", "expires_in"}}.
 *
 * @param accessToken the JWT to send as {@code Authorization: Bearer <access_token>}
 * @param tokenType   always {@code bearer}
 * @param expiresIn   seconds until the access token expires
 */
@Serdeable
public record Token(@JsonProperty("access_token") String accessToken,
                    @JsonProperty("token_type") String tokenType,
                    @JsonProperty("expires_in") long expiresIn) {

    /** The only token type FastKit issues. */
    public static final String BEARER = "bearer";
}
