package dev.fastkit.devdatabase;

import dev.fastkit.core.database.DevelopmentDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DevelopmentDatabaseServerTest {

    @Test
    void offersTheDevelopmentDatabaseOutsideProd() {
        try (ApplicationContext context = ApplicationContext.builder().environments("dev").start()) {
            assertThat(context.findBean(DevelopmentDatabase.class)).containsInstanceOf(DevelopmentDatabaseServer.class);
        }
    }

    @Test
    void offersNoDevelopmentDatabaseInProd() {
        try (ApplicationContext context = ApplicationContext.builder().environments("prod").start()) {
            assertThat(context.findBean(DevelopmentDatabase.class)).isEmpty();
        }
    }

    @Test
    void offersNoDevelopmentDatabaseWhenDisabled() {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of(DevelopmentDatabaseServer.ENABLED_PROPERTY, "false"))
                .start()) {
            assertThat(context.findBean(DevelopmentDatabase.class)).isEmpty();
        }
    }
}
