package dev.fastkit.core.internal.config;

import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.io.ResourceLoader;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * The Micronaut settings a FastKit service needs, as defaults with the lowest precedence: any application
 * configuration file, environment variable or system property overrides them.
 * <ul>
 *     <li>{@code micronaut.server.max-request-size: 1048576} (1 MiB): larger bodies answer 413;</li>
 *     <li>{@code micronaut.security.reject-not-found: false}: a request no route matches answers 404, 405 or 415
 *     rather than 401/403;</li>
 *     <li>{@code micronaut.serde.write-dates-as-timestamps: false}: timestamps are RFC 3339 strings.</li>
 * </ul>
 * Registered through {@code META-INF/services/io.micronaut.context.env.PropertySourceLoader}.
 */
@Internal
public final class FastKitDefaults implements PropertySourceLoader {

    /** Below every file, environment and system property source. */
    static final int ORDER = Integer.MIN_VALUE + 1000;

    static final Map<String, Object> DEFAULTS = Map.of(
            "micronaut.server.max-request-size", 1024 * 1024,
            "micronaut.security.reject-not-found", false,
            "micronaut.serde.write-dates-as-timestamps", false);

    @Override
    public Optional<PropertySource> load(Environment environment) {
        return Optional.of(PropertySource.of("fastkit-defaults", DEFAULTS, ORDER));
    }

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        if (!Environment.DEFAULT_NAME.equals(resourceName)) {
            return Optional.empty();
        }
        return Optional.of(PropertySource.of("fastkit-defaults", DEFAULTS, ORDER));
    }

    @Override
    public Optional<PropertySource> loadEnv(String resourceName, ResourceLoader resourceLoader, ActiveEnvironment activeEnvironment) {
        return Optional.empty();
    }

    @Override
    public Map<String, Object> read(String name, InputStream input) {
        return Map.of();
    }
}
