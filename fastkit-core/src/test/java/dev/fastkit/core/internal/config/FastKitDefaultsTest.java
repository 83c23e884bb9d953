package dev.fastkit.core.internal.config;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.env.Environment;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "test", transactional = false, startApplication = false)
@Property(name = "micronaut.server.max-request-size", value = "2048")
class FastKitDefaultsTest {

    @Inject
    Environment environment;

    @Test
    void shouldLetTheApplicationsConfigurationOverrideADefault() {
        assertThat(environment.getProperty("micronaut.server.max-request-size", Integer.class)).contains(2048);
    }

    @Test
    void shouldApplyTheDefaultsTheApplicationLeavesUnset() {
        assertThat(environment.getProperty("micronaut.security.reject-not-found", Boolean.class)).contains(false);
        assertThat(environment.getProperty("micronaut.serde.write-dates-as-timestamps", Boolean.class)).contains(false);
    }
}
