package dev.fastkit.security.token;

import java.time.Instant;
import java.util.UUID;

/**
 * What an authenticated request needs to know about the user behind an access token.
 *
 * @param id                the user id, the principal name
 * @param username          the current username, the {@code username} attribute of the authentication
 * @param passwordChangedAt tokens issued (whole seconds) before this instant are refused
 */
public record TokenHolder(UUID id, String username, Instant passwordChangedAt) {

    /**
     * @param issuedAtSecond a token's {@code iat}, in seconds since the epoch
     * @return whether a token issued then is still honoured (issued at or after the last password change)
     */
    public boolean accepts(long issuedAtSecond) {
        return issuedAtSecond >= passwordChangedAt.getEpochSecond() + (passwordChangedAt.getNano() > 0 ? 1 : 0);
    }
}
