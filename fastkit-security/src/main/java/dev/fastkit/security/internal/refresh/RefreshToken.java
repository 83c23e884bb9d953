package dev.fastkit.security.internal.refresh;

import io.micronaut.core.annotation.Internal;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * One refresh token, the row of table {@code refresh_tokens} (migration V2). Only the SHA-256 of the token value is
 * stored; the value itself exists only in the client's cookie.
 *
 * @param id            the row id
 * @param tokenHash     SHA-256 of the token value
 * @param familyId      shared by every token descended from one login or signup
 * @param userId        the token's user
 * @param createdAt     when the token was issued
 * @param expiresAt     the absolute end of the family, inherited by every successor
 * @param idleExpiresAt the end of this token if it is not used before
 * @param usedAt        when it was exchanged for its successor, or {@code null}
 * @param revokedAt     when it was revoked (logout, password change, detected reuse), or {@code null}
 */
@Internal
@MappedEntity("refresh_tokens")
public record RefreshToken(@Id UUID id,
                           byte[] tokenHash,
                           UUID familyId,
                           UUID userId,
                           Instant createdAt,
                           Instant expiresAt,
                           Instant idleExpiresAt,
                           @Nullable Instant usedAt,
                           @Nullable Instant revokedAt) {
}
