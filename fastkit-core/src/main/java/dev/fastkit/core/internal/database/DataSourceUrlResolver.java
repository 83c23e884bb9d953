package dev.fastkit.core.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.core.util.StringUtils;
import jakarta.inject.Singleton;

/**
 * Points the {@code default} data source at {@link DatabaseServer} when no URL is configured for it.
 *
 * <p>It runs while the Hikari configuration bean is initialised, before Micronaut looks for a URL, so an explicitly
 * configured {@code datasources.default.url} (or {@code DATASOURCES_DEFAULT_URL}) always wins. Other named data
 * sources are left alone.
 */
@Singleton
final class DataSourceUrlResolver implements BeanInitializedEventListener<DatasourceConfiguration> {

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        if ("default".equals(configuration.getName()) && StringUtils.isEmpty(configuration.getConfiguredUrl())) {
            DatabaseServer.ConnectionDetails details = DatabaseServer.connectionDetails();
            configuration.setUrl(details.jdbcUrl());
            configuration.setUsername(details.username());
            configuration.setPassword(details.password());
        }
        return configuration;
    }
}
