package dev.fastkit.security.refresh;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Optional;

/**
 * Reads and writes the refresh cookie: {@code refresh_token=<opaque value>; HttpOnly; SameSite=Strict; Path=/auth;
 * Secure; Max-Age=<lifetime in seconds>} (names and values per {@link RefreshTokenConfiguration}).
 */
@Singleton
public class RefreshCookies {

    private final RefreshTokenConfiguration configuration;

    /**
     * @param configuration the cookie settings
     */
    public RefreshCookies(RefreshTokenConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * @param request a request
     * @return the refresh token value it carries, if any
     */
    public Optional<String> read(HttpRequest<?> request) {
        return request.getCookies().findCookie(configuration.getCookieName()).map(Cookie::getValue)
                .filter(value -> !value.isEmpty());
    }

    /**
     * @param value a new refresh token value
     * @return the cookie that hands it to the client
     */
    public Cookie issue(String value) {
        return cookie(value, configuration.getLifetime());
    }

    /**
     * @return the cookie that clears the refresh cookie ({@code Max-Age=0})
     */
    public Cookie clear() {
        return cookie("", Duration.ZERO);
    }

    private Cookie cookie(@Nullable String value, Duration maxAge) {
        return Cookie.of(configuration.getCookieName(), value == null ? "" : value)
                .httpOnly(true)
                .secure(configuration.isCookieSecure())
                .sameSite(SameSite.Strict)
                .path(configuration.getCookiePath())
                .maxAge(maxAge);
    }
}
