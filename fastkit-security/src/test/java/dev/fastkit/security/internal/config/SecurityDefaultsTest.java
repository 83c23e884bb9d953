package dev.fastkit.security.internal.config;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.security.endpoints.LoginController;
import io.micronaut.security.endpoints.LogoutController;
import io.micronaut.security.endpoints.OauthController;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class SecurityDefaultsTest {

    @Inject
    ApplicationContext context;

    @Test
    void shouldSwitchOffMicronautsBuiltInEndpoints() {
        Environment environment = context.getEnvironment();

        assertThat(environment.getProperty("micronaut.security.endpoints.oauth.enabled", Boolean.class)).hasValue(false);
        assertThat(environment.getProperty("micronaut.security.endpoints.login.enabled", Boolean.class)).hasValue(false);
        assertThat(context.containsBean(OauthController.class)).isFalse();
        assertThat(context.containsBean(LoginController.class)).isFalse();
        assertThat(context.containsBean(LogoutController.class)).isFalse();
    }

    @Test
    void shouldLetTheApplicationOverrideADefault() {
        try (ApplicationContext overridden = ApplicationContext.builder()
                .properties(Map.of("micronaut.security.token.cookie.enabled", true))
                .environments("defaults-test").deduceEnvironment(false).build()) {
            Environment environment = overridden.getEnvironment().start();
            assertThat(environment.getProperty("micronaut.security.token.cookie.enabled", Boolean.class)).hasValue(true);
            assertThat(environment.getProperty("micronaut.security.endpoints.oauth.enabled", Boolean.class)).hasValue(false);
        }
    }
}
