package dev.fastkit.core.internal.health;

import dev.fastkit.test.HttpTestClient;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

/** The health endpoint's answers get the status of the aggregated health status, as with Micronaut's own filter. */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "endpoints.health.enabled", value = "true")
@Property(name = "endpoints.health.sensitive", value = "false")
@Property(name = "endpoints.health.status.http-mapping.maintenance", value = "INTERNAL_SERVER_ERROR")
@Property(name = HealthStatusFilterTest.SwitchableIndicator.ENABLED, value = "true")
class HealthStatusFilterTest {

    /** Not operational and mapped to 500 by the configuration above (without the mapping it would be 503). */
    static final HealthStatus MAINTENANCE = new HealthStatus("MAINTENANCE", null, false, 900);
    /** Not operational and not mapped: the filter falls back to 503. */
    static final HealthStatus OUT_OF_SERVICE = new HealthStatus("OUT_OF_SERVICE", null, false, 900);

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper jsonMapper;

    @Inject
    SwitchableIndicator indicator;

    @AfterEach
    void resetIndicator() {
        indicator.status = HealthStatus.UP;
    }

    static Stream<Arguments> statusesAndAnswers() {
        return Stream.of(
                Arguments.of(named("every indicator up", HealthStatus.UP), 200),
                Arguments.of(named("an indicator down (mapped to 503 by default)", HealthStatus.DOWN), 503),
                Arguments.of(named("not operational and not mapped", OUT_OF_SERVICE), 503),
                Arguments.of(named("mapped by configuration", MAINTENANCE), 500));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("statusesAndAnswers")
    void shouldAnswerTheStatusThatTheAggregatedHealthStatusCallsFor(HealthStatus status, int expectedStatus) {
        indicator.status = status;

        HttpTestClient.Reply reply = health("/health");

        assertThat(reply.status()).isEqualTo(expectedStatus);
        assertThat(reply.field("status")).isEqualTo(status.getName());
    }

    @Test
    void shouldAnswer503FromTheReadinessProbeWhenAnIndicatorIsDown() {
        indicator.status = HealthStatus.DOWN;

        assertThat(health("/health/readiness").status()).isEqualTo(503);
    }

    private HttpTestClient.Reply health(String path) {
        return new HttpTestClient(server.getURI(), jsonMapper).get(path).send();
    }

    /** A health indicator whose status a test sets. */
    @Singleton
    @Requires(property = SwitchableIndicator.ENABLED, value = "true")
    static final class SwitchableIndicator implements HealthIndicator {

        static final String ENABLED = "health-status-filter-test.indicator.enabled";

        volatile HealthStatus status = HealthStatus.UP;

        @Override
        public Publisher<HealthResult> getResult() {
            return Publishers.just(HealthResult.builder("switchable", status).build());
        }
    }
}
