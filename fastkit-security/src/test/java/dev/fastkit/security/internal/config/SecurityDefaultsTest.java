package dev.fastkit.security.internal.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.security.endpoints.LoginController;
import io.micronaut.security.endpoints.LogoutController;
import io.micronaut.security.endpoints.OauthController;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SecurityDefaultsTest {

    @Inject
    ApplicationContext context;

    @Inject
    DataSource dataSource;

    @Test
    void shouldSwitchOffMicronautsBuiltInEndpoints() {
        assertThat(context.containsBean(OauthController.class)).isFalse();
        assertThat(context.containsBean(LoginController.class)).isFalse();
        assertThat(context.containsBean(LogoutController.class)).isFalse();
    }

    @Test
    void shouldApplyEachDefaultTheApplicationLeavesUnset() {
        try (ApplicationContext plain = ApplicationContext.builder().environments("defaults-test")
                .deduceEnvironment(false).build()) {
            Environment environment = plain.getEnvironment().start();
            SoftAssertions softly = new SoftAssertions();
            SecurityDefaultsLoader.DEFAULTS.forEach((key, expected) -> {
                Class<?> type = expected instanceof List ? List.class : expected.getClass();
                softly.assertThat(environment.getProperty(key, type).orElse(null)).as(key).isEqualTo(expected);
            });
            softly.assertAll();
        }
    }

    @Test
    void shouldListItsMigrationsBeforeTheApplications() {
        assertThat(context.getEnvironment().getProperty("flyway.datasources.default.locations", String[].class))
                .hasValueSatisfying(locations -> assertThat(locations)
                        .containsExactly("classpath:db/fastkit-core", "classpath:db/fastkit-security", "classpath:db/migration"));
    }

    @Test
    void shouldLetTheApplicationOverrideADefault() {
        try (ApplicationContext overridden = ApplicationContext.builder()
                .properties(Map.of("micronaut.security.token.cookie.enabled", true,
                        "flyway.datasources.default.locations", List.of("classpath:db/elsewhere")))
                .environments("defaults-test").deduceEnvironment(false).build()) {
            Environment environment = overridden.getEnvironment().start();
            assertThat(environment.getProperty("micronaut.security.token.cookie.enabled", Boolean.class)).hasValue(true);
            assertThat(environment.getProperty("flyway.datasources.default.locations", String[].class))
                    .hasValueSatisfying(locations -> assertThat(locations).containsExactly("classpath:db/elsewhere"));
            assertThat(environment.getProperty("micronaut.security.endpoints.oauth.enabled", Boolean.class)).hasValue(false);
            assertThat(environment.getProperty("micronaut.security.endpoints.introspection.enabled", Boolean.class)).hasValue(false);
        }
    }

    @Test
    void shouldRunThisModulesMigrationsThenTheApplicationsThenFastKitCoresRepeatableOne() throws SQLException {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT version, script FROM flyway_schema_history WHERE success ORDER BY installed_rank")) {
            List<String> scripts = new ArrayList<>();
            while (rows.next()) {
                scripts.add(rows.getString(1) + " " + rows.getString(2));
            }
            assertThat(scripts).containsExactly("1 V1__fastkit_users.sql", "2 V2__fastkit_refresh_tokens.sql",
                    "3 V3__fastkit_user_roles.sql",
                    "100 V100__notes.sql", "null R__fastkit_idempotency_keys.sql");
        }
    }
}
