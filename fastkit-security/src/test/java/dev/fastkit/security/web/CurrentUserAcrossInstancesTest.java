package dev.fastkit.security.web;

import dev.fastkit.security.support.Api;
import dev.fastkit.security.support.ApiResponse;
import dev.fastkit.test.Eventually;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.ApplicationContext;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static dev.fastkit.security.support.Api.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the test application over one database: B has cached the user behind a token (for 30 s), and a
 * deletion, password change or rename made on A reaches B within a second.
 */
class CurrentUserAcrossInstancesTest {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentUserAcrossInstancesTest.class);
    private static final Duration PROMISE = Duration.ofSeconds(1);
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final String NEW_PASSWORD = "N3w-passw0rd!";

    private static EmbeddedServer a;
    private static EmbeddedServer b;
    private static Api onA;
    private static Api onB;

    @BeforeAll
    static void startTwoInstancesOverOneDatabase() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        // two instances of one service share its signing secret (without one, each would draw its own)
        properties.put("fastkit.security.jwt.secret", "across-instances-test-secret-0123456789abcdef");
        a = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        DatasourceConfiguration database = a.getApplicationContext()
                .getBean(DatasourceConfiguration.class, Qualifiers.byName("default"));
        properties.put("datasources.default.url", database.getUrl());
        properties.put("datasources.default.username", database.getUsername());
        properties.put("datasources.default.password", database.getPassword());
        b = ApplicationContext.run(EmbeddedServer.class, properties, "test");
        onA = a.getApplicationContext().getBean(Api.class);
        onB = b.getApplicationContext().getBean(Api.class);
    }

    @AfterAll
    static void stopBoth() {
        b.getApplicationContext().close();
        a.getApplicationContext().close();
    }

    @Test
    void shouldRefuseADeletedUsersTokenOnAnotherInstanceWithinOneSecond() {
        Api.Session session = onA.newSession();
        assertThat(notesStatus(onB, session.authorization())).as("B now caches the user").isEqualTo(200);

        assertThat(onA.send("DELETE", "/users/me", null, null, "Authorization", session.authorization()).status())
                .isEqualTo(204);
        long millis = Eventually.millisUntil(PROMISE, () -> notesStatus(onB, session.authorization()) == 401);

        LOG.info("A deletion on A was refused on B after {} ms", millis);
        assertThat(millis).as("milliseconds until B answered 401").isNotNegative();
    }

    @Test
    void shouldRefuseTokensIssuedBeforeAPasswordChangeOnAnotherInstanceWithinOneSecond() {
        Api.Session session = onA.newSession();
        assertThat(notesStatus(onB, session.authorization())).as("B now caches the user").isEqualTo(200);

        ApiResponse changed = onA.send("PATCH", "/users/me", MERGE_PATCH,
                "{\"password\":\"" + NEW_PASSWORD + "\",\"current_password\":\"" + PASSWORD + "\"}",
                "Authorization", session.authorization());
        assertThat(changed.status()).isEqualTo(200);
        long millis = Eventually.millisUntil(PROMISE, () -> notesStatus(onB, session.authorization()) == 401);

        LOG.info("A password change on A refused the older token on B after {} ms", millis);
        assertThat(millis).as("milliseconds until B answered 401").isNotNegative();
        String newToken = onA.login(session.username(), NEW_PASSWORD).string("access_token");
        assertThat(notesStatus(onB, Api.bearer(newToken))).as("a token issued after the change").isEqualTo(200);
    }

    @Test
    void shouldShowARenameOnAnotherInstanceWithinOneSecond() {
        Api.Session session = onA.newSession();
        assertThat(username(onB, session.authorization())).isEqualTo(session.username());
        String renamed = Api.uniqueUsername();

        ApiResponse put = onA.send("PUT", "/users/me", "application/json",
                "{\"username\":\"" + renamed + "\",\"full_name\":null}", "Authorization", session.authorization());
        assertThat(put.status()).isEqualTo(200);
        long millis = Eventually.millisUntil(PROMISE, () -> renamed.equals(username(onB, session.authorization())));

        LOG.info("A rename on A reached B after {} ms", millis);
        assertThat(millis).as("milliseconds until B named the token's user " + renamed).isNotNegative();
    }

    private static int notesStatus(Api on, String authorization) {
        return on.get("/notes", "Authorization", authorization).status();
    }

    private static String username(Api on, String authorization) {
        return on.get("/auth/protected", "Authorization", authorization).string("username");
    }
}
