package dev.fastkit.core.web;

import dev.fastkit.core.testapp.CreateGate;
import dev.fastkit.test.HttpTestClient;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances of the core's test application over one database: the database decides which create runs. */
class IdempotentCreateAcrossInstancesTest {

    private static final String PRINCIPAL = "X-Test-Principal";

    private static EmbeddedServer a;
    private static EmbeddedServer b;

    @BeforeAll
    static void startTwoInstancesOverOneDatabase() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        a = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        DatasourceConfiguration database = a.getApplicationContext()
                .getBean(DatasourceConfiguration.class, Qualifiers.byName("default"));
        properties.put("datasources.default.url", database.getUrl());
        properties.put("datasources.default.username", database.getUsername());
        properties.put("datasources.default.password", database.getPassword());
        b = ApplicationContext.run(EmbeddedServer.class, properties, "test");
    }

    @AfterAll
    static void stopBoth() {
        b.getApplicationContext().close();
        a.getApplicationContext().close();
    }

    @Test
    void shouldAnswer409OnOneInstanceWhileTheFirstRequestRunsOnAnother() throws Exception {
        HttpTestClient onA = new HttpTestClient(a.getURI(), a.getApplicationContext().getBean(JsonMapper.class));
        HttpTestClient onB = new HttpTestClient(b.getURI(), b.getApplicationContext().getBean(JsonMapper.class));
        String owner = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        String body = "{\"title\": \"" + CreateGate.HELD_TITLE + "\"}";
        CreateGate gateOfA = a.getApplicationContext().getBean(CreateGate.class);
        gateOfA.close();
        CompletableFuture<HttpTestClient.Reply> first = CompletableFuture.supplyAsync(() -> post(onA, owner, key, body));
        try {
            assertThat(gateOfA.awaitArrival(Duration.ofSeconds(30))).as("the first create reached A's gate").isTrue();

            HttpTestClient.Reply onOtherInstance = post(onB, owner, key, body);

            assertThat(onOtherInstance.status()).as(onOtherInstance.toString()).isEqualTo(409);
        } finally {
            gateOfA.open();
        }
        HttpTestClient.Reply answered = first.get(30, TimeUnit.SECONDS);
        HttpTestClient.Reply repeatedOnB = post(onB, owner, key, body);
        assertThat(answered.status()).isEqualTo(201);
        assertThat(repeatedOnB.status()).isEqualTo(201);
        assertThat(repeatedOnB.header("Location")).isEqualTo(answered.header("Location"));
        assertThat(repeatedOnB.body()).isEqualTo(answered.body());
        assertThat(onB.get("/notebooks?limit=1").header(PRINCIPAL, owner).send().header("X-Total-Count"))
                .isEqualTo("1");
    }

    @Test
    void shouldCreateOnceWhenBothInstancesGetTheSameRequestAtOnce() throws Exception {
        HttpTestClient onA = new HttpTestClient(a.getURI(), a.getApplicationContext().getBean(JsonMapper.class));
        HttpTestClient onB = new HttpTestClient(b.getURI(), b.getApplicationContext().getBean(JsonMapper.class));
        String owner = UUID.randomUUID().toString();
        for (int round = 0; round < 20; round++) {
            String key = UUID.randomUUID().toString();
            String body = "{\"title\": \"race " + round + "\"}";
            CompletableFuture<HttpTestClient.Reply> fromA = CompletableFuture.supplyAsync(() -> post(onA, owner, key, body));
            CompletableFuture<HttpTestClient.Reply> fromB = CompletableFuture.supplyAsync(() -> post(onB, owner, key, body));
            HttpTestClient.Reply replyA = fromA.get(30, TimeUnit.SECONDS);
            HttpTestClient.Reply replyB = fromB.get(30, TimeUnit.SECONDS);

            assertThat(replyA.status()).as(replyA.toString()).isIn(201, 409);
            assertThat(replyB.status()).as(replyB.toString()).isIn(201, 409);
            assertThat(replyA.status() == 201 || replyB.status() == 201).as("one of them created").isTrue();
            if (replyA.status() == 201 && replyB.status() == 201) {
                assertThat(replyB.body()).isEqualTo(replyA.body());
            }
        }
        assertThat(onA.get("/notebooks?limit=1").header(PRINCIPAL, owner).send().header("X-Total-Count"))
                .isEqualTo("20");
    }

    private static HttpTestClient.Reply post(HttpTestClient on, String owner, String key, String json) {
        return on.post("/notebooks").header(PRINCIPAL, owner).header(IdempotentCreateTest.KEY, key).json(json).send();
    }
}
