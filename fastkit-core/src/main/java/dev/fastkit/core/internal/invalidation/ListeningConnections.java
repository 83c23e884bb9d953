package dev.fastkit.core.internal.invalidation;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.core.annotation.Internal;
import org.postgresql.Driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens the listening connection of {@link InvalidationReceiver}: PostgreSQL's JDBC driver, with the default data
 * source's URL, user, password and driver properties, outside Hikari's pool. The session is named
 * {@code fastkit-invalidation} ({@code application_name} in {@code pg_stat_activity}), keeps TCP alive, gives up
 * connecting after 5 seconds and a silent read after 15.
 */
@Internal
final class ListeningConnections {

    /** The listening session's {@code application_name}, and the listening thread's name. */
    static final String APPLICATION_NAME = "fastkit-invalidation";

    private final DatasourceConfiguration dataSource;

    ListeningConnections(DatasourceConfiguration dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @return a new autocommit connection to the data source's database
     * @throws SQLException          if PostgreSQL cannot be reached or refuses the login
     * @throws IllegalStateException if the data source's URL is not a PostgreSQL one
     */
    Connection open() throws SQLException {
        Properties properties = new Properties();
        properties.putAll(dataSource.getDataSourceProperties());
        if (dataSource.getUsername() != null) {
            properties.setProperty("user", dataSource.getUsername());
        }
        if (dataSource.getPassword() != null) {
            properties.setProperty("password", dataSource.getPassword());
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "15");
        Connection connection = new Driver().connect(dataSource.getUrl(), properties);
        if (connection == null) {
            throw new IllegalStateException("Invalidations need PostgreSQL; the data source's URL is not a PostgreSQL one");
        }
        connection.setAutoCommit(true);
        return connection;
    }
}
