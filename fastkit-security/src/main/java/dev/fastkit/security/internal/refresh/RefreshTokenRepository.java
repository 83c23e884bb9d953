package dev.fastkit.security.internal.refresh;

import io.micronaut.core.annotation.Internal;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The refresh_tokens table.
 */
@Internal
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RefreshTokenRepository extends CrudRepository<RefreshToken, UUID> {

    /**
     * Finds a token and locks its row until the end of the transaction, so two refreshes with the same cookie run
     * one after the other: the second sees the first one's {@code used_at}.
     *
     * @param tokenHash SHA-256 of the token value
     * @return the token, locked
     */
    @Query("SELECT * FROM refresh_tokens WHERE token_hash = :tokenHash FOR UPDATE")
    Optional<RefreshToken> findByTokenHashForUpdate(byte[] tokenHash);

    /**
     * @param id  a token id
     * @param now the instant of use
     * @return rows changed: 1 when the token was unused, else 0
     */
    @Query("UPDATE refresh_tokens SET used_at = :now WHERE id = :id AND used_at IS NULL")
    long markUsed(UUID id, Instant now);

    /**
     * Revokes every token of a family (reuse detection, RFC 9700 section 4.14.2; logout).
     *
     * @param familyId the family
     * @param now      the instant of revocation
     * @return rows changed
     */
    @Query("UPDATE refresh_tokens SET revoked_at = :now WHERE family_id = :familyId AND revoked_at IS NULL")
    long revokeFamily(UUID familyId, Instant now);

    /**
     * Revokes every token of a user (password change).
     *
     * @param userId the user
     * @param now    the instant of revocation
     * @return rows changed
     */
    @Query("UPDATE refresh_tokens SET revoked_at = :now WHERE user_id = :userId AND revoked_at IS NULL")
    long revokeAllOfUser(UUID userId, Instant now);

    /**
     * @param userId the user
     * @return rows deleted
     */
    @Query("DELETE FROM refresh_tokens WHERE user_id = :userId")
    long deleteAllOfUser(UUID userId);
}
