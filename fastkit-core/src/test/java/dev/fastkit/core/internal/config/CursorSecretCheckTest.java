package dev.fastkit.core.internal.config;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code prod} environment refuses to start without a key for list cursors, and starts with one; other
 * environments draw a key per process. The contexts read no environment variables and open no database.
 */
class CursorSecretCheckTest {

    @Test
    void shouldRefuseToStartProdWithoutACursorSecret() {
        assertThatThrownBy(() -> context(Map.of(), "prod").close())
                .hasStackTraceContaining("The prod environment needs a key for list cursors: set "
                        + "FASTKIT_LISTS_CURSOR_SECRET");
    }

    @Test
    void shouldStartProdWithACursorSecret() {
        try (ApplicationContext context = context(Map.of("fastkit.lists.cursor-secret",
                "a-cursor-key-from-the-vault-0123456789-abcdefgh"), "prod")) {
            assertThat(context.containsBean(CursorSecretCheck.class)).isTrue();
        }
    }

    @Test
    void shouldNotCheckOutsideProd() {
        try (ApplicationContext context = context(Map.of(), "test")) {
            assertThat(context.containsBean(CursorSecretCheck.class)).isFalse();
        }
    }

    private static ApplicationContext context(Map<String, Object> properties, String environment) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("datasources.default.enabled", false);
        all.put("flyway.datasources.default.enabled", false);
        return ApplicationContext.builder().environments(environment).deduceEnvironment(false)
                .environmentPropertySource(false).properties(all).start();
    }
}
