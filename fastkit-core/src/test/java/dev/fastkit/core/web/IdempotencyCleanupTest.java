package dev.fastkit.core.web;

import dev.fastkit.core.testapp.IdempotencyKeyRows;
import dev.fastkit.test.Eventually;
import dev.fastkit.test.HttpTestClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduled cleanup of idempotency keys, run every 200 ms here instead of every hour. */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "fastkit.idempotency.cleanup-interval", value = "200ms")
class IdempotencyCleanupTest extends ResourceTestSupport {

    @Inject
    IdempotencyKeyRows keyRows;

    @Test
    void shouldDeleteKeysOlderThanTheirLifetimeAndKeepTheOthers() {
        post(alice, "old", "{\"title\": \"old\"}");
        keyRows.age(alice, Duration.ofHours(25));
        HttpTestClient.Reply live = post(bob, "live", "{\"title\": \"live\"}");

        long millis = Eventually.millisUntil(Duration.ofSeconds(10), () -> keyRows.count(alice) == 0);

        assertThat(millis).as("milliseconds until the old key was deleted").isNotNegative();
        assertThat(keyRows.count(bob)).isEqualTo(1);
        assertThat(post(bob, "live", "{\"title\": \"live\"}").body()).isEqualTo(live.body());
    }

    private HttpTestClient.Reply post(String owner, String key, String json) {
        HttpTestClient.Reply reply = http.post("/notebooks").header(PRINCIPAL, owner)
                .header(IdempotentCreateTest.KEY, key).json(json).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }
}
