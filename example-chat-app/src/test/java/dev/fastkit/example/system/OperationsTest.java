package dev.fastkit.example.system;

import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class OperationsTest extends EndToEndTest {

    @Test
    void shouldAnswerHealthUpWithoutAToken() {
        Answer health = api.get("/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).isEqualTo(Map.of("status", "UP"));
    }
}
