package dev.fastkit.security.refresh;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * Refresh-token and cookie settings, {@code fastkit.security.refresh.*}.
 */
@ConfigurationProperties("fastkit.security.refresh")
public class RefreshTokenConfiguration {

    private Duration lifetime = Duration.ofDays(14);
    private Duration idleLifetime = Duration.ofDays(14);
    private String cookieName = "refresh_token";
    private String cookiePath = "/auth";
    private boolean cookieSecure = true;

    /**
     * @return {@code fastkit.security.refresh.lifetime}: the absolute lifetime of a login's token family, and the
     * cookie's {@code Max-Age}; default 14d
     */
    public Duration getLifetime() {
        return lifetime;
    }

    /** @param lifetime the absolute lifetime of a token family */
    public void setLifetime(Duration lifetime) {
        this.lifetime = lifetime;
    }

    /**
     * @return {@code fastkit.security.refresh.idle-lifetime}: how long one token stays valid unused (never beyond the
     * family's lifetime); default 14d
     */
    public Duration getIdleLifetime() {
        return idleLifetime;
    }

    /** @param idleLifetime how long one token stays valid unused */
    public void setIdleLifetime(Duration idleLifetime) {
        this.idleLifetime = idleLifetime;
    }

    /** @return {@code fastkit.security.refresh.cookie-name}: default {@code refresh_token} */
    public String getCookieName() {
        return cookieName;
    }

    /** @param cookieName the cookie name */
    public void setCookieName(String cookieName) {
        this.cookieName = cookieName;
    }

    /**
     * @return {@code fastkit.security.refresh.cookie-path}: the cookie's {@code Path}, default {@code /auth}; must
     * cover the auth controller's refresh and logout routes
     */
    public String getCookiePath() {
        return cookiePath;
    }

    /** @param cookiePath the cookie's path */
    public void setCookiePath(String cookiePath) {
        this.cookiePath = cookiePath;
    }

    /**
     * @return {@code fastkit.security.refresh.cookie-secure}: send the {@code Secure} attribute (HTTPS only), default
     * true; set false only for plain-HTTP development
     */
    public boolean isCookieSecure() {
        return cookieSecure;
    }

    /** @param cookieSecure whether the cookie is {@code Secure} */
    public void setCookieSecure(boolean cookieSecure) {
        this.cookieSecure = cookieSecure;
    }
}
