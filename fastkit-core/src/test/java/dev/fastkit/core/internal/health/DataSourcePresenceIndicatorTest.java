package dev.fastkit.core.internal.health;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /health} is 503 {@code DOWN} in an application context without a data source. */
class DataSourcePresenceIndicatorTest {

    /** {@code datasources.default.enabled: false} switches off the only data source FastKit's defaults declare. */
    @Test
    void shouldAnswer503DownWithoutADataSource() {
        try (ApplicationContext context = ApplicationContext.run(
                Map.of("micronaut.server.port", -1, "datasources.default.enabled", false), "test")) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            assertThat(context.getBeansOfType(DataSource.class)).isEmpty();

            HttpTestClient.Reply reply = health(context, server);

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.field("status")).isEqualTo("DOWN");
        }
    }

    @Test
    void shouldAnswer200UpWithTheDefaultDataSource() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("micronaut.server.port", -1), "test")) {
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();

            HttpTestClient.Reply reply = health(context, server);

            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    private static HttpTestClient.Reply health(ApplicationContext context, EmbeddedServer server) {
        return new HttpTestClient(server.getURI(), context.getBean(JsonMapper.class)).get("/health").send();
    }
}
