package dev.fastkit.security.token;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * Access-token settings, {@code fastkit.security.jwt.*}. Access tokens are JWTs (RFC 7519) signed with HS256 (HMAC
 * SHA-256, RFC 7518) under {@link #getSecret() the secret}.
 */
@ConfigurationProperties("fastkit.security.jwt")
public class AccessTokenConfiguration {

    private @Nullable String secret;
    private Duration accessTokenLifetime = Duration.ofMinutes(15);
    private String issuer = "fastkit";
    private int verifiedTokenCacheSize = 10_000;

    /**
     * @return {@code fastkit.security.jwt.secret} (env {@code FASTKIT_SECURITY_JWT_SECRET}): the HS256 signing secret,
     * at least 32 bytes (256 bits) of UTF-8, e.g. {@code openssl rand -base64 48}; a shorter one refuses to start. No
     * default: the {@code prod} environment refuses to start without one; elsewhere (development, tests) tokens are
     * signed with a random 256-bit secret drawn at startup, so they do not survive a restart
     */
    public @Nullable String getSecret() {
        return secret;
    }

    /** @param secret the HS256 signing secret, at least 256 bits */
    public void setSecret(@Nullable String secret) {
        this.secret = secret;
    }

    /** @return {@code fastkit.security.jwt.access-token-lifetime}: how long an access token is valid, default 15m */
    public Duration getAccessTokenLifetime() {
        return accessTokenLifetime;
    }

    /** @param accessTokenLifetime how long an access token is valid */
    public void setAccessTokenLifetime(Duration accessTokenLifetime) {
        this.accessTokenLifetime = accessTokenLifetime;
    }

    /**
     * @return {@code fastkit.security.jwt.issuer}: the {@code iss} claim written and required, default
     * {@code fastkit}
     */
    public String getIssuer() {
        return issuer;
    }

    /** @param issuer the {@code iss} claim */
    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    /**
     * @return {@code fastkit.security.jwt.verified-token-cache-size}: how many verified access tokens are remembered,
     * default 10000 (about 0.5 KiB each); {@code 0} verifies the signature and parses the claims on every request.
     * Only tokens that passed every check are kept, keyed by the exact token string, and expiry and not-before are
     * checked again on every use, as are the user and the password-change instant
     */
    public int getVerifiedTokenCacheSize() {
        return verifiedTokenCacheSize;
    }

    /** @param verifiedTokenCacheSize how many verified access tokens are remembered, 0 for none */
    public void setVerifiedTokenCacheSize(int verifiedTokenCacheSize) {
        this.verifiedTokenCacheSize = verifiedTokenCacheSize;
    }
}
