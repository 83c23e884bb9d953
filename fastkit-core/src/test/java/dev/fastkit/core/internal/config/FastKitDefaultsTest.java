package dev.fastkit.core.internal.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every default of {@link FastKitDefaults} applies when the application leaves it unset, and yields to its value. */
class FastKitDefaultsTest {

    static Stream<Arguments> defaultsAndOverrides() {
        return Stream.of(
                Arguments.of("micronaut.server.max-request-size", 1024 * 1024, 2048),
                Arguments.of("micronaut.security.reject-not-found", false, true),
                Arguments.of("micronaut.serde.property-naming-strategy", "SNAKE_CASE", "KEBAB_CASE"),
                Arguments.of("micronaut.serde.write-dates-as-timestamps", false, true),
                Arguments.of("datasources.default.dialect", "POSTGRES", "H2"),
                Arguments.of("datasources.default.driver-class-name", "org.postgresql.Driver", "org.example.Driver"),
                Arguments.of("datasources.default.connection-timeout", 3000, 5000),
                Arguments.of("datasources.default.validation-timeout", 2000, 1000),
                Arguments.of("datasources.default.maximum-pool-size", 10, 30),
                Arguments.of("flyway.datasources.default.enabled", true, false),
                Arguments.of("flyway.datasources.default.locations", List.of("classpath:db/fastkit-core", "classpath:db/migration"),
                        List.of("classpath:db/other")),
                Arguments.of("endpoints.all.path", "/", "/management"),
                Arguments.of("endpoints.all.enabled", false, true),
                Arguments.of("endpoints.health.enabled", true, false),
                Arguments.of("endpoints.health.sensitive", false, true),
                Arguments.of("endpoints.health.details-visible", "NEVER", "ANONYMOUS"),
                Arguments.of("endpoints.health.jdbc.enabled", true, false),
                Arguments.of("micronaut.lifecycle.graceful-shutdown.enabled", true, false),
                Arguments.of("micronaut.lifecycle.graceful-shutdown.grace-period", "15s", "2s"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaultsAndOverrides")
    void shouldApplyEachDefaultAndYieldToTheApplicationsValue(String key, Object defaultValue, Object applicationValue) {
        try (ApplicationContext plain = ApplicationContext.builder().environments("defaults-test")
                .deduceEnvironment(false).build();
             ApplicationContext overridden = ApplicationContext.builder().environments("defaults-test")
                     .deduceEnvironment(false).properties(Map.of(key, applicationValue)).build()) {
            assertThat(property(plain, key, defaultValue)).isEqualTo(defaultValue);
            assertThat(property(overridden, key, applicationValue)).isEqualTo(applicationValue);
        }
    }

    @Test
    void shouldCoverEveryDefaultInTheTest() {
        assertThat(defaultsAndOverrides().map(arguments -> arguments.get()[0]))
                .containsExactlyInAnyOrderElementsOf(FastKitDefaults.DEFAULTS.keySet());
    }

    @Test
    void shouldRunTheApplicationsMigrationsAndThenFastKitsTableOnTheDefaultDataSource() throws SQLException {
        try (ApplicationContext context = ApplicationContext.run("test");
             Connection connection = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class))
                     .getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT coalesce(version, 'R ' || description) FROM flyway_schema_history WHERE success"
                             + " ORDER BY installed_rank")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            assertThat(versions).containsExactly("1", "2", "3", "4", "5", "6", "R fastkit idempotency keys");
        }
    }

    private static Object property(ApplicationContext context, String key, Object like) {
        Class<?> type = like instanceof List ? List.class : like.getClass();
        return context.getEnvironment().start().getProperty(key, type).orElse(null);
    }
}
