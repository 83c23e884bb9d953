package dev.fastkit.core.internal.database;

import dev.fastkit.core.database.DevelopmentDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.jdbc.DataSourceResolver;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The contexts here read no environment variables, so a {@code DATASOURCES_DEFAULT_URL} given to the test JVM (as
 * {@code .ci/run} does) cannot hide the case without a URL.
 */
class DataSourceUrlResolverTest {

    @Test
    void refusesToStartWithoutUrlWhenNoDevelopmentDatabaseIsOffered() {
        Map<String, Object> properties = withoutUrl();
        properties.put("fastkit.dev-database.enabled", "false");

        assertThatThrownBy(() -> openConnection(properties))
                .rootCause()
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(DataSourceUrlResolver.NO_DATABASE)
                .hasMessageContaining("DATASOURCES_DEFAULT_URL")
                .hasMessageContaining("DATASOURCES_DEFAULT_USERNAME")
                .hasMessageContaining("DATASOURCES_DEFAULT_PASSWORD");
    }

    @Test
    void prodIgnoresTheDevelopmentDatabase() {
        Map<String, Object> properties = withoutUrl();
        properties.put("fastkit.lists.cursor-secret", "a-cursor-key-from-the-vault-0123456789-abcdefgh");

        assertThatThrownBy(() -> openConnection(properties, "prod"))
                .rootCause()
                .isInstanceOf(ConfigurationException.class)
                .hasMessage(DataSourceUrlResolver.NO_DATABASE);
    }

    @Test
    void connectsToTheDevelopmentDatabaseWithoutUrlOutsideProd() throws Exception {
        try (ApplicationContext context = context(withoutUrl())) {
            String expected = context.getBean(DevelopmentDatabase.class).connectionDetails().jdbcUrl();
            try (Connection connection = rawDataSource(context).getConnection()) {
                assertThat(connection.getMetaData().getURL()).isEqualTo(expected);
            }
        }
    }

    private static void openConnection(Map<String, Object> properties, String... environments) throws Exception {
        try (ApplicationContext context = context(properties, environments);
             Connection ignored = rawDataSource(context).getConnection()) {
            throw new AssertionError("connected without a database URL");
        }
    }

    /** The pool itself: Micronaut Data's transaction-aware wrapper answers only inside a transaction. */
    private static DataSource rawDataSource(ApplicationContext context) {
        return context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
    }

    private static ApplicationContext context(Map<String, Object> properties, String... environments) {
        return ApplicationContext.builder()
                .environments(environments)
                .environmentPropertySource(false)
                .properties(properties)
                .start();
    }

    private static Map<String, Object> withoutUrl() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", "");
        properties.put("datasources.default.dialect", "POSTGRES");
        properties.put("flyway.datasources.default.enabled", false);
        return properties;
    }
}
