package dev.fastkit.core.internal.database;

import dev.fastkit.core.database.ConnectionDetails;
import dev.fastkit.core.database.DevelopmentDatabase;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Internal;
import io.micronaut.core.util.StringUtils;
import jakarta.inject.Singleton;

/**
 * Decides where the {@code default} data source connects when no URL is configured for it.
 *
 * <p>It runs while the Hikari configuration bean is initialised, before Micronaut looks for a URL, so an explicitly
 * configured {@code datasources.default.url} (or {@code DATASOURCES_DEFAULT_URL}) always wins. Without one it takes
 * the {@link DevelopmentDatabase} bean ({@code fastkit-dev-database}, absent in {@code prod}); without that either,
 * creating the data source fails with a {@link ConfigurationException} whose message is {@link #NO_DATABASE} and the
 * application does not start. Other named data sources are left alone.
 */
@Internal
@Singleton
final class DataSourceUrlResolver implements BeanInitializedEventListener<DatasourceConfiguration> {

    /** Why an application without a database URL and without a development database refuses to start. */
    static final String NO_DATABASE = "No database URL is configured for the default data source. Set "
            + "DATASOURCES_DEFAULT_URL (a JDBC URL such as jdbc:postgresql://db.example:5432/app), "
            + "DATASOURCES_DEFAULT_USERNAME and DATASOURCES_DEFAULT_PASSWORD (or datasources.default.url, .username "
            + "and .password). For development and tests outside the prod environment, put dev.fastkit:"
            + "fastkit-dev-database on the classpath instead (test or provided scope, never in the production jar).";

    private final BeanProvider<DevelopmentDatabase> developmentDatabase;

    DataSourceUrlResolver(BeanProvider<DevelopmentDatabase> developmentDatabase) {
        this.developmentDatabase = developmentDatabase;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        if ("default".equals(configuration.getName()) && StringUtils.isEmpty(configuration.getConfiguredUrl())) {
            if (!developmentDatabase.isPresent()) {
                throw new ConfigurationException(NO_DATABASE);
            }
            ConnectionDetails details = developmentDatabase.get().connectionDetails();
            configuration.setUrl(details.jdbcUrl());
            configuration.setUsername(details.username());
            configuration.setPassword(details.password());
        }
        return configuration;
    }
}
