package dev.fastkit.core.web;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A connection failure outside a unit of work answers like one inside: a 503 problem, never a 500. */
@MicronautTest(environments = "test", transactional = false)
class ConnectionFailureTest extends ResourceTestSupport {

    @Test
    void shouldAnswer503ProblemWhenNoConnectionCanBeHadOutsideAUnitOfWork() {
        HttpTestClient.Reply reply = http.get("/test-failures/connection").send();

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.field("status")).isEqualTo("503");
        assertThat(reply.body()).doesNotContain("pool timed out");
    }
}
