package dev.fastkit.core.internal.invalidation;

import dev.fastkit.test.Eventually;
import dev.fastkit.test.HttpTestClient;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the core's test application over one database: list totals cached on B follow creates and
 * deletes made on A within a second, although B would otherwise keep them for a minute.
 */
class InvalidationAcrossInstancesTest {

    private static final Logger LOG = LoggerFactory.getLogger(InvalidationAcrossInstancesTest.class);
    private static final String PRINCIPAL = "X-Test-Principal";
    private static final Duration PROMISE = Duration.ofSeconds(1);

    private static EmbeddedServer a;
    private static EmbeddedServer b;
    private static DatasourceConfiguration database;

    private HttpTestClient onA;
    private HttpTestClient onB;
    private String owner;

    @BeforeAll
    static void startTwoInstancesOverOneDatabase() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("fastkit.pagination.count-cache-time-to-live", "60s");
        a = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        database = a.getApplicationContext().getBean(DatasourceConfiguration.class, Qualifiers.byName("default"));
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

    @BeforeEach
    void newOwnerWithThreeNotebooks() {
        onA = new HttpTestClient(a.getURI(), a.getApplicationContext().getBean(JsonMapper.class));
        onB = new HttpTestClient(b.getURI(), b.getApplicationContext().getBean(JsonMapper.class));
        owner = UUID.randomUUID().toString();
        BatchedInvalidations batches = a.getApplicationContext().getBean(BatchedInvalidations.class);
        InvalidationReceiver receiver = b.getApplicationContext().getBean(InvalidationReceiver.class);
        long sentBefore = batches.sent();
        long receivedBefore = receiver.received();
        for (int i = 0; i < 3; i++) {
            create(onA, "n" + i);
        }
        // the creates' notifications trail their commits: let B have them all before it caches a count
        assertThat(Eventually.millisUntil(PROMISE, () -> batches.isIdle()
                && receiver.received() - receivedBefore >= batches.sent() - sentBefore)).isNotNegative();
        assertThat(total(onB)).isEqualTo(3);
    }

    @Test
    void shouldKeepACountCachedWhenARowIsInsertedWithoutPublishing() throws SQLException {
        insertWithPlainSql("unannounced");

        assertThat(total(onB)).isEqualTo(3);
        assertThat(total(onB, 10)).isEqualTo(4);
    }

    @Test
    void shouldShowACreateOnAnotherInstanceInTheTotalCountWithinOneSecond() {
        create(onA, "n3");

        long millis = Eventually.millisUntil(PROMISE, () -> total(onB) == 4);

        LOG.info("A create on A reached B's count cache after {} ms", millis);
        assertThat(millis).as("milliseconds until B counted 4").isNotNegative();
    }

    @Test
    void shouldShowADeleteOnAnotherInstanceInTheTotalCountWithinOneSecond() {
        String id = create(onA, "doomed");
        assertThat(Eventually.millisUntil(PROMISE, () -> total(onB) == 4)).as("milliseconds until B counted 4").isNotNegative();

        assertThat(onA.delete("/notebooks/" + id).header(PRINCIPAL, owner).send().status()).isEqualTo(204);
        long millis = Eventually.millisUntil(PROMISE, () -> total(onB) == 3);

        LOG.info("A delete on A reached B's count cache after {} ms", millis);
        assertThat(millis).as("milliseconds until B counted 3").isNotNegative();
    }

    @Test
    void shouldStillReceiveInvalidationsAfterTheListeningBackendWasTerminated() throws SQLException {
        InvalidationReceiver receiver = b.getApplicationContext().getBean(InvalidationReceiver.class);
        // an earlier test may have cut the listeners off: both must be listening again before this one cuts them
        assertThat(Eventually.millisUntil(Duration.ofSeconds(10), () -> listeningSessions() >= 2))
                .as("milliseconds until A and B listened").isNotNegative();
        long sessionsBefore = receiver.sessions();

        assertThat(terminateListeners()).isGreaterThanOrEqualTo(2);
        assertThat(Eventually.millisUntil(Duration.ofSeconds(10), () -> receiver.sessions() > sessionsBefore))
                .as("milliseconds until B listened again").isNotNegative();
        assertThat(total(onB)).isEqualTo(3);
        create(onA, "after-reconnect");

        assertThat(Eventually.millisUntil(PROMISE, () -> total(onB) == 4)).as("milliseconds until B counted 4").isNotNegative();
    }

    @Test
    void shouldForgetEveryCountOnceReconnectedSinceNotificationsMayHaveBeenMissed() throws SQLException {
        insertWithPlainSql("missed");
        assertThat(total(onB)).isEqualTo(3);

        terminateListeners();

        long millis = Eventually.millisUntil(Duration.ofSeconds(5), () -> total(onB) == 4);

        LOG.info("B forgot its counts {} ms after its listening backend was terminated", millis);
        assertThat(millis).as("milliseconds until B counted 4").isNotNegative();
    }

    private String create(HttpTestClient on, String title) {
        HttpTestClient.Reply reply = on.post("/notebooks").header(PRINCIPAL, owner)
                .json("{\"title\": \"" + title + "\"}").send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.field("id");
    }

    /** @return the {@code X-Total-Count} of a full first page of two rows, which B takes from its count cache */
    private long total(HttpTestClient on) {
        return total(on, 2);
    }

    private long total(HttpTestClient on, int limit) {
        HttpTestClient.Reply reply = on.get("/notebooks?limit=" + limit).header(PRINCIPAL, owner).send();
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return Long.parseLong(reply.header("X-Total-Count"));
    }

    private void insertWithPlainSql(String title) throws SQLException {
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO notebooks (id, title, owner_id, created_at, updated_at) VALUES (?, ?, ?, now(), now())")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, title);
            insert.setObject(3, UUID.fromString(owner));
            insert.executeUpdate();
        }
    }

    /** @return how many sessions listen for invalidations now */
    private static int listeningSessions() {
        try (Connection connection = connect(); PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
            count.setString(1, ListeningConnections.APPLICATION_NAME);
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return how many listening sessions were terminated */
    private static int terminateListeners() throws SQLException {
        try (Connection connection = connect(); PreparedStatement terminate = connection.prepareStatement(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = ?")) {
            terminate.setString(1, ListeningConnections.APPLICATION_NAME);
            try (var rows = terminate.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.getUrl(), database.getUsername(), database.getPassword());
    }
}
