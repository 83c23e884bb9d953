package dev.fastkit.security.token;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * What an authenticated request needs to know about the user behind an access token.
 *
 * @param id                the user id, the principal name
 * @param username          the current username, the {@code username} attribute of the authentication
 * @param passwordChangedAt tokens issued (whole seconds) before this instant are refused
 * @param roles             the user's current roles: a request holds those of its token's {@code roles} claim that
 *                          the user still has
 */
public record TokenHolder(UUID id, String username, Instant passwordChangedAt, Set<String> roles) {

    /**
     * @param id                the user id
     * @param username          the current username
     * @param passwordChangedAt tokens issued before this instant are refused
     * @param roles             the user's current roles; {@code null} for none
     */
    public TokenHolder {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /**
     * A holder without roles.
     *
     * @param id                the user id
     * @param username          the current username
     * @param passwordChangedAt tokens issued before this instant are refused
     */
    public TokenHolder(UUID id, String username, Instant passwordChangedAt) {
        this(id, username, passwordChangedAt, Set.of());
    }

    /**
     * @param issuedAtSecond a token's {@code iat}, in seconds since the epoch
     * @return whether a token issued then is still honoured (issued at or after the last password change)
     */
    public boolean accepts(long issuedAtSecond) {
        return issuedAtSecond >= passwordChangedAt.getEpochSecond() + (passwordChangedAt.getNano() > 0 ? 1 : 0);
    }
}
