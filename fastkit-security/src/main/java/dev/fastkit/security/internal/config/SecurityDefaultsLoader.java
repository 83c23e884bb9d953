package dev.fastkit.security.internal.config;

import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.io.ResourceLoader;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contributes fastkit-security's defaults at a low priority, so an application's own configuration still wins:
 * <ul>
 *     <li>{@code micronaut.security.endpoints.login.enabled}, {@code .logout.enabled}, {@code .oauth.enabled},
 *     {@code .keys.enabled} and {@code .introspection.enabled: false}: Micronaut's built-in login, logout,
 *     {@code /oauth/access_token}, {@code /keys} and {@code /token_info} endpoints are switched off (FastKit's auth
 *     controller replaces them; a service that wants RFC 7662 introspection switches it on);</li>
 *     <li>{@code micronaut.security.token.jwt.generator.refresh-token.enabled: false}: the built-in refresh tokens
 *     are off (they do not rotate; FastKit's do);</li>
 *     <li>{@code micronaut.security.token.cookie.enabled: false}: bearer tokens are read only from the
 *     {@code Authorization} header, never from a cookie;</li>
 *     <li>{@code flyway.datasources.default.locations: [classpath:db/fastkit-core, classpath:db/fastkit-security,
 *     classpath:db/migration]}: this module's migrations (V1 to V99) run before the application's (V100 on), and
 *     fastkit-core's repeatable one after them. Micronaut does not merge lists across property sources, so this list
 *     replaces fastkit-core's {@code [classpath:db/fastkit-core, classpath:db/migration]} whole; an application that
 *     sets the locations itself must list both FastKit locations too.</li>
 * </ul>
 * ({@code micronaut.security.reject-not-found: false}, so unmatched requests answer 404/405/415, and Flyway's
 * {@code enabled: true} come from fastkit-core's defaults.) Registered in
 * {@code META-INF/services/io.micronaut.context.env.PropertySourceLoader}.
 */
@Internal
public final class SecurityDefaultsLoader implements PropertySourceLoader {

    /** Just above fastkit-core's defaults (so this list of migrations wins) and below every other property source. */
    static final int ORDER = Integer.MIN_VALUE + 1001;

    static final Map<String, Object> DEFAULTS = Map.of(
            "micronaut.security.endpoints.login.enabled", false,
            "micronaut.security.endpoints.logout.enabled", false,
            "micronaut.security.endpoints.oauth.enabled", false,
            "micronaut.security.endpoints.keys.enabled", false,
            "micronaut.security.endpoints.introspection.enabled", false,
            "micronaut.security.token.cookie.enabled", false,
            "micronaut.security.token.jwt.generator.refresh-token.enabled", false,
            "flyway.datasources.default.locations",
            List.of("classpath:db/fastkit-core", "classpath:db/fastkit-security", "classpath:db/migration"));

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
