package dev.fastkit.example.system;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionSafetyCheckTest {

    private static final String REAL_SECRET = "a-real-secret-from-the-vault-0123456789-abcdefgh";

    @Test
    void shouldRefuseTheDevelopmentSecret() {
        assertThatThrownBy(() -> new ProductionSafetyCheck(ProductionSafetyCheck.DEVELOPMENT_SECRET, true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FASTKIT_SECURITY_JWT_SECRET");
        assertThatThrownBy(() -> new ProductionSafetyCheck("", true)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shouldRefuseCookiesWithoutSecure() {
        assertThatThrownBy(() -> new ProductionSafetyCheck(REAL_SECRET, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Secure");
    }

    @Test
    void shouldAcceptARealSecretWithSecureCookies() {
        assertThatCode(() -> new ProductionSafetyCheck(REAL_SECRET, true)).doesNotThrowAnyException();
    }

    @Test
    void shouldRefuseToStartTheProdEnvironmentWithTheDevelopmentSecret() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("micronaut.server.port", -1), "prod").close())
                .hasStackTraceContaining("FASTKIT_SECURITY_JWT_SECRET");
    }

    @Test
    void shouldRefuseToStartTheProdEnvironmentWithInsecureCookies() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("fastkit.security.jwt.secret", REAL_SECRET,
                "fastkit.security.refresh.cookie-secure", false), "prod").close())
                .hasStackTraceContaining("Secure");
    }
}
