package dev.fastkit.example.system;

import dev.fastkit.example.support.Answer;
import dev.fastkit.example.support.Caller;
import dev.fastkit.example.support.EndToEndTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server's behaviour while PostgreSQL is gone: quick 503 problems instead of hanging requests or 500s, health
 * answering 503, and recovery without a restart once the database is back. The test runs its own PostgreSQL (a second
 * embedded server with a fixed port and data directory) so that it can stop and restart it.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseOutageTest extends EndToEndTest implements TestPropertyProvider {

    private Path dataDirectory;
    private int port;
    private EmbeddedPostgres database;

    @Override
    public Map<String, String> getProperties() {
        try {
            dataDirectory = Files.createTempDirectory("fastkit-outage");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            database = start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("datasources.default.url", "jdbc:postgresql://localhost:" + port + "/postgres",
                "datasources.default.username", "postgres",
                "datasources.default.password", "postgres",
                "fastkit.security.principal-cache.time-to-live", "0s");
    }

    @AfterAll
    void stopDatabase() throws IOException {
        database.close();
    }

    @Test
    void shouldAnswer503QuicklyWhileTheDatabaseIsDownAndRecoverWhenItIsBack() throws IOException {
        Caller caller = signUp();
        String chat = createChat(caller, "before the outage");

        database.close();
        long started = System.nanoTime();
        Answer read = api.get("/chats/" + chat, caller);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Answer health = api.get("/health", null);

        assertThat(read.status()).as("read: %s", read).isEqualTo(503);
        assertThat(read.header("Content-Type")).startsWith("application/problem+json");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(health.status()).isEqualTo(503);

        database = start();
        assertThat(eventuallyOk(() -> api.get("/chats/" + chat, caller))).isTrue();
        assertThat(api.get("/health", null).status()).isEqualTo(200);
    }

    private EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .start();
    }

    private static boolean eventuallyOk(java.util.function.Supplier<Answer> call) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (call.get().status() == 200) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
