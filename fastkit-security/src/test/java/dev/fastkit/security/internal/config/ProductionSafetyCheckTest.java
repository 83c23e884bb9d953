package dev.fastkit.security.internal.config;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code prod} environment refuses to start without a signing secret of at least 32 bytes and with refresh
 * cookies that are not {@code Secure}, and starts with both. Each context is given the test database's URL and a
 * cursor key (fastkit-core's own prod rule), so that only the rule under test can stop it.
 */
class ProductionSafetyCheckTest {

    private static final String SECRET = "a-real-secret-from-the-vault-0123456789-abcdefgh";

    private static final Map<String, Object> DATABASE = new HashMap<>();

    @BeforeAll
    static void findTheTestDatabase() {
        try (ApplicationContext test = ApplicationContext.builder().environments("test").deduceEnvironment(false)
                .start()) {
            DatasourceConfiguration database = test.getBean(DatasourceConfiguration.class, Qualifiers.byName("default"));
            DATABASE.put("datasources.default.url", database.getUrl());
            DATABASE.put("datasources.default.username", database.getUsername());
            if (database.getPassword() != null) {
                DATABASE.put("datasources.default.password", database.getPassword());
            }
            DATABASE.put("fastkit.lists.cursor-secret", "a-cursor-key-from-the-vault-0123456789-abcdefgh");
        }
    }

    @Test
    void shouldRefuseToStartProdWithoutASecret() {
        assertThatThrownBy(() -> prod(Map.of()).close())
                .hasStackTraceContaining("The prod environment needs a signing secret: set FASTKIT_SECURITY_JWT_SECRET");
    }

    @Test
    void shouldRefuseToStartProdWithASecretUnder32Bytes() {
        assertThatThrownBy(() -> prod(Map.of("fastkit.security.jwt.secret", "0123456789abcdef0123456789abcde")).close())
                .hasStackTraceContaining("FASTKIT_SECURITY_JWT_SECRET) is shorter than 256 bits");
    }

    @Test
    void shouldRefuseToStartProdWithRefreshCookiesThatAreNotSecure() {
        assertThatThrownBy(() -> prod(Map.of("fastkit.security.jwt.secret", SECRET,
                "fastkit.security.refresh.cookie-secure", false)).close())
                .hasStackTraceContaining("refuses refresh cookies without Secure: set "
                        + "FASTKIT_SECURITY_REFRESH_COOKIE_SECURE=true");
    }

    @Test
    void shouldStartProdWithASecretAndSecureCookies() {
        try (ApplicationContext context = prod(Map.of("fastkit.security.jwt.secret", SECRET))) {
            assertThat(context.isRunning()).isTrue();
            assertThat(context.containsBean(ProductionSafetyCheck.class)).isTrue();
        }
    }

    @Test
    void shouldNotCheckOutsideProd() {
        try (ApplicationContext context = ApplicationContext.builder().environments("test").deduceEnvironment(false)
                .properties(Map.of("fastkit.security.refresh.cookie-secure", false)).start()) {
            assertThat(context.containsBean(ProductionSafetyCheck.class)).isFalse();
        }
    }

    private static ApplicationContext prod(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(DATABASE);
        all.putAll(properties);
        return ApplicationContext.builder().environments("prod").deduceEnvironment(false).properties(all).start();
    }
}
