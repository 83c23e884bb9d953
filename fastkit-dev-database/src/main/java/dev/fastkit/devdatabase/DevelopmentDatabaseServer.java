package dev.fastkit.devdatabase;

import dev.fastkit.core.database.ConnectionDetails;
import dev.fastkit.core.database.DevelopmentDatabase;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * The {@link DevelopmentDatabase} that fastkit-core uses when no URL is configured: the JVM's {@link DatabaseServer}.
 *
 * <p>Absent in the {@code prod} environment, and when {@code fastkit.dev-database.enabled} is {@code false}: then an
 * application without a URL refuses to start instead of running on a throwaway database.
 */
@Singleton
@Requires(notEnv = DevelopmentDatabaseServer.PRODUCTION_ENVIRONMENT)
@Requires(property = DevelopmentDatabaseServer.ENABLED_PROPERTY, notEquals = "false")
final class DevelopmentDatabaseServer implements DevelopmentDatabase {

    /** The environment in which no development database is ever offered. */
    static final String PRODUCTION_ENVIRONMENT = "prod";

    /** Set to {@code false} to offer no development database in any environment. */
    static final String ENABLED_PROPERTY = "fastkit.dev-database.enabled";

    @Override
    public ConnectionDetails connectionDetails() {
        return DatabaseServer.connectionDetails();
    }
}
