package dev.fastkit.core.internal.invalidation;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code fastkit.invalidation.enabled} switches the listening off, and with it on the receiver starts by itself. */
class InvalidationSwitchTest {

    @Test
    void shouldListenByDefault() {
        try (ApplicationContext context = ApplicationContext.run("test")) {
            assertThat(context.containsBean(InvalidationReceiver.class)).isTrue();
        }
    }

    @Test
    void shouldNotListenWhenSwitchedOff() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("fastkit.invalidation.enabled", false), "test")) {
            assertThat(context.containsBean(InvalidationReceiver.class)).isFalse();
            assertThat(context.getBean(InvalidationConfiguration.class).isEnabled()).isFalse();
        }
    }
}
