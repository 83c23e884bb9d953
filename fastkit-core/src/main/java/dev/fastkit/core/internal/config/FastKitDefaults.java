package dev.fastkit.core.internal.config;

import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourceLoader;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.io.ResourceLoader;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Micronaut settings every FastKit service needs, as defaults with the lowest precedence: any application
 * configuration file, environment variable or system property overrides each of them.
 * <ul>
 *     <li>{@code micronaut.server.max-request-size: 1048576} (1 MiB): larger bodies answer 413;</li>
 *     <li>{@code micronaut.security.reject-not-found: false}: a request no route matches answers 404, 405 or 415
 *     rather than 401/403;</li>
 *     <li>{@code micronaut.serde.property-naming-strategy: SNAKE_CASE}: JSON names are snake_case
 *     ({@code fullName} is {@code full_name});</li>
 *     <li>{@code micronaut.serde.write-dates-as-timestamps: false}: timestamps are RFC 3339 strings;</li>
 *     <li>{@code datasources.default.dialect: POSTGRES} and {@code datasources.default.driver-class-name:
 *     org.postgresql.Driver}: the {@code default} data source always exists, so Micronaut Data JDBC and the unit of
 *     work have their {@code TransactionOperations} (its URL is resolved elsewhere when none is configured);</li>
 *     <li>{@code datasources.default.connection-timeout: 3000} (ms) and {@code validation-timeout: 2000} (ms): while
 *     PostgreSQL is gone a request waits at most 3 s for a connection, then answers 503;</li>
 *     <li>{@code datasources.default.maximum-pool-size: 10};</li>
 *     <li>{@code flyway.datasources.default.enabled: true} and {@code flyway.datasources.default.locations:
 *     [classpath:db/fastkit-core, classpath:db/migration]}: FastKit's own table (the answers of idempotent creates,
 *     a repeatable migration, so it takes no version number from the application) and the application's migrations
 *     run at startup. A list set by a higher-precedence source replaces this one whole (Micronaut does not merge lists
 *     across property sources), which is how fastkit-security adds its own location;</li>
 *     <li>{@code endpoints.all.enabled: false}: micronaut-management's other endpoints ({@code /beans},
 *     {@code /loggers}, {@code /refresh}, ...) do not exist, so they answer 404;</li>
 *     <li>{@code endpoints.all.path: /}, {@code endpoints.health.enabled: true},
 *     {@code endpoints.health.sensitive: false}, {@code endpoints.health.details-visible: NEVER} and
 *     {@code endpoints.health.jdbc.enabled: true}: {@code GET /health} answers {@code {"status":"UP"}} to anyone,
 *     or 503 {@code DOWN} while the database does not answer;</li>
 *     <li>{@code micronaut.lifecycle.graceful-shutdown.enabled: true} and
 *     {@code micronaut.lifecycle.graceful-shutdown.grace-period: 15s}: on SIGTERM the server stops accepting
 *     connections and lets in-flight requests finish for up to 15 seconds.</li>
 * </ul>
 * Registered through {@code META-INF/services/io.micronaut.context.env.PropertySourceLoader}.
 */
@Internal
public final class FastKitDefaults implements PropertySourceLoader {

    /** Below every file, environment and system property source (and below fastkit-security's defaults). */
    static final int ORDER = Integer.MIN_VALUE + 1000;

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("micronaut.server.max-request-size", 1024 * 1024),
            Map.entry("micronaut.security.reject-not-found", false),
            Map.entry("micronaut.serde.property-naming-strategy", "SNAKE_CASE"),
            Map.entry("micronaut.serde.write-dates-as-timestamps", false),
            Map.entry("datasources.default.dialect", "POSTGRES"),
            Map.entry("datasources.default.driver-class-name", "org.postgresql.Driver"),
            Map.entry("datasources.default.connection-timeout", 3000),
            Map.entry("datasources.default.validation-timeout", 2000),
            Map.entry("datasources.default.maximum-pool-size", 10),
            Map.entry("flyway.datasources.default.enabled", true),
            Map.entry("flyway.datasources.default.locations", List.of("classpath:db/fastkit-core", "classpath:db/migration")),
            Map.entry("endpoints.all.path", "/"),
            Map.entry("endpoints.all.enabled", false),
            Map.entry("endpoints.health.enabled", true),
            Map.entry("endpoints.health.sensitive", false),
            Map.entry("endpoints.health.details-visible", "NEVER"),
            Map.entry("endpoints.health.jdbc.enabled", true),
            Map.entry("micronaut.lifecycle.graceful-shutdown.enabled", true),
            Map.entry("micronaut.lifecycle.graceful-shutdown.grace-period", "15s"));

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
