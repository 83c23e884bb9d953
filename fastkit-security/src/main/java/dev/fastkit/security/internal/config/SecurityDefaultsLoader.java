package dev.fastkit.security.internal.config;

import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.io.ResourceLoader;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * Contributes fastkit-security's defaults for Micronaut Security at the lowest priority, so an application's own
 * configuration still wins:
 * <ul>
 *     <li>Micronaut's built-in login, logout, {@code /oauth/access_token} and {@code /keys} endpoints are switched off
 *     (FastKit's auth controller replaces them; the built-in refresh endpoint does not rotate tokens);</li>
 *     <li>bearer tokens are read only from the {@code Authorization} header, never from a cookie;</li>
 * </ul>
 * ({@code micronaut.security.reject-not-found: false}, so unmatched requests answer 404/405/415, comes from
 * fastkit-core's defaults.) Registered in {@code META-INF/services/io.micronaut.context.env.PropertySourceLoader}.
 */
@Internal
public final class SecurityDefaultsLoader implements PropertySourceLoader {

    /** Lower than every other property source, so the application can override each value. */
    static final int ORDER = Integer.MIN_VALUE + 1000;

    private static final Map<String, Object> DEFAULTS = Map.of(
            "micronaut.security.endpoints.login.enabled", false,
            "micronaut.security.endpoints.logout.enabled", false,
            "micronaut.security.endpoints.oauth.enabled", false,
            "micronaut.security.endpoints.keys.enabled", false,
            "micronaut.security.token.cookie.enabled", false,
            "micronaut.security.token.jwt.generator.refresh-token.enabled", false);

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        if (!"application".equals(resourceName)) {
            return Optional.empty();
        }
        return Optional.of(PropertySource.of("fastkit-security-defaults", DEFAULTS, ORDER));
    }

    @Override
    public Optional<PropertySource> loadEnv(String resourceName, ResourceLoader resourceLoader,
                                            ActiveEnvironment activeEnvironment) {
        return Optional.empty();
    }

    @Override
    public Map<String, Object> read(String name, InputStream input) {
        return Map.of();
    }
}
