package dev.fastkit.core.openapi;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(environments = "test", transactional = false)
@Property(name = "fastkit.openapi.enabled", value = "false")
class ApiDocsDisabledTest {

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper jsonMapper;

    @Test
    void shouldServeNoDocumentationWhenSwitchedOff() {
        HttpTestClient http = new HttpTestClient(server.getURI(), jsonMapper);

        assertThat(http.get("/openapi.json").send().status()).isEqualTo(404);
        assertThat(http.get("/docs").header("Accept", "text/html").send().status()).isEqualTo(404);
    }
}
