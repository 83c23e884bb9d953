package dev.fastkit.security.internal.token;

import dev.fastkit.security.internal.token.AccessTokenSignature;
import dev.fastkit.security.token.AccessTokenConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokenSignatureTest {

    @Test
    void shouldRefuseToStartOutsideTestsWithoutASecret() {
        try (ApplicationContext context = ApplicationContext.builder().environments("prod").deduceEnvironment(false).build()) {
            Environment environment = context.getEnvironment().start();
            assertThatThrownBy(() -> new AccessTokenSignature(new AccessTokenConfiguration(), environment))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("256 bits");
        }
    }

    @Test
    void shouldRefuseASecretUnder256Bits() {
        try (ApplicationContext context = ApplicationContext.builder().environments("test").deduceEnvironment(false).build()) {
            Environment environment = context.getEnvironment().start();
            AccessTokenConfiguration configuration = new AccessTokenConfiguration();
            configuration.setSecret("0123456789abcdef0123456789abcde");
            assertThatThrownBy(() -> new AccessTokenSignature(configuration, environment))
                    .isInstanceOf(IllegalStateException.class);
            configuration.setSecret("0123456789abcdef0123456789abcdef");
            assertThat(new AccessTokenSignature(configuration, environment)).isNotNull();
        }
    }

    @Test
    void shouldRefuseToStartAnApplicationWithAShortSecret() {
        assertThatThrownBy(() -> ApplicationContext.run(Map.of("fastkit.security.jwt.secret", "short"), "prod").close())
                .hasStackTraceContaining("must be set to at least 256 bits");
    }
}
