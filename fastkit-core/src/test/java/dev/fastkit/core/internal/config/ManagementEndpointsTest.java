package dev.fastkit.core.internal.config;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Of micronaut-management's endpoints only {@code /health} is on by default, even for an authenticated caller. */
@MicronautTest(environments = "test", transactional = false)
class ManagementEndpointsTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Test
    void shouldServeNoManagementEndpointButHealth() {
        HttpTestClient client = new HttpTestClient(server.getURI(), json);

        for (String path : new String[]{"/beans", "/env", "/info", "/loggers", "/routes", "/threaddump"}) {
            assertThat(client.get(path).header("X-Test-Principal", "someone").send().status()).as(path).isEqualTo(404);
        }
        assertThat(client.post("/refresh").header("X-Test-Principal", "someone").send().status()).isEqualTo(404);
        assertThat(client.post("/stop").header("X-Test-Principal", "someone").send().status()).isEqualTo(404);
        assertThat(client.get("/health").send().status()).isEqualTo(200);
    }
}
