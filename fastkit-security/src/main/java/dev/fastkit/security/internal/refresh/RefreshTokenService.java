package dev.fastkit.security.internal.refresh;

import dev.fastkit.core.uow.UnitOfWork;
import dev.fastkit.security.error.UnauthorizedException;
import dev.fastkit.security.refresh.RefreshTokenConfiguration;
import io.micronaut.core.annotation.Internal;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Issues, rotates and revokes refresh tokens (RFC 9700, section 4.14.2): opaque values of 256 random bits
 * ({@link SecureRandom}, base64url without padding), stored only as their SHA-256, single use. Exchanging a token
 * marks it used and issues its successor in the same family; presenting a used token again is treated as theft and
 * revokes the whole family.
 */
@Internal
@Singleton
public class RefreshTokenService {

    private static final int VALUE_BYTES = 32;
    private static final int VALUE_LENGTH = 43;

    private final RefreshTokenRepository tokens;
    private final RefreshTokenConfiguration configuration;
    private final UnitOfWork unitOfWork;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    /**
     * @param tokens        the refresh_tokens table
     * @param configuration the lifetimes
     * @param unitOfWork    the transaction runner
     */
    public RefreshTokenService(RefreshTokenRepository tokens, RefreshTokenConfiguration configuration, UnitOfWork unitOfWork) {
        this.tokens = tokens;
        this.configuration = configuration;
        this.unitOfWork = unitOfWork;
    }

    /**
     * Starts a new family (a login or signup); joins the caller's unit of work if one is running.
     *
     * @param userId the user
     * @return the token value for the cookie
     */
    public String issue(UUID userId) {
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> store(userId, UUID.randomUUID(), now, now.plus(configuration.getLifetime())));
    }

    /**
     * Exchanges a refresh token for its successor, in one unit of work that locks the token's row, so of two
     * concurrent exchanges of one token at most one gets a successor.
     *
     * @param value the value from the cookie
     * @return the user and the successor's value
     * @throws UnauthorizedException (401) if the token is unknown, expired, revoked or already used (then its whole
     *                               family is revoked)
     */
    public Rotation rotate(String value) {
        if (!isWellFormed(value)) {
            throw invalid();
        }
        byte[] hash = sha256(value);
        Optional<Rotation> rotation = unitOfWork.inTransaction(() -> {
            Optional<RefreshToken> found = tokens.findByTokenHashForUpdate(hash);
            if (found.isEmpty() || found.get().revokedAt() != null) {
                return Optional.empty();
            }
            RefreshToken token = found.get();
            Instant now = clock.instant();
            if (token.usedAt() != null) {
                tokens.revokeFamily(token.familyId(), now);
                return Optional.empty();
            }
            if (!now.isBefore(token.expiresAt()) || !now.isBefore(token.idleExpiresAt()) || tokens.markUsed(token.id(), now) != 1) {
                return Optional.empty();
            }
            return Optional.of(new Rotation(token.userId(), store(token.userId(), token.familyId(), now, token.expiresAt())));
        });
        return rotation.orElseThrow(RefreshTokenService::invalid);
    }

    /**
     * Revokes the family of a token (logout). Unknown or malformed values are ignored, so logout is idempotent.
     *
     * @param value the value from the cookie
     */
    public void revokeFamily(String value) {
        if (!isWellFormed(value)) {
            return;
        }
        byte[] hash = sha256(value);
        unitOfWork.useTransaction(() -> tokens.findByTokenHashForUpdate(hash)
                .ifPresent(token -> tokens.revokeFamily(token.familyId(), clock.instant())));
    }

    /**
     * Revokes every refresh token of a user (password change); joins the caller's unit of work.
     *
     * @param userId the user
     */
    public void revokeAll(UUID userId) {
        unitOfWork.useTransaction(() -> tokens.revokeAllOfUser(userId, clock.instant()));
    }

    /**
     * Deletes every refresh token of a user (account deletion); joins the caller's unit of work.
     *
     * @param userId the user
     */
    public void deleteAll(UUID userId) {
        unitOfWork.useTransaction(() -> tokens.deleteAllOfUser(userId));
    }

    private String store(UUID userId, UUID familyId, Instant now, Instant familyExpiresAt) {
        byte[] bytes = new byte[VALUE_BYTES];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant idle = now.plus(configuration.getIdleLifetime());
        tokens.save(new RefreshToken(UUID.randomUUID(), sha256(value), familyId, userId, now, familyExpiresAt,
                idle.isBefore(familyExpiresAt) ? idle : familyExpiresAt, null, null));
        return value;
    }

    private static boolean isWellFormed(String value) {
        return value != null && value.length() == VALUE_LENGTH && value.chars().allMatch(RefreshTokenService::isBase64Url);
    }

    private static boolean isBase64Url(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UnauthorizedException invalid() {
        return new UnauthorizedException("The refresh token is missing, expired, revoked or already used; sign in again.");
    }

    /**
     * A successful exchange.
     *
     * @param userId       the token's user
     * @param refreshToken the successor's value, for the new cookie
     */
    public record Rotation(UUID userId, String refreshToken) {
    }
}
